/**
 * What the sitemaps list (the sitemap index, a month of stories with their translations, the
 * sections, the news sitemap): only what readers may see now, in every language.
 */
import { ValidationError } from '../domain/errors.js';
import { createSitemapRepository, type SectionLocation, type StoryLocation } from '../store/sitemap-repository.js';
import type { ServiceContext } from './context.js';

export type { SectionLocation, StoryLocation } from '../store/sitemap-repository.js';

/** A month (`yyyy-mm`) with stories and the last time one of them changed. */
export interface SitemapMonth {
  month: string;
  lastModified: Date;
}

/** The sitemap index: months with stories, newest first, and when any section last changed. */
export interface SitemapIndex {
  months: SitemapMonth[];
  sectionsLastModified: Date | null;
}

/** A month's stories, each with every published language version of it (itself included). */
export interface SitemapStory {
  story: StoryLocation;
  translations: StoryLocation[];
}

/** How far back the news sitemap reaches (Google News takes stories of the last two days). */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

/** The months that have published stories, and the newest change among the sections. */
export async function getSitemapIndex(ctx: ServiceContext): Promise<SitemapIndex> {
  const times = await createSitemapRepository(ctx.db).listPublicationTimes(ctx.clock());
  const months = new Map<string, Date>();
  let newest: Date | null = null;
  for (const { publishedAt, updatedAt } of times) {
    const changed = later(publishedAt, updatedAt);
    const month = publishedAt.toISOString().slice(0, 7);
    const known = months.get(month);
    if (!known || changed > known) months.set(month, changed);
    if (!newest || changed > newest) newest = changed;
  }
  const list = [...months].map(([month, lastModified]) => ({ month, lastModified })).sort((a, b) => b.month.localeCompare(a.month));
  return { months: list, sectionsLastModified: newest };
}

/**
 * The stories published in a month (`yyyy-mm`, UTC), oldest first, with their translations.
 * @throws ValidationError for a month that is not one.
 */
export async function listSitemapMonth(ctx: ServiceContext, month: string): Promise<SitemapStory[]> {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  const mon = Number(match?.[2]);
  if (!match || mon < 1 || mon > 12) throw new ValidationError('month', `"${month}" is not a month (yyyy-mm)`);
  const from = new Date(Date.UTC(Number(match[1]), mon - 1, 1));
  const before = new Date(Date.UTC(Number(match[1]), mon, 1));
  const repository = createSitemapRepository(ctx.db);
  const now = ctx.clock();
  const stories = await repository.listPublishedBetween(now, from, before);
  const groups = [...new Set(stories.map((s) => s.translationGroupId))];
  const byGroup = new Map<string, StoryLocation[]>();
  for (const s of await repository.listTranslations(now, groups)) {
    const list = byGroup.get(s.translationGroupId) ?? [];
    list.push(s);
    byGroup.set(s.translationGroupId, list);
  }
  return stories.map((story) => ({ story, translations: byGroup.get(story.translationGroupId) ?? [story] }));
}

/** Every section page with published stories, per language, with when it last changed. */
export function listSitemapSections(ctx: ServiceContext): Promise<SectionLocation[]> {
  return createSitemapRepository(ctx.db).listSectionsInUse(ctx.clock());
}

/** Stories first published in the last two days, newest first, for the news sitemap. */
export async function listNewsSitemapStories(ctx: ServiceContext): Promise<StoryLocation[]> {
  const now = ctx.clock();
  const stories = await createSitemapRepository(ctx.db).listPublishedBetween(now, new Date(now.getTime() - NEWS_WINDOW_MS), new Date(now.getTime() + 1));
  return stories.reverse();
}

function later(a: Date, b: Date): Date {
  return a > b ? a : b;
}
