import type { StoryStatus, StorySummary, StoryType } from '../domain/story.js';
import { createStoryRepository, type Paged } from '../store/story-repository.js';
import type { ServiceContext } from './context.js';

/** Filters of the newsroom's story list. */
export interface ListStoriesInput {
  status?: StoryStatus;
  lang?: string;
  topic?: string;
  type?: StoryType;
  /** 1-based page number. */
  page: number;
  limit: number;
}

/** Stories in any status for the newsroom, most recently updated first. */
export async function listStories(ctx: ServiceContext, input: ListStoriesInput): Promise<Paged<StorySummary>> {
  const { page, limit, ...filter } = input;
  return createStoryRepository(ctx.db).listSummaries(filter, { limit, offset: (page - 1) * limit });
}
