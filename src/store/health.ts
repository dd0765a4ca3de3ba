import { sql, type Kysely } from 'kysely';
import type { Tables } from './schema.js';

/** Asks the database a trivial question; resolves when it answers. */
export async function pingDatabase(db: Kysely<Tables>): Promise<void> {
  await sql`select 1`.execute(db);
}
