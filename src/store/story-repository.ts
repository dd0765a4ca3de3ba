import { sql, type ExpressionBuilder, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { Author, Correction, Story, StoryStatus, StorySummary, StoryType, Term, TermKind } from '../domain/story.js';
import { fromDate, fromDateOrNull, toDate, toDateOrNull } from './rows.js';
import type { StoriesTable, Tables } from './schema.js';
import { toTerm } from './term-repository.js';

/** Which stories a list asks for; every field narrows it. */
export interface StoryFilter {
  lang?: string;
  /** Only the language versions of one story. */
  translationGroupId?: string;
  status?: StoryStatus;
  type?: StoryType;
  /** Slug of a topic the story is filed under. */
  topic?: string;
  region?: string;
  tag?: string;
  /** Slug of an author in the story's byline. */
  author?: string;
  /** Id of the user who created the story. */
  createdBy?: string;
  /** Text the headline contains, ignoring case. */
  headlineContains?: string;
  featured?: boolean;
  /** Only stories published at or after this instant. */
  publishedFrom?: Date;
  /** Only stories published before this instant. */
  publishedBefore?: Date;
  /** Only stories a reader may see at this instant: published, not embargoed, not in the future. */
  visibleAt?: Date;
  excludeIds?: readonly string[];
}

/** A slice of a list. */
export interface PageSlice {
  limit: number;
  offset: number;
}

/** A slice of a list and the size of the whole list. */
export interface Paged<T> {
  items: T[];
  total: number;
}

type StoryQuery = SelectQueryBuilder<Tables, 'stories', object>;

const SUMMARY_COLUMNS = [
  'id',
  'translation_group_id',
  'lang',
  'slug',
  'type',
  'status',
  'headline',
  'standfirst',
  'dateline_place',
  'featured',
  'created_at',
  'updated_at',
  'published_at',
  'scheduled_at',
  'embargo_until',
  'revision',
  'created_by',
  'hero_media_id',
  'hero_caption',
  'hero_credit',
] as const;

type SummaryRow = Omit<StoriesTable, 'body'>;

/** Stories with their bylines and taxonomies. */
export function createStoryRepository(db: Kysely<Tables>) {
  /** Bylines and terms for a set of stories, by story id. */
  async function loadRelations(ids: readonly string[]) {
    const terms = new Map<string, Term[]>();
    const authors = new Map<string, Author[]>();
    if (ids.length === 0) return { terms, authors };
    const termRows = await db
      .selectFrom('story_terms')
      .innerJoin('terms', 'terms.id', 'story_terms.term_id')
      .select(['story_terms.story_id', 'terms.id', 'terms.kind', 'terms.slug', 'terms.names'])
      .where('story_terms.story_id', 'in', ids)
      .orderBy('story_terms.position')
      .execute();
    for (const r of termRows) push(terms, r.story_id, toTerm(r));
    const authorRows = await db
      .selectFrom('story_authors')
      .innerJoin('authors', 'authors.id', 'story_authors.author_id')
      .select(['story_authors.story_id', 'authors.id', 'authors.slug', 'authors.name', 'authors.bio'])
      .where('story_authors.story_id', 'in', ids)
      .orderBy('story_authors.position')
      .execute();
    for (const r of authorRows) push(authors, r.story_id, { id: r.id, slug: r.slug, name: r.name, bio: r.bio });
    return { terms, authors };
  }

  async function toSummaries(rows: SummaryRow[]): Promise<StorySummary[]> {
    const { terms, authors } = await loadRelations(rows.map((r) => r.id));
    return rows.map((row) => toSummary(row, terms.get(row.id) ?? [], authors.get(row.id) ?? []));
  }

  async function toStory(row: StoriesTable): Promise<Story> {
    const [summary] = await toSummaries([row]);
    const corrections = await db
      .selectFrom('corrections')
      .select(['at', 'text'])
      .where('story_id', '=', row.id)
      .orderBy('at')
      .execute();
    return {
      ...summary!,
      body: row.body,
      corrections: corrections.map((c): Correction => ({ at: toDate(c.at), text: c.text })),
    };
  }

  async function writeRelations(story: Story): Promise<void> {
    await db.deleteFrom('story_terms').where('story_id', '=', story.id).execute();
    await db.deleteFrom('story_authors').where('story_id', '=', story.id).execute();
    const terms = [...story.topics, ...story.regions, ...story.tags];
    if (terms.length > 0) {
      await db
        .insertInto('story_terms')
        .values(terms.map((t, position) => ({ story_id: story.id, term_id: t.id, position })))
        .execute();
    }
    if (story.authors.length > 0) {
      await db
        .insertInto('story_authors')
        .values(story.authors.map((a, position) => ({ story_id: story.id, author_id: a.id, position })))
        .execute();
    }
  }

  return {
    /** The story with this id, in any status. */
    async findById(id: string): Promise<Story | undefined> {
      const row = await db.selectFrom('stories').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toStory(row) : undefined;
    },

    /** The story with this slug in this language, in any status. */
    async findBySlug(lang: string, slug: string): Promise<Story | undefined> {
      const row = await db
        .selectFrom('stories')
        .selectAll()
        .where('lang', '=', lang)
        .where('slug', '=', slug)
        .executeTakeFirst();
      return row ? toStory(row) : undefined;
    },

    /** The story with this slug in this language if a reader may see it at `at`. */
    async findPublishedBySlug(lang: string, slug: string, at: Date): Promise<Story | undefined> {
      const row = await applyFilter(db.selectFrom('stories'), { lang, visibleAt: at })
        .selectAll()
        .where('slug', '=', slug)
        .executeTakeFirst();
      return row ? toStory(row) : undefined;
    },

    /** Summaries of the stories with these ids, in the order given; unknown ids are left out. */
    async findSummariesByIds(ids: readonly string[]): Promise<StorySummary[]> {
      if (ids.length === 0) return [];
      const rows = await db.selectFrom('stories').select([...SUMMARY_COLUMNS]).where('id', 'in', ids).execute();
      const byId = new Map(rows.map((r) => [r.id, r]));
      return toSummaries(ids.flatMap((id) => byId.get(id) ?? []));
    },

    /** The stories with these ids, body and corrections included, in the order given; unknown ids are left out. */
    async findManyByIds(ids: readonly string[]): Promise<Story[]> {
      if (ids.length === 0) return [];
      const rows = await db.selectFrom('stories').selectAll().where('id', 'in', ids).execute();
      const byId = new Map(rows.map((r) => [r.id, r]));
      const ordered = ids.flatMap((id) => byId.get(id) ?? []);
      const summaries = await toSummaries(ordered);
      const corrections = new Map<string, Correction[]>();
      const correctionRows = await db
        .selectFrom('corrections')
        .select(['story_id', 'at', 'text'])
        .where('story_id', 'in', ids)
        .orderBy('at')
        .execute();
      for (const c of correctionRows) push(corrections, c.story_id, { at: toDate(c.at), text: c.text });
      return summaries.map((s, i) => ({ ...s, body: ordered[i]!.body, corrections: corrections.get(s.id) ?? [] }));
    },

    /** True when another story in the language already has this slug. */
    async existsSlugInLanguage(lang: string, slug: string, exceptId?: string): Promise<boolean> {
      let q = db.selectFrom('stories').select('id').where('lang', '=', lang).where('slug', '=', slug);
      if (exceptId) q = q.where('id', '!=', exceptId);
      return (await q.executeTakeFirst()) !== undefined;
    },

    /** Slugs in a language that start with `prefix` (to find a free one). */
    async listSlugsStartingWith(lang: string, prefix: string): Promise<string[]> {
      const rows = await db
        .selectFrom('stories')
        .select('slug')
        .where('lang', '=', lang)
        .where('slug', 'like', `${prefix.replace(/[%_\\]/g, '')}%`)
        .execute();
      return rows.map((r) => r.slug);
    },

    /**
     * A page of story summaries matching the filter, with the total. Reader lists (`visibleAt`)
     * come newest published first; other lists most recently updated first.
     */
    async listSummaries(filter: StoryFilter, slice: PageSlice): Promise<Paged<StorySummary>> {
      const base = applyFilter(db.selectFrom('stories'), filter);
      const countRow = await base.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
      let q = base.select([...SUMMARY_COLUMNS]);
      q = filter.visibleAt || filter.status === 'published'
        ? q.orderBy('published_at', 'desc').orderBy('id', 'desc')
        : q.orderBy('updated_at', 'desc').orderBy('id', 'desc');
      const rows = await q.limit(slice.limit).offset(slice.offset).execute();
      return { items: await toSummaries(rows), total: Number(countRow.n) };
    },

    /**
     * Stories visible at `at` in the story's language that name the same people, organisations
     * or places (the analysis' shared entities) or share topics, regions or tags with it: most
     * shared entities first, then most shared terms, then newest.
     */
    async listRelated(story: Pick<Story, 'id' | 'lang'>, at: Date, limit: number): Promise<StorySummary[]> {
      const ranked = await applyFilter(db.selectFrom('stories'), { lang: story.lang, visibleAt: at, excludeIds: [story.id] })
        .where((eb) =>
          eb.or([
            eb('stories.id', 'in', eb.selectFrom('story_entities as theirs').select('theirs.story_id').where('theirs.entity_id', 'in', ownEntities)),
            eb('stories.id', 'in', eb.selectFrom('story_terms as theirs').select('theirs.story_id').where('theirs.term_id', 'in', ownTerms)),
          ]),
        )
        .select((eb) => [
          'stories.id',
          eb
            .selectFrom('story_entities as shared')
            .select((c) => c.fn.countAll<string | number>().as('n'))
            .whereRef('shared.story_id', '=', 'stories.id')
            .where('shared.entity_id', 'in', ownEntities)
            .as('entities'),
          eb
            .selectFrom('story_terms as shared')
            .select((c) => c.fn.countAll<string | number>().as('n'))
            .whereRef('shared.story_id', '=', 'stories.id')
            .where('shared.term_id', 'in', ownTerms)
            .as('terms'),
        ])
        .orderBy('entities', 'desc')
        .orderBy('terms', 'desc')
        .orderBy('stories.published_at', 'desc')
        .orderBy('stories.id', 'desc')
        .limit(limit)
        .execute();
      if (ranked.length === 0) return [];
      const rows = await db.selectFrom('stories').select([...SUMMARY_COLUMNS]).where('id', 'in', ranked.map((r) => r.id)).execute();
      const byId = new Map(rows.map((r) => [r.id, r]));
      return toSummaries(ranked.flatMap((r) => byId.get(r.id) ?? []));

      function ownEntities(eb: ExpressionBuilder<Tables, 'stories'>) {
        return eb.selectFrom('story_entities as own').select('own.entity_id').where('own.story_id', '=', story.id);
      }
      function ownTerms(eb: ExpressionBuilder<Tables, 'stories'>) {
        return eb.selectFrom('story_terms as own').select('own.term_id').where('own.story_id', '=', story.id);
      }
    },

    /** Months (`yyyy-mm`) in which stories visible at `at` in `lang` were published, newest first. */
    async listPublishedMonths(lang: string, at: Date): Promise<string[]> {
      const rows = await applyFilter(db.selectFrom('stories'), { lang, visibleAt: at }).select('published_at').execute();
      const months = new Set(rows.map((r) => toDate(r.published_at!).toISOString().slice(0, 7)));
      return [...months].sort().reverse();
    },

    /** Stores a new story with its relations. */
    async insert(story: Story): Promise<void> {
      await db.insertInto('stories').values(toRow(story)).execute();
      await writeRelations(story);
    },

    /**
     * Saves a story whose stored revision is `expectedRevision`; returns false (and writes
     * nothing) when the stored revision is another, so nobody's save is overwritten silently.
     */
    async update(story: Story, expectedRevision: number): Promise<boolean> {
      const { id, ...values } = toRow(story);
      const result = await db
        .updateTable('stories')
        .set(values)
        .where('id', '=', id)
        .where('revision', '=', expectedRevision)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return false;
      await writeRelations(story);
      return true;
    },

    /** Adds a public correction note to a story. */
    async insertCorrection(storyId: string, correction: Correction & { id: string }): Promise<void> {
      await db
        .insertInto('corrections')
        .values({ id: correction.id, story_id: storyId, at: fromDate(correction.at), text: correction.text })
        .execute();
    },

    /** Deletes a story with its relations and revisions. */
    async delete(id: string): Promise<void> {
      await db.deleteFrom('stories').where('id', '=', id).execute();
    },
  };
}

export type StoryRepository = ReturnType<typeof createStoryRepository>;

/**
 * Narrows a query of `stories` by a filter. Exported so that other queries of what readers may
 * see (the Content API's, the sitemaps') use the one visibility rule (`visibleAt`).
 */
export function applyStoryFilter(q: StoryQuery, f: StoryFilter): StoryQuery {
  return applyFilter(q, f);
}

function applyFilter(q: StoryQuery, f: StoryFilter): StoryQuery {
  if (f.lang !== undefined) q = q.where('stories.lang', '=', f.lang);
  if (f.translationGroupId !== undefined) q = q.where('stories.translation_group_id', '=', f.translationGroupId);
  if (f.status !== undefined) q = q.where('stories.status', '=', f.status);
  if (f.type !== undefined) q = q.where('stories.type', '=', f.type);
  if (f.featured !== undefined) q = q.where('stories.featured', '=', f.featured ? 1 : 0);
  if (f.createdBy !== undefined) q = q.where('stories.created_by', '=', f.createdBy);
  if (f.headlineContains !== undefined && f.headlineContains.trim() !== '') {
    // lower() folds case in every script on both dialects (SQLite's is replaced, see dialects/sqlite.ts).
    const pattern = `%${f.headlineContains.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where(sql<boolean>`lower(${sql.ref('stories.headline')}) like ${pattern} escape '\\'`);
  }
  if (f.publishedFrom) q = q.where('stories.published_at', '>=', fromDate(f.publishedFrom));
  if (f.publishedBefore) q = q.where('stories.published_at', '<', fromDate(f.publishedBefore));
  if (f.visibleAt) {
    const at = fromDate(f.visibleAt);
    q = q
      .where('stories.status', '=', 'published')
      .where('stories.published_at', '<=', at)
      .where((eb) => eb.or([eb('stories.embargo_until', 'is', null), eb('stories.embargo_until', '<=', at)]));
  }
  if (f.excludeIds && f.excludeIds.length > 0) q = q.where('stories.id', 'not in', f.excludeIds);
  for (const kind of ['topic', 'region', 'tag'] as const) {
    const slug = f[kind];
    if (slug !== undefined) q = q.where((eb) => filedUnder(eb, kind, slug));
  }
  if (f.author !== undefined) q = q.where((eb) => bylined(eb, f.author!));
  return q;
}

function bylined(eb: ExpressionBuilder<Tables, 'stories'>, slug: string) {
  return eb.exists(
    eb
      .selectFrom('story_authors')
      .innerJoin('authors', 'authors.id', 'story_authors.author_id')
      .select('story_authors.author_id')
      .whereRef('story_authors.story_id', '=', 'stories.id')
      .where('authors.slug', '=', slug),
  );
}

function filedUnder(eb: ExpressionBuilder<Tables, 'stories'>, kind: TermKind, slug: string) {
  return eb.exists(
    eb
      .selectFrom('story_terms')
      .innerJoin('terms', 'terms.id', 'story_terms.term_id')
      .select('story_terms.term_id')
      .whereRef('story_terms.story_id', '=', 'stories.id')
      .where('terms.kind', '=', kind)
      .where('terms.slug', '=', slug),
  );
}

function toSummary(row: SummaryRow, terms: Term[], authors: Author[]): StorySummary {
  return {
    id: row.id,
    translationGroupId: row.translation_group_id,
    lang: row.lang,
    slug: row.slug,
    type: row.type as StoryType,
    status: row.status as StoryStatus,
    headline: row.headline,
    standfirst: row.standfirst,
    datelinePlace: row.dateline_place,
    featured: Number(row.featured) === 1,
    authors,
    topics: terms.filter((t) => t.kind === 'topic'),
    regions: terms.filter((t) => t.kind === 'region'),
    tags: terms.filter((t) => t.kind === 'tag'),
    createdAt: toDate(row.created_at),
    updatedAt: toDate(row.updated_at),
    publishedAt: toDateOrNull(row.published_at),
    scheduledAt: toDateOrNull(row.scheduled_at),
    embargoUntil: toDateOrNull(row.embargo_until),
    revision: row.revision,
    createdBy: row.created_by,
    heroMediaId: row.hero_media_id,
    heroCaption: row.hero_caption,
    heroCredit: row.hero_credit,
  };
}

function toRow(s: Story): StoriesTable {
  return {
    id: s.id,
    translation_group_id: s.translationGroupId,
    lang: s.lang,
    slug: s.slug,
    type: s.type,
    status: s.status,
    headline: s.headline,
    standfirst: s.standfirst,
    body: s.body,
    dateline_place: s.datelinePlace,
    featured: s.featured ? 1 : 0,
    created_at: fromDate(s.createdAt),
    updated_at: fromDate(s.updatedAt),
    published_at: fromDateOrNull(s.publishedAt),
    scheduled_at: fromDateOrNull(s.scheduledAt),
    embargo_until: fromDateOrNull(s.embargoUntil),
    revision: s.revision,
    created_by: s.createdBy,
    hero_media_id: s.heroMediaId,
    hero_caption: s.heroCaption,
    hero_credit: s.heroCredit,
  };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
