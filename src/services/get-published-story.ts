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
  return { story, related, path: storyPath(story) };
}
