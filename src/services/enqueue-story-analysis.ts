/**
 * The analysis outbox: for each change that alters a story's text (or the day its relative
 * dates count from), an `analyze-story` job written in the change's own transaction. One
 * unfinished job per story: a pending one is left alone, since it reads the text when it runs.
 */
import type { Kysely } from 'kysely';
import type { ContentEvent } from '../domain/events.js';
import { newId } from '../domain/ids.js';
import { ANALYSED_ON, ANALYZE_STORY, analyzeJobKey } from '../domain/story-analysis.js';
import { createJobRepository } from '../store/job-repository.js';
import type { Tables } from '../store/schema.js';

/** Attempts an analysis job gets (a failure is a bug or a busy database, so a few suffice). */
export const ANALYSIS_ATTEMPTS = 5;

/**
 * Writes the analysis jobs `events` call for with `db`, which MUST be the transaction of the
 * change that produced them. Returns how many jobs it wrote.
 */
export async function enqueueStoryAnalysis(db: Kysely<Tables>, events: readonly ContentEvent[], now: Date): Promise<number> {
  const storyIds = [...new Set(events.filter((e) => ANALYSED_ON.has(e.type)).map((e) => e.storyId))];
  if (storyIds.length === 0) return 0;
  let written = 0;
  for (const storyId of storyIds) if (await enqueueAnalysisOf(db, storyId, now)) written++;
  return written;
}

/**
 * Writes an analysis job for one story with `db` (the transaction of the change that calls for
 * it), due at `now`, unless one is pending. Returns true when it wrote one.
 */
export async function enqueueAnalysisOf(db: Kysely<Tables>, storyId: string, now: Date): Promise<boolean> {
  const jobs = createJobRepository(db);
  const key = analyzeJobKey(storyId);
  // Safe without a lock: the change saved the story first, and that row lock orders two saves
  // of one story, so the second sees the first one's job.
  if (await jobs.findUnfinishedByKey(key)) return false;
  await jobs.insert({ id: newId(now), kind: ANALYZE_STORY, key, payload: { storyId }, runAt: now, maxAttempts: ANALYSIS_ATTEMPTS, createdAt: now });
  return true;
}
