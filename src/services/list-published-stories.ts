import type { StorySummary, StoryType } from '../domain/story.js';
import { ValidationError } from '../domain/errors.js';
import { createStoryRepository, type Paged } from '../store/story-repository.js';
import type { ServiceContext } from './context.js';

/** Which published stories a reader list shows. */
export interface PublishedListInput {
  lang: string;
  topic?: string;
  region?: string;
  tag?: string;
  /** Slug of an author in the byline. */
  author?: string;
  type?: StoryType;
  /** `yyyy-mm`: only stories published that month (UTC). */
  month?: string;
  /** 1-based. */
  page: number;
  limit: number;
}

/** Stories readers may see now, newest first. */
export async function listPublishedStories(ctx: ServiceContext, input: PublishedListInput): Promise<Paged<StorySummary>> {
  const { page, limit, month, ...filter } = input;
  const range = month ? monthRange(month) : {};
  return createStoryRepository(ctx.db).listSummaries(
    { ...filter, ...range, visibleAt: ctx.clock() },
    { limit, offset: (page - 1) * limit },
  );
}

/** Months (`yyyy-mm`) that have published stories in a language, newest first. */
export function listPublishedMonths(ctx: ServiceContext, lang: string): Promise<string[]> {
  return createStoryRepository(ctx.db).listPublishedMonths(lang, ctx.clock());
}

function monthRange(month: string): { publishedFrom: Date; publishedBefore: Date } {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  const year = Number(m?.[1]);
  const mon = Number(m?.[2]);
  if (!m || mon < 1 || mon > 12) throw new ValidationError('month', `"${month}" is not a month (yyyy-mm)`);
  return { publishedFrom: new Date(Date.UTC(year, mon - 1, 1)), publishedBefore: new Date(Date.UTC(year, mon, 1)) };
}
