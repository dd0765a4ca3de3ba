import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Tables } from '../schema.js';
import type { Database, DialectTraits } from './dialect.js';

const TRAITS: DialectTraits = { name: 'sqlite', timestampType: 'text' };

/** Opens (creating if needed) an SQLite file in WAL mode with foreign keys on. */
export function openSqlite(file: string): Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: sqlite }) });
  let closed = false;
  return {
    db,
    traits: TRAITS,
    currentSchema: async () => undefined,
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
}
