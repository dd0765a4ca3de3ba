import { Migrator } from 'kysely';
import type { Database } from './dialects/dialect.js';
import { migrationsFor } from './migrations/index.js';

/** What a migration run did. */
export interface MigrationReport {
  applied: string[];
}

/** Brings the schema to the latest migration; each migration runs in its own transaction. */
export async function migrateToLatest(database: Database): Promise<MigrationReport> {
  const migrations = migrationsFor({ timestamp: database.traits.timestampType });
  const migrator = new Migrator({
    db: database.db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'dateline_migrations',
    migrationLockTableName: 'dateline_migrations_lock',
    // Without it Kysely looks for its tables in every schema, and a PostgreSQL database holding
    // Dateline in another schema (tests, a second site) would make it skip creating its own.
    migrationTableSchema: await database.currentSchema(),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`store: migration ${failed ?? '(unknown)'} failed: ${reason}`);
  }
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
