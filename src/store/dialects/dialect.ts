import type { Kysely } from 'kysely';
import type { JobsTable, Tables } from '../schema.js';

/** A runner's request for due jobs. */
export interface JobClaim {
  /** Jobs due at or before this instant, and locks expired before it, are claimable. */
  now: Date;
  /** Who claims (recorded in `locked_by`; only they may then finish the job). */
  workerId: string;
  /** The claimed jobs stay invisible to other runners until then. */
  lockedUntil: Date;
  /** At most this many, the earliest due first. */
  limit: number;
}

/** What differs between SQLite and PostgreSQL, in one place. */
export interface DialectTraits {
  name: 'sqlite' | 'postgres';
  /** Column type for timestamps: text (ISO 8601) in SQLite, timestamptz in PostgreSQL. */
  timestampType: 'text' | 'timestamptz';
  /**
   * Locks due jobs for one runner and counts the attempt, in one statement, and returns their
   * rows: no two runners ever get the same job while its lock holds.
   */
  claimDueJobs(db: Kysely<Tables>, claim: JobClaim): Promise<JobsTable[]>;
}

/** An open database: the query builder plus what is needed to close it. */
export interface Database {
  db: Kysely<Tables>;
  traits: DialectTraits;
  /**
   * The schema unqualified tables live in (PostgreSQL's current schema); undefined where the
   * dialect has no schemas. The migrator needs it to look for its tables there only.
   */
  currentSchema(): Promise<string | undefined>;
  /** Closes every connection; safe to call twice. */
  close(): Promise<void>;
}
