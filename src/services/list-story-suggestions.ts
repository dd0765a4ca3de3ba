import { NotFoundError } from '../domain/errors.js';
import type { StorySuggestion } from '../domain/story-analysis.js';
import { createStoryRepository } from '../store/story-repository.js';
import { createSuggestionRepository } from '../store/suggestion-repository.js';
import type { ServiceContext } from './context.js';

/**
 * A story's suggestions for the newsroom, undecided and decided: people, organisations and
 * places, then topics and regions, each strongest first. Empty until the story is analysed.
 */
export async function listStorySuggestions(ctx: ServiceContext, storyId: string): Promise<StorySuggestion[]> {
  const [story] = await createStoryRepository(ctx.db).findSummariesByIds([storyId]);
  if (!story) throw new NotFoundError(`no story with id ${storyId}`);
  return createSuggestionRepository(ctx.db).listByStory(storyId);
}
