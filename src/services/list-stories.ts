import type { StoryStatus, StorySummary, StoryType } from '../domain/story.js';
import { createStoryRepository, type Paged } from '../store/story-repository.js';
import type { ServiceContext } from './context.js';

/** Filters of the newsroom's story list; every one given narrows it. */
export interface ListStoriesInput {
  status?: StoryStatus;
  lang?: string;
  /** Slug of a topic the story is filed under. */
  topic?: string;
  type?: StoryType;
  /** Slug of an author in the byline. */
  author?: string;
  /** Id of the user who created the story ("my drafts"). */
  createdBy?: string;
  /** Text the headline contains, ignoring case. */
  q?: string;
  /** 1-based page number. */
  page: number;
  limit: number;
}

/** Stories in any status for the newsroom, most recently updated first (published ones: newest published first). */
export async function listStories(ctx: ServiceContext, input: ListStoriesInput): Promise<Paged<StorySummary>> {
  const { page, limit, q, ...filter } = input;
  return createStoryRepository(ctx.db).listSummaries(
    { ...filter, ...(q !== undefined ? { headlineContains: q } : {}) },
    { limit, offset: (page - 1) * limit },
  );
}
