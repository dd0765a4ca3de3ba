/**
 * The language versions of stories (rows sharing a `translation_group_id`) as the translation
 * tools see them: which versions a story has, when each one's text last changed, and which
 * stories lack a language or have a translation older than their source.
 *
 * Two definitions hold everywhere here:
 * - a version's **text revision time** is the time of its latest revision that changed the
 *   headline, standfirst or body (its creation counts; workflow steps and filing do not);
 * - a group's **source** is its first-created version (at the same instant, the one the group
 *   is named after, then the smaller id), and a version is **outdated** when the source's
 *   text was revised after the version's own text was.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { StoryStatus } from '../domain/story.js';
import { jsonDocument, jsonDocumentStep, jsonTextField } from './dialects/json-field.js';
import { toDate } from './rows.js';
import type { PageSlice, Paged } from './story-repository.js';
import type { Tables } from './schema.js';

/** One language version of a story, without its text. */
export interface StoryVersion {
  id: string;
  translationGroupId: string;
  lang: string;
  status: StoryStatus;
  headline: string;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
  /** When its headline, standfirst or body last changed (at the latest, its creation). */
  textRevisedAt: Date;
}

/** What the translation board asks for; every field given narrows it. */
export interface TranslationGroupFilter {
  /** The site's languages: a group lacking one of them is missing a translation. */
  languages: readonly string[];
  /** Only this language: missing in it, or its version outdated. */
  lang?: string;
  /** Only groups missing a language, or only groups with an outdated version; both when absent. */
  state?: 'missing' | 'outdated';
}

/**
 * 0 for the story a group is named after (the first of a group made by createStory), else 1:
 * among versions created at the same instant, that one is the source.
 */
const NAMESAKE_LAST = sql`CASE WHEN s.id = s.translation_group_id THEN 0 ELSE 1 END`;

/** The fields of the snapshot that make a revision a change of text. */
const TEXT_FIELDS = ['headline', 'standfirst', 'body'] as const;

interface VersionRow {
  id: string;
  translation_group_id: string;
  lang: string;
  status: string;
  headline: string;
  revision: number;
  created_at: string | Date;
  updated_at: string | Date;
  revised_at: string | Date;
}

/** Language versions of stories, and the translation board's query. */
export function createTranslationRepository(db: Kysely<Tables>) {
  /**
   * `text_revisions(story_id, revised_at)`: the time of each story's latest text-changing
   * revision, for the stories of the groups `groups` selects (a subquery of group ids).
   * A revision changes the text when it is the first, or differs from the one before it.
   * Each snapshot's text fields are read once (`text_fields`), then compared with the previous one's.
   */
  function textRevisions(groups: RawBuilder<unknown>): RawBuilder<unknown> {
    const fields = TEXT_FIELDS.map((key) => sql`${jsonTextField(db, 'd.doc', key)} AS ${sql.ref(key)}`);
    const differs = TEXT_FIELDS.map((key) => sql`${sql.ref(`r.${key}`)} <> ${sql.ref(`p.${key}`)}`);
    const snapshots = jsonDocumentStep(
      db,
      'snapshots',
      sql`SELECT r.story_id, r.revision, r.created_at, ${jsonDocument(db, 'r.snapshot')} AS doc
      FROM revisions r
      WHERE r.story_id IN (SELECT s.id FROM stories s WHERE s.translation_group_id IN (${groups}))`,
    );
    return sql`${snapshots},
    text_fields AS (
      SELECT d.story_id, d.revision, d.created_at, ${sql.join(fields)}
      FROM snapshots d
    ),
    text_revisions AS (
      SELECT r.story_id, MAX(r.created_at) AS revised_at
      FROM text_fields r
      LEFT JOIN text_fields p ON p.story_id = r.story_id AND p.revision = r.revision - 1
      WHERE p.story_id IS NULL OR ${sql.join(differs, sql` OR `)}
      GROUP BY r.story_id
    )`;
  }

  /**
   * `groups(group_id, last_updated, languages, outdated)`: per translation group, when a version
   * was last saved, how many of `languages` it has, and how many of its versions in them are
   * older than the source. Text revision times are read for the groups `revised` selects; the
   * others count each version's creation.
   */
  function groupFacts(revised: RawBuilder<unknown>, languages: readonly string[]): RawBuilder<unknown> {
    const inLanguages = sql`v.lang IN (${sql.join(languages)})`;
    return sql`${textRevisions(revised)},
    versions AS (
      SELECT s.id, s.translation_group_id AS group_id, s.lang, s.updated_at,
        COALESCE(t.revised_at, s.created_at) AS revised_at,
        ROW_NUMBER() OVER source_first AS position,
        FIRST_VALUE(COALESCE(t.revised_at, s.created_at)) OVER source_first AS source_revised_at
      FROM stories s
      LEFT JOIN text_revisions t ON t.story_id = s.id
      WINDOW source_first AS (PARTITION BY s.translation_group_id ORDER BY s.created_at, ${NAMESAKE_LAST}, s.id)
    ),
    groups AS (
      SELECT v.group_id, MAX(v.updated_at) AS last_updated,
        COUNT(DISTINCT CASE WHEN ${inLanguages} THEN v.lang END) AS languages,
        SUM(CASE WHEN v.position > 1 AND v.revised_at < v.source_revised_at AND ${inLanguages} THEN 1 ELSE 0 END) AS outdated
      FROM versions v
      GROUP BY v.group_id
    )`;
  }

  /** The board's condition on a row `g` of `groups`. */
  function boardCondition(filter: TranslationGroupFilter, languages: readonly string[]): RawBuilder<unknown> {
    const missing = sql`g.languages < ${languages.length}`;
    const outdated = sql`g.outdated > 0`;
    if (filter.state === 'missing') return missing;
    if (filter.state === 'outdated') return outdated;
    return sql`(${missing} OR ${outdated})`;
  }

  /** Versions of the groups `groups` selects, each group's first-created first. */
  async function listVersions(groups: RawBuilder<unknown>): Promise<StoryVersion[]> {
    const { rows } = await sql<VersionRow>`WITH ${textRevisions(groups)}
      SELECT s.id, s.translation_group_id, s.lang, s.status, s.headline, s.revision, s.created_at, s.updated_at,
        COALESCE(t.revised_at, s.created_at) AS revised_at
      FROM stories s
      LEFT JOIN text_revisions t ON t.story_id = s.id
      WHERE s.translation_group_id IN (${groups})
      ORDER BY s.translation_group_id, s.created_at, ${NAMESAKE_LAST}, s.id`.execute(db);
    return rows.map(toVersion);
  }

  return {
    /** Every language version of one story (its translation group), first-created first. */
    async listVersionsOfGroup(translationGroupId: string): Promise<StoryVersion[]> {
      return listVersions(sql`${translationGroupId}`);
    },

    /** The versions of several groups, each group's first-created first. */
    async listVersionsOfGroups(translationGroupIds: readonly string[]): Promise<StoryVersion[]> {
      if (translationGroupIds.length === 0) return [];
      return listVersions(sql.join(translationGroupIds));
    },

    /**
     * A page of translation group ids that lack a language or have an outdated version (as
     * the filter narrows it), the most recently updated group first, with the total.
     */
    async listGroupIdsNeedingWork(filter: TranslationGroupFilter, slice: PageSlice): Promise<Paged<string>> {
      // Every group can lack a language; only a group of two or more versions can have an
      // outdated one, so only those groups' revisions are read (and none for "missing").
      const multi = sql`SELECT translation_group_id FROM stories GROUP BY translation_group_id HAVING COUNT(*) > 1`;
      const none = sql`SELECT translation_group_id FROM stories WHERE 1 = 0`;
      const languages = filter.lang !== undefined ? [filter.lang] : filter.languages;
      const head = sql`WITH ${groupFacts(filter.state === 'missing' ? none : multi, languages)}`;
      const where = boardCondition(filter, languages);
      const { rows } = await sql<{ group_id: string; total: string | number }>`${head}
        SELECT g.group_id, COUNT(*) OVER () AS total
        FROM groups g
        WHERE ${where}
        ORDER BY g.last_updated DESC, g.group_id DESC
        LIMIT ${slice.limit} OFFSET ${slice.offset}`.execute(db);
      if (rows.length > 0) return { items: rows.map((r) => r.group_id), total: Number(rows[0]!.total) };
      // A page past the end still says how long the list is.
      const count = await sql<{ n: string | number }>`${head} SELECT COUNT(*) AS n FROM groups g WHERE ${where}`.execute(db);
      return { items: [], total: Number(count.rows[0]?.n ?? 0) };
    },

    /**
     * Locks the rows of a translation group until the transaction ends, so that two people
     * starting the same translation at once cannot both pass the "not yet translated" check:
     * the second waits, then sees the first's version (a no-op UPDATE takes PostgreSQL's row
     * locks; SQLite has a single writer anyway).
     */
    async lockGroup(translationGroupId: string): Promise<void> {
      await db
        .updateTable('stories')
        .set((eb) => ({ translation_group_id: eb.ref('translation_group_id') }))
        .where('translation_group_id', '=', translationGroupId)
        .execute();
    },
  };
}

export type TranslationRepository = ReturnType<typeof createTranslationRepository>;

function toVersion(row: VersionRow): StoryVersion {
  return {
    id: row.id,
    translationGroupId: row.translation_group_id,
    lang: row.lang,
    status: row.status as StoryStatus,
    headline: row.headline,
    revision: Number(row.revision),
    createdAt: toDate(row.created_at),
    updatedAt: toDate(row.updated_at),
    textRevisedAt: toDate(row.revised_at),
  };
}
