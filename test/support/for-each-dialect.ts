/**
 * Runs a suite once on a fresh SQLite file and once on a fresh PostgreSQL schema (database
 * `test` on 127.0.0.1:5432, or DATELINE_TEST_POSTGRES_URL). When PostgreSQL does not answer,
 * the PostgreSQL run is skipped with one line saying so, except in CI, where it fails.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { describe } from 'node:test';
import pg from 'pg';
import { loadConfig, type Config } from '../../src/config/config.js';
import { openRuntime, type Runtime } from '../../src/main.js';

export const POSTGRES_TEST_URL = process.env.DATELINE_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export type DialectName = 'sqlite' | 'postgres';

/** A migrated, empty database for one suite, and how to throw it away. */
export interface TestDatabase {
  dialect: DialectName;
  /** The database URL to give Dateline (for a PostgreSQL schema, a URL with `options`). */
  url: string;
  runtime: Runtime;
  config: Config;
  dispose(): Promise<void>;
}

let postgresAnswer: Promise<boolean> | undefined;

/** True when the test PostgreSQL answers (asked once per process). */
export function postgresAvailable(): Promise<boolean> {
  postgresAnswer ??= (async () => {
    const client = new pg.Client({ connectionString: POSTGRES_TEST_URL, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.query('select 1');
      return true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => {});
    }
  })();
  return postgresAnswer;
}

/** Creates a migrated, empty database of a dialect. `env` adds configuration. */
export async function createTestDatabase(
  dialect: DialectName,
  env: Record<string, string> = {},
  clock?: () => Date,
): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-test-'));
    const url = `sqlite:${join(dir, 'test.db')}`;
    // Uploaded pictures go beside the database, never into the working tree's ./data/media.
    const config = loadConfig({ DATELINE_DATABASE_URL: url, DATELINE_LOG_LEVEL: 'silent', DATELINE_MEDIA_DIR: join(dir, 'media'), ...env });
    const runtime = await openRuntime(config, clock);
    return {
      dialect,
      url,
      runtime,
      config,
      async dispose() {
        await runtime.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_TEST_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const url = withSearchPath(POSTGRES_TEST_URL, schema);
  const mediaDir = mkdtempSync(join(tmpdir(), 'dateline-media-'));
  const config = loadConfig({ DATELINE_DATABASE_URL: url, DATELINE_LOG_LEVEL: 'silent', DATELINE_MEDIA_DIR: mediaDir, ...env });
  const runtime = await openRuntime(config, clock);
  return {
    dialect,
    url,
    runtime,
    config,
    async dispose() {
      await runtime.close();
      const c = new pg.Client({ connectionString: POSTGRES_TEST_URL });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
      rmSync(mediaDir, { recursive: true, force: true });
    },
  };
}

/** A PostgreSQL URL whose connections use `schema` first (pg passes `options` to the server). */
function withSearchPath(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

let postgresAnswerSync: boolean | undefined;

/**
 * The same question asked synchronously (in a child process), because suites must be declared
 * synchronously: tests registered after an `await` inside `describe` end up in the wrong suite.
 */
export function postgresAvailableSync(): boolean {
  if (postgresAnswerSync !== undefined) return postgresAnswerSync;
  const script =
    "const pg=require('pg');const c=new pg.Client({connectionString:process.argv[1],connectionTimeoutMillis:2000});" +
    "c.connect().then(()=>c.query('select 1')).then(()=>c.end()).then(()=>process.exit(0),()=>process.exit(1));";
  const result = spawnSync(process.execPath, ['-e', script, POSTGRES_TEST_URL], { timeout: 5000 });
  postgresAnswerSync = result.status === 0;
  return postgresAnswerSync;
}

/**
 * Declares `suite` once per dialect, as `name [sqlite]` and `name [postgres]`.
 * The suite receives the dialect and sets up its own database with {@link createTestDatabase}.
 */
export function forEachDialect(name: string, suite: (dialect: DialectName) => void): void {
  describe(`${name} [sqlite]`, () => suite('sqlite'));
  const available = postgresAvailableSync();
  if (!available && process.env.CI) throw new Error(`PostgreSQL does not answer at ${POSTGRES_TEST_URL}, and CI needs it`);
  if (!available) console.log(`# skipped: PostgreSQL does not answer at ${POSTGRES_TEST_URL}`);
  describe(`${name} [postgres]`, { skip: !available }, () => suite('postgres'));
}
