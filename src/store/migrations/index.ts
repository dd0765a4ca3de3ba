import type { Kysely, Migration } from 'kysely';
import * as m0001 from './0001-create-stories.js';
import * as m0002 from './0002-create-api-keys.js';
import * as m0003 from './0003-create-newsroom.js';
import * as m0004 from './0004-unique-open-job-key.js';
import * as m0005 from './0005-create-webhooks.js';
import * as m0006 from './0006-create-entities.js';
import * as m0007 from './0007-create-media.js';

/** What a migration may know of the dialect: column types that differ. */
export interface MigrationTraits {
  timestamp: 'text' | 'timestamptz';
}

type MigrationModule = { up(db: Kysely<any>, t: MigrationTraits): Promise<void> };

/**
 * Every migration, in order. Forward-only and immutable once released: add a new file
 * rather than editing one. Migrations use the schema builder only, never repositories.
 */
const MIGRATIONS: ReadonlyArray<[string, MigrationModule]> = [
  ['0001-create-stories', m0001],
  ['0002-create-api-keys', m0002],
  ['0003-create-newsroom', m0003],
  ['0004-unique-open-job-key', m0004],
  ['0005-create-webhooks', m0005],
  ['0006-create-entities', m0006],
  ['0007-create-media', m0007],
];

/** The migrations as Kysely's Migrator wants them, bound to a dialect's column types. */
export function migrationsFor(traits: MigrationTraits): Record<string, Migration> {
  const out: Record<string, Migration> = {};
  for (const [name, mod] of MIGRATIONS) out[name] = { up: (db) => mod.up(db, traits) };
  return out;
}
