import type { ServiceContext } from './context.js';
import { enqueueAnalysisOf } from './enqueue-story-analysis.js';
import { createStoryAnalysisRepository } from '../store/story-analysis-repository.js';

/**
 * Enqueues an analysis for every story that has none yet and no analysis pending: stories
 * written before the analysis existed (an older demo database) get their entity pages too.
 * Returns how many jobs it wrote; the job runner does the work.
 */
export async function enqueueUnanalysedStories(ctx: ServiceContext): Promise<number> {
  const now = ctx.clock();
  return ctx.db.transaction().execute(async (db) => {
    let written = 0;
    for (const id of await createStoryAnalysisRepository(db).listUnanalysedStoryIds()) {
      if (await enqueueAnalysisOf(db, id, now)) written++;
    }
    return written;
  });
}
