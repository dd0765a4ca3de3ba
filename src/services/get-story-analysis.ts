import type { StoryEntity } from '../domain/entity.js';
import { NotFoundError } from '../domain/errors.js';
import type { AnalysisRecord, StoryQuote, StorySuggestion } from '../domain/story-analysis.js';
import type { StorySummary } from '../domain/story.js';
import { createEntityRepository } from '../store/entity-repository.js';
import { createStoryAnalysisRepository } from '../store/story-analysis-repository.js';
import { createStoryRepository } from '../store/story-repository.js';
import { createSuggestionRepository } from '../store/suggestion-repository.js';
import type { ServiceContext } from './context.js';

/** Everything the stored analysis of a story says, for the newsroom. */
export interface StoryAnalysisView {
  /** The story now; the analysis is current when `record.revision` equals its revision. */
  story: StorySummary;
  /** Null until the story's first analysis has run. */
  record: AnalysisRecord | null;
  entities: StoryEntity[];
  quotes: StoryQuote[];
  suggestions: StorySuggestion[];
}

/** The stored analysis of a story in any status (the newsroom's view; readers see only published stories' entities). */
export async function getStoryAnalysis(ctx: ServiceContext, storyId: string): Promise<StoryAnalysisView> {
  const [story] = await createStoryRepository(ctx.db).findSummariesByIds([storyId]);
  if (!story) throw new NotFoundError(`no story with id ${storyId}`);
  const records = createStoryAnalysisRepository(ctx.db);
  const [record, entities, quotes, suggestions] = await Promise.all([
    records.findRecord(storyId),
    createEntityRepository(ctx.db).listByStory(storyId),
    records.listQuotesByStory(storyId),
    createSuggestionRepository(ctx.db).listByStory(storyId),
  ]);
  return { story, record: record ?? null, entities, quotes, suggestions };
}
