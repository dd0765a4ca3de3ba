/**
 * The Content API's reads of published stories: a checked filter (domain/content-filter.ts,
 * Ghost's NQL) translated into a Kysely where-expression, any order the API offers, and only
 * the columns asked for (bodies are loaded only when a caller needs them). Visibility is the
 * reader site's rule, `visibleAt` in story-repository.ts, applied before anything else.
 */
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { ContentFilter, FilterScalar } from '../domain/content-filter.js';
import { ValidationError } from '../domain/errors.js';
import type { Story, StorySummary, TermKind } from '../domain/story.js';
import { fromDate } from './rows.js';
import type { Tables } from './schema.js';
import { applyStoryFilter, createStoryRepository, type Paged, type PageSlice, type StoryFilter } from './story-repository.js';

/** Fields a list of stories can be ordered by. */
export const STORY_ORDER_FIELDS = ['published_at', 'updated_at', 'created_at', 'title', 'slug', 'id', 'featured'] as const;
export type StoryOrderField = (typeof STORY_ORDER_FIELDS)[number];

/** One key of an order: `published_at desc`. */
export interface StoryOrder {
  field: StoryOrderField;
  direction: 'asc' | 'desc';
}

/** What to read: published stories visible at `at`, narrowed, ordered and sliced. */
export interface PublishedStoryQuery {
  at: Date;
  /** Plain narrowing (language, a section); visibility is always added. */
  base?: Omit<StoryFilter, 'visibleAt' | 'status'>;
  filter?: ContentFilter;
  /** Newest published first when empty; the id always breaks ties. */
  order?: readonly StoryOrder[];
  /** A page, or every matching story. */
  slice: PageSlice | 'all';
}

type Eb = ExpressionBuilder<Tables, 'stories'>;

const ORDER_COLUMNS = {
  published_at: 'stories.published_at',
  updated_at: 'stories.updated_at',
  created_at: 'stories.created_at',
  title: 'stories.headline',
  slug: 'stories.slug',
  id: 'stories.id',
  featured: 'stories.featured',
} as const;

/** Ghost's internal tags for regions and story types (render/json/ghost-tag.ts writes them the same way). */
const REGION_TAG_PREFIX = 'hash-region-';
const TYPE_TAG_PREFIX = 'hash-type-';

/** Queries of published stories for the Content API. */
export function createStoryQuery(db: Kysely<Tables>) {
  async function matchingIds(query: PublishedStoryQuery): Promise<{ ids: string[]; total: number }> {
    let base = applyStoryFilter(db.selectFrom('stories'), { ...query.base, visibleAt: query.at });
    const filter = query.filter;
    if (filter) base = base.where((eb) => toExpression(eb, filter));
    const countRow = await base.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
    let q = base.select('stories.id');
    const order = query.order && query.order.length > 0 ? query.order : [{ field: 'published_at', direction: 'desc' } as const];
    for (const key of order) q = q.orderBy(ORDER_COLUMNS[key.field], key.direction);
    if (!order.some((key) => key.field === 'id')) q = q.orderBy('stories.id', 'desc');
    if (query.slice !== 'all') q = q.limit(query.slice.limit).offset(query.slice.offset);
    const rows = await q.execute();
    return { ids: rows.map((r) => r.id), total: Number(countRow.n) };
  }

  return {
    /** Summaries (no body) of the published stories that match, with the total. */
    async listPublished(query: PublishedStoryQuery): Promise<Paged<StorySummary>> {
      const { ids, total } = await matchingIds(query);
      return { items: await createStoryRepository(db).findSummariesByIds(ids), total };
    },

    /** The published stories that match, body and corrections included, with the total. */
    async listPublishedWithBodies(query: PublishedStoryQuery): Promise<Paged<Story>> {
      const { ids, total } = await matchingIds(query);
      return { items: await createStoryRepository(db).findManyByIds(ids), total };
    },
  };
}

export type StoryQuery = ReturnType<typeof createStoryQuery>;

/** The where-expression of a filter. */
function toExpression(eb: Eb, filter: ContentFilter): Expression<SqlBool> {
  if (filter.kind === 'and') return eb.and(filter.filters.map((f) => toExpression(eb, f)));
  if (filter.kind === 'or') return eb.or(filter.filters.map((f) => toExpression(eb, f)));
  const { field, op, values } = filter;
  const each = (test: (value: FilterScalar) => Expression<SqlBool>) => values.map(test);
  switch (op) {
    case 'eq':
    case 'in':
      return eb.or(each((v) => equals(eb, field, v)));
    case 'ne':
    case 'nin':
      return eb.not(eb.or(each((v) => equals(eb, field, v))));
    case 'all':
      return eb.and(each((v) => equals(eb, field, v)));
    default:
      return compareDate(eb, field, op, values[0]);
  }
}

function equals(eb: Eb, field: string, value: FilterScalar): Expression<SqlBool> {
  switch (field) {
    case 'id':
    case 'slug':
    case 'lang':
    case 'type':
      return eb(`stories.${field}`, '=', text(field, value));
    case 'featured':
      return eb('stories.featured', '=', value === true ? 1 : 0);
    case 'visibility':
      return constant(text(field, value) === 'public');
    case 'status':
      return constant(text(field, value) === 'published');
    case 'published_at':
    case 'updated_at':
    case 'created_at':
      return eb(`stories.${field}`, '=', fromDate(date(field, value)));
    case 'topic':
    case 'region':
      return filedUnder(eb, [field], text(field, value));
    case 'tag':
      return hasGhostTag(eb, text(field, value));
    case 'primary_tag':
      return hasPrimaryTag(eb, text(field, value));
    case 'author':
      return bylined(eb, text(field, value), false);
    case 'primary_author':
      return bylined(eb, text(field, value), true);
    default:
      throw new ValidationError('filter', `"${field}" is not a field stories can be filtered by`);
  }
}

function compareDate(eb: Eb, field: string, op: 'gt' | 'gte' | 'lt' | 'lte', value: FilterScalar | undefined): Expression<SqlBool> {
  if (field !== 'published_at' && field !== 'updated_at' && field !== 'created_at') {
    throw new ValidationError('filter', `${field}: only dates can be compared with > and <`);
  }
  const operator = { gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;
  return eb(`stories.${field}`, operator[op], fromDate(date(field, value)));
}

/** A Ghost tag slug: a topic or tag, or the internal tag of a region (`hash-region-…`) or story type (`hash-type-…`). */
function hasGhostTag(eb: Eb, slug: string): Expression<SqlBool> {
  const normal = slug.startsWith('#') ? `hash-${slug.slice(1)}` : slug;
  if (normal.startsWith(REGION_TAG_PREFIX)) return filedUnder(eb, ['region'], normal.slice(REGION_TAG_PREFIX.length));
  if (normal.startsWith(TYPE_TAG_PREFIX)) return eb('stories.type', '=', normal.slice(TYPE_TAG_PREFIX.length));
  return filedUnder(eb, ['topic', 'tag'], normal);
}

function filedUnder(eb: Eb, kinds: readonly TermKind[], slug: string): Expression<SqlBool> {
  return eb.exists(
    eb
      .selectFrom('story_terms')
      .innerJoin('terms', 'terms.id', 'story_terms.term_id')
      .select('story_terms.term_id')
      .whereRef('story_terms.story_id', '=', 'stories.id')
      .where('terms.kind', 'in', kinds)
      .where('terms.slug', '=', slug),
  );
}

/** Ghost's primary tag: the story's first public tag, which is its first topic, else its first tag. */
function hasPrimaryTag(eb: Eb, slug: string): Expression<SqlBool> {
  return eb.exists(
    eb
      .selectFrom('story_terms as own')
      .innerJoin('terms as own_term', 'own_term.id', 'own.term_id')
      .select('own.term_id')
      .whereRef('own.story_id', '=', 'stories.id')
      .where('own_term.kind', 'in', ['topic', 'tag'])
      .where('own_term.slug', '=', slug)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('story_terms as earlier')
              .innerJoin('terms as earlier_term', 'earlier_term.id', 'earlier.term_id')
              .select('earlier.term_id')
              .whereRef('earlier.story_id', '=', 'stories.id')
              .where('earlier_term.kind', 'in', ['topic', 'tag'])
              .whereRef('earlier.position', '<', 'own.position'),
          ),
        ),
      ),
  );
}

function bylined(eb: Eb, slug: string, firstOnly: boolean): Expression<SqlBool> {
  let q = eb
    .selectFrom('story_authors')
    .innerJoin('authors', 'authors.id', 'story_authors.author_id')
    .select('story_authors.author_id')
    .whereRef('story_authors.story_id', '=', 'stories.id')
    .where('authors.slug', '=', slug);
  if (firstOnly) q = q.where('story_authors.position', '=', 0);
  return eb.exists(q);
}

function constant(value: boolean): Expression<SqlBool> {
  return value ? sql<SqlBool>`1 = 1` : sql<SqlBool>`1 = 0`;
}

function text(field: string, value: FilterScalar): string {
  if (typeof value !== 'string') throw new ValidationError('filter', `${field}: expected text, not ${String(value)}`);
  return value;
}

function date(field: string, value: FilterScalar | undefined): Date {
  if (!(value instanceof Date)) throw new ValidationError('filter', `${field}: expected a date`);
  return value;
}
