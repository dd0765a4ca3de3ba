import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import pg from 'pg';
import type { Database } from '../../src/store/database.js';
import { openPostgres } from '../../src/store/dialects/postgres.js';
import { openSqlite } from '../../src/store/dialects/sqlite.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { forEachDialect, POSTGRES_TEST_URL, type DialectName } from '../support/for-each-dialect.js';

/** An empty, never migrated database: two handles on it, so a second process can be played. */
interface EmptyDatabase {
  open(): Database;
  /** PostgreSQL schema of the database; introspection there sees every schema's tables. */
  schema?: string;
  dispose(): Promise<void>;
}

async function createEmptyDatabase(dialect: DialectName): Promise<EmptyDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-migrations-'));
    return {
      open: () => openSqlite(join(dir, 'empty.db')),
      dispose: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const schema = `m_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_TEST_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  return {
    schema,
    open: () => openPostgres({ url: POSTGRES_TEST_URL, schema, maxConnections: 2 }),
    async dispose() {
      const c = new pg.Client({ connectionString: POSTGRES_TEST_URL });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}

const TABLES = ['api_keys', 'authors', 'corrections', 'revisions', 'stories', 'story_authors', 'story_terms', 'terms'];

/** Names of the tables in the database's own schema. */
async function tableNames(database: Database, schema: string | undefined): Promise<string[]> {
  const tables = await database.db.introspection.getTables();
  return tables.filter((t) => schema === undefined || t.schema === schema).map((t) => t.name);
}

forEachDialect('migrations', (dialect) => {
  let empty: EmptyDatabase;
  let database: Database;
  before(async () => {
    empty = await createEmptyDatabase(dialect);
    database = empty.open();
  });
  after(async () => {
    await database.close();
    await empty.dispose();
  });

  it('start from a database without tables', async () => {
    assert.deepEqual(await tableNames(database, empty.schema), []);
  });

  it('run every migration, in order, on an empty database', async () => {
    const { applied } = await migrateToLatest(database);
    assert.ok(applied.length >= 2, applied.join(', '));
    assert.equal(applied[0], '0001-create-stories');
    assert.deepEqual([...applied].sort(), applied, 'applied in name order');
    for (const name of applied) assert.match(name, /^\d{4}-[a-z0-9-]+$/);
    const tables = await tableNames(database, empty.schema);
    for (const table of TABLES) assert.ok(tables.includes(table), `table ${table} exists`);
  });

  it('apply nothing on a second run', async () => {
    assert.deepEqual(await migrateToLatest(database), { applied: [] });
  });

  it('apply nothing when another process opens the migrated database', async () => {
    const other = empty.open();
    try {
      assert.deepEqual(await migrateToLatest(other), { applied: [] });
    } finally {
      await other.close();
    }
  });

  it('run in full on another empty database while this one exists (PostgreSQL: another schema)', async () => {
    const second = await createEmptyDatabase(dialect);
    const db2 = second.open();
    try {
      const { applied } = await migrateToLatest(db2);
      assert.equal(applied[0], '0001-create-stories');
      assert.ok((await tableNames(db2, second.schema)).includes('stories'));
    } finally {
      await db2.close();
      await second.dispose();
    }
  });

  it('leave a schema that keeps a language’s slugs unique', async () => {
    const row = {
      translation_group_id: 'g',
      lang: 'en',
      slug: 'same',
      type: 'news',
      status: 'draft',
      headline: 'H',
      standfirst: '',
      body: '',
      dateline_place: null,
      featured: 0,
      created_at: '2026-01-01T00:00:00.000Z',
      updated_at: '2026-01-01T00:00:00.000Z',
      published_at: null,
      scheduled_at: null,
      embargo_until: null,
      revision: 1,
    };
    await database.db.insertInto('stories').values({ ...row, id: 'a' }).execute();
    await database.db.insertInto('stories').values({ ...row, id: 'b', lang: 'fr' }).execute();
    await assert.rejects(database.db.insertInto('stories').values({ ...row, id: 'c' }).execute());
  });

  it('leave a schema whose foreign keys hold (a term link needs its story)', async () => {
    await database.db.insertInto('terms').values({ id: 't', kind: 'tag', slug: 'x', names: '{}' }).execute();
    await assert.rejects(
      database.db.insertInto('story_terms').values({ story_id: 'missing', term_id: 't', position: 0 }).execute(),
    );
  });
});
