/**
 * `analyze-story`: analyses a story's current text and stores the result (payload `{storyId}`).
 * Idempotent: it always reads the latest text and replaces the story's previous analysis, so a
 * job that runs late or twice stores the same thing; a story deleted meanwhile is skipped.
 */
import type { Job } from '../../domain/job.js';
import { analyzeStory } from '../../services/analyze-story.js';
import type { ServiceContext } from '../../services/context.js';

/** Analyses the job's story. */
export async function analyzeStoryJob(ctx: ServiceContext, job: Job): Promise<void> {
  const storyId = job.payload.storyId;
  if (typeof storyId !== 'string') throw new Error(`job ${job.id} names no story (payload.storyId)`);
  await analyzeStory(ctx, storyId);
}
