import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Tables } from '../schema.js';
import type { Database, DialectTraits } from './dialect.js';
import { claimDueJobRows } from './job-claim.js';

const TRAITS: DialectTraits = {
  name: 'sqlite',
  timestampType: 'text',
  // SQLite has one writer at a time, so one UPDATE … RETURNING is already atomic: a second
  // runner's claim runs after it and no longer sees the rows as claimable.
  claimDueJobs: (db, claim) => claimDueJobRows(db, claim, { skipLocked: false }),
};

/** Connections by absolute file path, shared within this process (see {@link openSqlite}). */
const OPEN = new Map<string, { db: Kysely<Tables>; users: number }>();

/**
 * Opens (creating if needed) an SQLite file in WAL mode with foreign keys on. Opening the same
 * file twice in one process shares one connection: SQLite has one writer, and a second
 * connection in the same process would wait for the first's write lock synchronously, blocking
 * the very event loop that must finish the first's transaction (SQLITE_BUSY after the timeout).
 * On one connection, Kysely queues the transactions instead. Each opener closes its own handle;
 * the connection closes with the last.
 */
export function openSqlite(file: string): Database {
  const key = file === ':memory:' ? undefined : resolve(file);
  let shared = key ? OPEN.get(key) : undefined;
  if (!shared) {
    shared = { db: connect(file), users: 0 };
    if (key) OPEN.set(key, shared);
  }
  shared.users++;
  const connection = shared;
  let closed = false;
  return {
    db: connection.db,
    traits: TRAITS,
    currentSchema: async () => undefined,
    async close() {
      if (closed) return;
      closed = true;
      connection.users--;
      if (connection.users > 0) return;
      if (key && OPEN.get(key) === connection) OPEN.delete(key);
      await connection.db.destroy();
    },
  };
}

function connect(file: string): Kysely<Tables> {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  // SQLite's own lower() folds ASCII only; PostgreSQL's folds every script. Replacing it keeps
  // case-insensitive search the same SQL on both ("école" finds "ÉCOLE", "москва" finds "Москва").
  sqlite.function('lower', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? text.toLowerCase() : text));
  return new Kysely<Tables>({ dialect: new SqliteDialect({ database: sqlite }) });
}
