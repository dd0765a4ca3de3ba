/**
 * Jobs: durable, time-based work kept in the database (DESIGN.md "jobs/"), claimed by a runner
 * when due. The kinds and keys are domain facts because services write the rows that the
 * runner's handlers later read.
 */

/** How a job ended: its work done, its attempts exhausted, or made unnecessary by a later change. */
export type JobOutcome = 'done' | 'failed' | 'cancelled';

/** One row of the queue. */
export interface Job {
  id: string;
  /** Which handler runs it, e.g. {@link PUBLISH_SCHEDULED_STORY}. */
  kind: string;
  /** At most one unfinished job per key, e.g. `publish:{storyId}`. */
  key: string;
  payload: Record<string, unknown>;
  /** Due at or after this instant. */
  runAt: Date;
  /** Attempts started so far (a claim counts as one). */
  attempts: number;
  maxAttempts: number;
  /** While set and in the future, the job is claimed by `lockedBy`. */
  lockedUntil: Date | null;
  lockedBy: string | null;
  lastError: string | null;
  finishedAt: Date | null;
  outcome: JobOutcome | null;
  createdAt: Date;
}

/** A job to add to the queue. */
export type NewJob = Pick<Job, 'id' | 'kind' | 'key' | 'payload' | 'runAt' | 'maxAttempts' | 'createdAt'>;

/** Kind of the job that publishes a scheduled story at its time. */
export const PUBLISH_SCHEDULED_STORY = 'publish-scheduled-story';

/** The key of a story's scheduled publication: one per story. */
export function publishJobKey(storyId: string): string {
  return `publish:${storyId}`;
}

/** First wait after a failed attempt; each further failure doubles it. */
export const RETRY_BASE_MS = 10_000;
/** The longest wait between attempts. */
export const RETRY_MAX_MS = 60 * 60_000;

/** How long to wait before attempt `attempts + 1`, after `attempts` have failed (exponential backoff). */
export function retryDelayMs(attempts: number): number {
  return Math.min(RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1), RETRY_MAX_MS);
}
