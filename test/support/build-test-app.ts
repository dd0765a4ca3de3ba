/**
 * The web app over a fresh test database, for `app.inject()` suites: a newsroom's topics,
 * regions and authors, an admin API key, a clock the test moves, and helpers that create and
 * publish stories through the Admin API the way a client would.
 */
import assert from 'node:assert/strict';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildWebApp } from '../../src/main.js';
import type { AdminStoryJson } from '../../src/render/json/admin-story.js';
import { createApiKey } from '../../src/services/api-keys.js';
import { manualClock, type ManualClock } from '../services/manual-clock.js';
import { seedNewsroom } from '../services/newsroom.js';
import { createTestDatabase, type DialectName, type TestDatabase } from './for-each-dialect.js';

export { AUTHORS, REGIONS, TOPICS } from '../services/newsroom.js';

/** Where the clock of a test app starts. */
export const TEST_START = '2026-03-18T09:00:00.000Z';

/** An HTTP method the Admin API answers. */
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** A built app and what tests need around it. */
export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  clock: ManualClock;
  /** An admin API key (the `Authorization: Bearer` value). */
  adminKey: string;
  /** Sends an authenticated Admin API request; `path` is relative to `/api/admin/v1`. */
  admin(method: Method, path: string, payload?: unknown): Promise<LightMyRequestResponse>;
  /** Creates a draft through the API (lang en and a body unless given); asserts 201. */
  createStory(fields: Record<string, unknown> & { headline: string }): Promise<AdminStoryJson>;
  /** Publishes a story through the API; asserts 200. */
  publish(id: string): Promise<AdminStoryJson>;
  /** Creates and publishes a story with the clock at `atIso` (the clock stays there). */
  publishStoryAt(atIso: string, fields: Record<string, unknown> & { headline: string }): Promise<AdminStoryJson>;
  /** A GET of a site path, with optional request headers. */
  get(path: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** Builds the app over a fresh database of `dialect`, seeded with the test newsroom. */
export async function buildTestApp(dialect: DialectName = 'sqlite', env: Record<string, string> = {}): Promise<TestApp> {
  const clock = manualClock(TEST_START);
  const database = await createTestDatabase(
    dialect,
    { DATELINE_SITE_URL: 'https://news.example.org', DATELINE_LANGUAGES: 'en,fr,ar,ru', ...env },
    clock.now,
  );
  await seedNewsroom(database.runtime.database.db);
  const { key: adminKey } = await createApiKey(database.runtime.contextFor(), { name: 'tests', scope: 'admin' });
  const app = await buildWebApp(database.runtime, { logger: false });

  const admin: TestApp['admin'] = (method, path, payload) =>
    app.inject({
      method,
      url: `/api/admin/v1${path}`,
      headers: { authorization: `Bearer ${adminKey}` },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  const createStory: TestApp['createStory'] = async (fields) => {
    const res = await admin('POST', '/stories', { lang: 'en', body: `The text of “${fields.headline}”.`, ...fields });
    assert.equal(res.statusCode, 201, res.body);
    return res.json().story;
  };

  const publish: TestApp['publish'] = async (id) => {
    const res = await admin('POST', `/stories/${id}/publish`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json().story;
  };

  return {
    app,
    database,
    clock,
    adminKey,
    admin,
    createStory,
    publish,
    async publishStoryAt(atIso, fields) {
      clock.set(atIso);
      return publish((await createStory(fields)).id);
    },
    get: (path, headers = {}) => app.inject({ method: 'GET', url: path, headers }),
    async close() {
      await app.close();
      await database.dispose();
    },
  };
}

/** The path of a story's public URL (`url` is absolute). */
export function pathOf(story: AdminStoryJson): string {
  assert.ok(story.url, `story ${story.id} has no public URL`);
  return new URL(story.url).pathname;
}
