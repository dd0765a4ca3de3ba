import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Tables } from '../schema.js';
import type { Database, DialectTraits } from './dialect.js';
import { claimDueJobRows } from './job-claim.js';

const TRAITS: DialectTraits = {
  name: 'postgres',
  timestampType: 'timestamptz',
  // Several instances poll at once: SKIP LOCKED lets each take rows the others have not
  // locked in their own claim, instead of waiting for them or taking the same ones.
  claimDueJobs: (db, claim) => claimDueJobRows(db, claim, { skipLocked: true }),
};

/** Options for a PostgreSQL connection pool. */
export interface PostgresOptions {
  url: string;
  /** Schema to use instead of `public` (tests use one schema each). */
  schema?: string;
  maxConnections?: number;
}

/** Opens a connection pool to PostgreSQL. */
export function openPostgres(options: PostgresOptions): Database {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle client that loses its connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  let closed = false;
  return {
    db,
    traits: TRAITS,
    async currentSchema() {
      const { rows } = await sql<{ name: string | null }>`select current_schema() as name`.execute(db);
      return rows[0]?.name ?? undefined;
    },
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
}
