/**
 * The public side of the taxonomy: the topics, regions, tags, story types and authors that at
 * least one story readers may see is filed under or written by, each with how many such
 * stories there are. A term only drafts use is not public (its name could give a story away).
 */
import type { Kysely } from 'kysely';
import type { Author, StoryType, Term } from '../domain/story.js';
import type { Tables } from './schema.js';
import { applyStoryFilter } from './story-repository.js';
import { toTerm } from './term-repository.js';

/** A term with the number of visible stories filed under it. */
export interface TermInUse {
  term: Term;
  stories: number;
}

/** An author with the number of visible stories they wrote. */
export interface AuthorInUse {
  author: Author;
  stories: number;
}

/** A story type with the number of visible stories of that type. */
export interface TypeInUse {
  type: StoryType;
  stories: number;
}

/** Which stories count: visible at `at`, in `lang` when given (every language otherwise). */
export interface InUseScope {
  at: Date;
  lang?: string;
}

/** Terms, types and authors in use by published stories. */
export function createPublishedTaxonomyRepository(db: Kysely<Tables>) {
  const visible = (scope: InUseScope) =>
    applyStoryFilter(db.selectFrom('stories'), scope.lang === undefined ? { visibleAt: scope.at } : { visibleAt: scope.at, lang: scope.lang });

  return {
    /** Topics, regions and tags in use, by kind then slug. */
    async listTermsInUse(scope: InUseScope): Promise<TermInUse[]> {
      const rows = await visible(scope)
        .innerJoin('story_terms', 'story_terms.story_id', 'stories.id')
        .innerJoin('terms', 'terms.id', 'story_terms.term_id')
        .select((eb) => ['terms.id', 'terms.kind', 'terms.slug', 'terms.names', eb.fn.count<string | number>('stories.id').distinct().as('n')])
        .groupBy(['terms.id', 'terms.kind', 'terms.slug', 'terms.names'])
        .orderBy('terms.kind')
        .orderBy('terms.slug')
        .execute();
      return rows.map((r) => ({ term: toTerm(r), stories: Number(r.n) }));
    },

    /** Authors in use, by name. */
    async listAuthorsInUse(scope: InUseScope): Promise<AuthorInUse[]> {
      const rows = await visible(scope)
        .innerJoin('story_authors', 'story_authors.story_id', 'stories.id')
        .innerJoin('authors', 'authors.id', 'story_authors.author_id')
        .select((eb) => ['authors.id', 'authors.slug', 'authors.name', 'authors.bio', eb.fn.count<string | number>('stories.id').distinct().as('n')])
        .groupBy(['authors.id', 'authors.slug', 'authors.name', 'authors.bio'])
        .orderBy('authors.name')
        .orderBy('authors.slug')
        .execute();
      return rows.map((r) => ({ author: { id: r.id, slug: r.slug, name: r.name, bio: r.bio }, stories: Number(r.n) }));
    },

    /** Story types in use, by type. */
    async listTypesInUse(scope: InUseScope): Promise<TypeInUse[]> {
      const rows = await visible(scope)
        .select((eb) => ['stories.type', eb.fn.countAll<string | number>().as('n')])
        .groupBy('stories.type')
        .orderBy('stories.type')
        .execute();
      return rows.map((r) => ({ type: r.type as StoryType, stories: Number(r.n) }));
    },
  };
}

export type PublishedTaxonomyRepository = ReturnType<typeof createPublishedTaxonomyRepository>;
