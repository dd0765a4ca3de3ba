import { sql, type Kysely } from 'kysely';

/**
 * At most one unfinished job per key (one scheduled publication per story), enforced by the
 * database rather than by the order in which services write.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('jobs_open_key_unique')
    .on('jobs')
    .column('key')
    .unique()
    .where(sql.ref('finished_at'), 'is', null)
    .execute();
}
