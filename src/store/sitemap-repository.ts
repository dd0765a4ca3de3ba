/**
 * What the sitemaps list: where each story readers may see lives and when it last changed,
 * its translations, and the sections in use per language with their last change. Only the
 * few columns a sitemap needs are read, because a sitemap covers a whole month of stories.
 */
import type { Kysely } from 'kysely';
import type { StoryType, TermKind } from '../domain/story.js';
import { toDate } from './rows.js';
import type { Tables } from './schema.js';
import { applyStoryFilter } from './story-repository.js';

/** A story's address and dates, as a sitemap needs them. */
export interface StoryLocation {
  id: string;
  translationGroupId: string;
  lang: string;
  slug: string;
  headline: string;
  createdAt: Date;
  publishedAt: Date;
  updatedAt: Date;
}

/** A section page in one language and when a story in it last changed. */
export interface SectionLocation {
  lang: string;
  kind: TermKind | 'type' | 'author' | 'home';
  /** Empty for a home page. */
  slug: string;
  /** Null for a home page without stories. */
  lastModified: Date | null;
}

/** Reads for the sitemaps. */
export function createSitemapRepository(db: Kysely<Tables>) {
  const visible = (at: Date) => applyStoryFilter(db.selectFrom('stories'), { visibleAt: at });
  const columns = [
    'stories.id',
    'stories.translation_group_id',
    'stories.lang',
    'stories.slug',
    'stories.headline',
    'stories.created_at',
    'stories.published_at',
    'stories.updated_at',
  ] as const;
  type Row = { id: string; translation_group_id: string; lang: string; slug: string; headline: string; created_at: string | Date; published_at: string | Date | null; updated_at: string | Date };
  const toLocation = (r: Row): StoryLocation => ({
    id: r.id,
    translationGroupId: r.translation_group_id,
    lang: r.lang,
    slug: r.slug,
    headline: r.headline,
    createdAt: toDate(r.created_at),
    publishedAt: toDate(r.published_at!),
    updatedAt: toDate(r.updated_at),
  });

  return {
    /** Stories visible at `at` and published in [from, before), oldest first. */
    async listPublishedBetween(at: Date, from: Date, before: Date): Promise<StoryLocation[]> {
      const rows = await applyStoryFilter(visible(at), { publishedFrom: from, publishedBefore: before })
        .select([...columns])
        .orderBy('stories.published_at')
        .orderBy('stories.id')
        .execute();
      return rows.map(toLocation);
    },

    /** Every story visible at `at` that belongs to one of these translation groups. */
    async listTranslations(at: Date, groupIds: readonly string[]): Promise<StoryLocation[]> {
      if (groupIds.length === 0) return [];
      const found: StoryLocation[] = [];
      // In batches: a month of stories can name more groups than a statement takes parameters.
      for (let i = 0; i < groupIds.length; i += 500) {
        const rows = await visible(at)
          .select([...columns])
          .where('stories.translation_group_id', 'in', groupIds.slice(i, i + 500))
          .execute();
        found.push(...rows.map(toLocation));
      }
      return found;
    },

    /** Publication and change times of every story visible at `at` (for the index's months). */
    async listPublicationTimes(at: Date): Promise<Array<{ publishedAt: Date; updatedAt: Date }>> {
      const rows = await visible(at).select(['stories.published_at', 'stories.updated_at']).execute();
      return rows.map((r) => ({ publishedAt: toDate(r.published_at!), updatedAt: toDate(r.updated_at) }));
    },

    /** Homes, topics, regions, tags, story types and authors with stories visible at `at`, per language. */
    async listSectionsInUse(at: Date): Promise<SectionLocation[]> {
      const sections: SectionLocation[] = [];
      const homes = await visible(at)
        .select((eb) => ['stories.lang', eb.fn.max('stories.updated_at').as('last')])
        .groupBy('stories.lang')
        .execute();
      for (const r of homes) sections.push({ lang: r.lang, kind: 'home', slug: '', lastModified: toDate(r.last) });
      const terms = await visible(at)
        .innerJoin('story_terms', 'story_terms.story_id', 'stories.id')
        .innerJoin('terms', 'terms.id', 'story_terms.term_id')
        .select((eb) => ['stories.lang', 'terms.kind', 'terms.slug', eb.fn.max('stories.updated_at').as('last')])
        .groupBy(['stories.lang', 'terms.kind', 'terms.slug'])
        .execute();
      for (const r of terms) sections.push({ lang: r.lang, kind: r.kind as TermKind, slug: r.slug, lastModified: toDate(r.last) });
      const types = await visible(at)
        .select((eb) => ['stories.lang', 'stories.type', eb.fn.max('stories.updated_at').as('last')])
        .groupBy(['stories.lang', 'stories.type'])
        .execute();
      for (const r of types) sections.push({ lang: r.lang, kind: 'type', slug: r.type as StoryType, lastModified: toDate(r.last) });
      const authors = await visible(at)
        .innerJoin('story_authors', 'story_authors.story_id', 'stories.id')
        .innerJoin('authors', 'authors.id', 'story_authors.author_id')
        .select((eb) => ['stories.lang', 'authors.slug', eb.fn.max('stories.updated_at').as('last')])
        .groupBy(['stories.lang', 'authors.slug'])
        .execute();
      for (const r of authors) sections.push({ lang: r.lang, kind: 'author', slug: r.slug, lastModified: toDate(r.last) });
      return sections;
    },
  };
}

export type SitemapRepository = ReturnType<typeof createSitemapRepository>;
