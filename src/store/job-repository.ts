/**
 * The durable job queue. Services add and cancel jobs in the transaction of the change that
 * makes them due or unnecessary; the runner claims due ones (a dialect-specific statement) and
 * records how each attempt ended. A finished job is kept, with its outcome, as a record.
 */
import type { Kysely } from 'kysely';
import type { Job, JobOutcome, NewJob } from '../domain/job.js';
import type { DialectTraits, JobClaim } from './dialects/dialect.js';
import { fromDate, toDate, toDateOrNull } from './rows.js';
import type { JobsTable, Tables } from './schema.js';

export type { JobClaim } from './dialects/dialect.js';

/** An open database as the runner needs it: the query builder and its dialect's claim. */
export interface JobDatabase {
  db: Kysely<Tables>;
  traits: Pick<DialectTraits, 'claimDueJobs'>;
}

/** Jobs: adding, cancelling, finding and finishing them. */
export function createJobRepository(db: Kysely<Tables>) {
  return {
    /** Adds a job to the queue. */
    async insert(job: NewJob): Promise<void> {
      await db
        .insertInto('jobs')
        .values({
          id: job.id,
          kind: job.kind,
          key: job.key,
          payload: JSON.stringify(job.payload),
          run_at: fromDate(job.runAt),
          attempts: 0,
          max_attempts: job.maxAttempts,
          locked_until: null,
          locked_by: null,
          last_error: null,
          finished_at: null,
          outcome: null,
          created_at: fromDate(job.createdAt),
        })
        .execute();
    },

    /** Ends every unfinished job with this key as cancelled; returns how many there were. */
    async cancelUnfinished(key: string, at: Date): Promise<number> {
      const result = await db
        .updateTable('jobs')
        .set({ finished_at: fromDate(at), outcome: 'cancelled', locked_until: null })
        .where('key', '=', key)
        .where('finished_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    /** The unfinished job with this key, if there is one. */
    async findUnfinishedByKey(key: string): Promise<Job | undefined> {
      const row = await db
        .selectFrom('jobs')
        .selectAll()
        .where('key', '=', key)
        .where('finished_at', 'is', null)
        .orderBy('created_at', 'desc')
        .executeTakeFirst();
      return row ? toJob(row) : undefined;
    },

    /** Every job with this key, finished or not, oldest first. */
    async listByKey(key: string): Promise<Job[]> {
      const rows = await db.selectFrom('jobs').selectAll().where('key', '=', key).orderBy('created_at').orderBy('id').execute();
      return rows.map(toJob);
    },

    /** The job with this id. */
    async findById(id: string): Promise<Job | undefined> {
      const row = await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toJob(row) : undefined;
    },

    /**
     * True when some job is due and unclaimed at `now`. A cheap read that lets an idle runner
     * skip the claim, which is a write (and takes SQLite's single write lock).
     */
    async existsDue(now: Date): Promise<boolean> {
      const at = fromDate(now);
      const row = await db
        .selectFrom('jobs')
        .select('id')
        .where('finished_at', 'is', null)
        .where('run_at', '<=', at)
        .where((w) => w.or([w('locked_until', 'is', null), w('locked_until', '<', at)]))
        .limit(1)
        .executeTakeFirst();
      return row !== undefined;
    },

    /**
     * Records that `workerId` finished the job's work. It is marked done even when a change
     * cancelled it meanwhile (publishing the story cancels its own publication job): the work
     * did happen.
     */
    async markDone(id: string, workerId: string, at: Date): Promise<void> {
      await finish(id, workerId, { finished_at: fromDate(at), outcome: 'done' satisfies JobOutcome, locked_until: null });
    },

    /** Records a failed attempt and makes the job due again at `runAt`, unless it was cancelled meanwhile. */
    async markRetry(id: string, workerId: string, error: string, runAt: Date): Promise<void> {
      await finish(id, workerId, { last_error: error, run_at: fromDate(runAt), locked_until: null, locked_by: null }, true);
    },

    /** Records a last failed attempt: the job ends as failed, unless it was cancelled meanwhile. */
    async markFailed(id: string, workerId: string, error: string, at: Date): Promise<void> {
      await finish(id, workerId, { last_error: error, finished_at: fromDate(at), outcome: 'failed' satisfies JobOutcome, locked_until: null }, true);
    },
  };

  /** Writes `values` to the job if `workerId` holds its claim (and, when `unfinished`, it has not ended). */
  async function finish(id: string, workerId: string, values: Partial<JobsTable>, unfinished = false): Promise<void> {
    let q = db.updateTable('jobs').set(values).where('id', '=', id).where('locked_by', '=', workerId);
    if (unfinished) q = q.where('finished_at', 'is', null);
    await q.execute();
  }
}

export type JobRepository = ReturnType<typeof createJobRepository>;

/** Claims up to `claim.limit` due jobs for one runner (see DialectTraits.claimDueJobs). */
export async function claimDueJobs(database: JobDatabase, claim: JobClaim): Promise<Job[]> {
  const rows = await database.traits.claimDueJobs(database.db, claim);
  // RETURNING gives rows in no promised order; run the earliest due first.
  return rows.map(toJob).sort((a, b) => a.runAt.getTime() - b.runAt.getTime() || a.id.localeCompare(b.id));
}

function toJob(row: JobsTable): Job {
  return {
    id: row.id,
    kind: row.kind,
    key: row.key,
    payload: JSON.parse(row.payload) as Record<string, unknown>,
    runAt: toDate(row.run_at),
    attempts: Number(row.attempts),
    maxAttempts: Number(row.max_attempts),
    lockedUntil: toDateOrNull(row.locked_until),
    lockedBy: row.locked_by,
    lastError: row.last_error,
    finishedAt: toDateOrNull(row.finished_at),
    outcome: row.outcome as JobOutcome | null,
    createdAt: toDate(row.created_at),
  };
}
