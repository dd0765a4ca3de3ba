import { NotFoundError } from '../domain/errors.js';
import { storyPath, type Story, type StorySummary } from '../domain/story.js';
import { createStoryRepository } from '../store/story-repository.js';
import type { ServiceContext } from './context.js';

/** Where a reader asked for a story. */
export interface PublishedStoryAddress {
  lang: string;
  year: string;
  month: string;
  slug: string;
}

/** A story as readers see it, with the stories to read next. */
export interface PublishedStory {
  story: Story;
  related: StorySummary[];
  /** The story's own path; differs from the address when the year or month was wrong. */
  path: string;
  /** Every language version readers may see now, this one included, in the site's language order. */
  translations: StorySummary[];
}

const RELATED_COUNT = 3;

/**
 * A story a reader may see now: published, past any embargo, in the asked language. This is
 * the one visibility rule for the reader site and the Content API.
 */
export async function getPublishedStory(ctx: ServiceContext, address: PublishedStoryAddress): Promise<PublishedStory> {
  const stories = createStoryRepository(ctx.db);
  const now = ctx.clock();
  const story = await stories.findPublishedBySlug(address.lang, address.slug, now);
  if (!story) throw new NotFoundError(`no published ${address.lang} story "${address.slug}"`);
  const related = await stories.listRelated(story, now, RELATED_COUNT);
  const versions = await stories.listSummaries(
    { translationGroupId: story.translationGroupId, visibleAt: now },
    { limit: ctx.site.languages.length * 4, offset: 0 },
  );
  const order = (lang: string) => {
    const i = ctx.site.languages.indexOf(lang);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const translations = versions.items
    .filter((s) => ctx.site.languages.includes(s.lang))
    .sort((a, b) => order(a.lang) - order(b.lang));
  return { story, related, path: storyPath(story), translations };
}
