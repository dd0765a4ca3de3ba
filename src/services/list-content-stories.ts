import { allOf, condition, parseContentFilter, STORY_FILTER_FIELDS, type ContentFilter } from '../domain/content-filter.js';
import { ValidationError } from '../domain/errors.js';
import type { Story, StorySummary, StoryType } from '../domain/story.js';
import { createStoryQuery, STORY_ORDER_FIELDS, type StoryOrder, type StoryOrderField } from '../store/story-query.js';
import type { ServiceContext } from './context.js';

/** A story as the Content API lists it: the body and corrections only when asked for. */
export type ContentStory = StorySummary & Partial<Pick<Story, 'body' | 'corrections'>>;

/** Which published stories to list, and how. */
export interface ContentStoryListInput {
  /** Ghost's NQL (`tag:climate+featured:true`); see domain/content-filter.ts for the fields. */
  filter?: string;
  /** Plain narrowing, and-ed with the filter. */
  lang?: string;
  topic?: string;
  region?: string;
  tag?: string;
  author?: string;
  type?: StoryType;
  featured?: boolean;
  /** `published_at desc, title asc`; newest published first when absent. */
  order?: string;
  /** 1-based. */
  page: number;
  /** Stories per page, or every matching story. */
  limit: number | 'all';
  /** Load bodies and corrections (for HTML, plain text, reading time). */
  withBodies: boolean;
}

/** A page of published stories and the size of the whole list. */
export interface ContentStoryList {
  stories: ContentStory[];
  total: number;
}

/**
 * Published stories for the Content API and the Ghost-compatible API: only what readers may
 * see now (the reader site's visibility rule), in every language unless narrowed.
 */
export async function listContentStories(ctx: ServiceContext, input: ContentStoryListInput): Promise<ContentStoryList> {
  const now = ctx.clock();
  const filter = allOf(parseContentFilter(input.filter, STORY_FILTER_FIELDS, now), plainFilter(input));
  const slice = input.limit === 'all' ? ('all' as const) : { limit: input.limit, offset: (input.page - 1) * input.limit };
  const query = { at: now, filter, order: parseStoryOrder(input.order), slice };
  const stories = createStoryQuery(ctx.db);
  const page = input.withBodies ? await stories.listPublishedWithBodies(query) : await stories.listPublished(query);
  return { stories: page.items, total: page.total };
}

/** The plain query parameters as filter conditions. */
function plainFilter(input: ContentStoryListInput): ContentFilter | undefined {
  const parts: ContentFilter[] = [];
  if (input.lang !== undefined) parts.push(condition('lang', input.lang));
  if (input.topic !== undefined) parts.push(condition('topic', input.topic));
  if (input.region !== undefined) parts.push(condition('region', input.region));
  if (input.tag !== undefined) parts.push(condition('tag', input.tag));
  if (input.author !== undefined) parts.push(condition('author', input.author));
  if (input.type !== undefined) parts.push(condition('type', input.type));
  if (input.featured !== undefined) parts.push(condition('featured', input.featured));
  return allOf(...parts);
}

const ORDER_ITEM = /^([a-z_]+)(?:\s+(asc|desc))?$/i;

/**
 * An order as Ghost writes it: comma-separated `field [asc|desc]` (ascending when no direction).
 * @throws ValidationError (field `order`) naming an unknown field or a malformed item.
 */
export function parseStoryOrder(text: string | undefined): StoryOrder[] {
  if (text === undefined || text.trim() === '') return [];
  return text.split(',').map((item) => {
    const match = ORDER_ITEM.exec(item.trim());
    const field = match?.[1]?.toLowerCase();
    if (!match || !field) throw new ValidationError('order', `"${item.trim()}" is not "field asc" or "field desc"`);
    if (!(STORY_ORDER_FIELDS as readonly string[]).includes(field)) {
      throw new ValidationError('order', `stories cannot be ordered by "${field}"; use one of ${STORY_ORDER_FIELDS.join(', ')}`);
    }
    return { field: field as StoryOrderField, direction: (match[2]?.toLowerCase() ?? 'asc') as 'asc' | 'desc' };
  });
}
