import type { Database } from './dialects/dialect.js';
import { openPostgres } from './dialects/postgres.js';
import { openSqlite } from './dialects/sqlite.js';

export type { Database } from './dialects/dialect.js';

/** Where a database lives (the config room's DatabaseConfig has this shape). */
export type DatabaseLocation = { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string };

/** Opens the configured database (it is not migrated: call `migrateToLatest`). */
export function openDatabase(config: DatabaseLocation): Database {
  return config.dialect === 'sqlite' ? openSqlite(config.file) : openPostgres({ url: config.url });
}
