/**
 * The claim statement both dialects share: `UPDATE jobs … WHERE id IN (the earliest due,
 * unlocked jobs) RETURNING *`. Only the row locking differs, and the dialects say which.
 */
import type { Kysely } from 'kysely';
import { fromDate } from '../rows.js';
import type { JobsTable, Tables } from '../schema.js';
import type { JobClaim } from './dialect.js';

/** Claims due jobs in one statement; `skipLocked` adds PostgreSQL's FOR UPDATE SKIP LOCKED. */
export async function claimDueJobRows(db: Kysely<Tables>, claim: JobClaim, options: { skipLocked: boolean }): Promise<JobsTable[]> {
  const now = fromDate(claim.now);
  return db
    .updateTable('jobs')
    .set((eb) => ({
      locked_until: fromDate(claim.lockedUntil),
      locked_by: claim.workerId,
      attempts: eb('attempts', '+', 1),
    }))
    .where('id', 'in', (eb) => {
      let due = eb
        .selectFrom('jobs as due')
        .select('due.id')
        .where('due.finished_at', 'is', null)
        .where('due.run_at', '<=', now)
        .where((w) => w.or([w('due.locked_until', 'is', null), w('due.locked_until', '<', now)]))
        .orderBy('due.run_at')
        .limit(claim.limit);
      if (options.skipLocked) due = due.forUpdate().skipLocked();
      return due;
    })
    .returningAll()
    .execute();
}
