/**
 * The real Dateline server for the newsroom browser suites: a fresh SQLite database with the
 * test newsroom's topics, regions and authors, one person of each role, the web app listening
 * on 127.0.0.1 and the job runner polling often, so a story scheduled seconds ahead goes out
 * while the test watches. Plus signing in through the real sign-in page.
 */
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import type { BrowserContext, Page } from 'playwright-core';
import type { Role } from '../../src/domain/actor.js';
import type { User } from '../../src/domain/user.js';
import { buildWebApp } from '../../src/main.js';
import { createUser } from '../../src/services/create-user.js';
import { seedNewsroom } from '../services/newsroom.js';
import { createTestDatabase, type TestDatabase } from '../support/for-each-dialect.js';

/** The password every test person has. */
export const PASSWORD = 'correct horse battery staple';

/** A running server and the people who can sign in to it. */
export interface NewsroomServer {
  origin: string;
  tdb: TestDatabase;
  app: FastifyInstance;
  people: Record<Role, User>;
  close(): Promise<void>;
}

/** Starts the server with its job runner (polling every 200 ms) and adds a contributor, an editor and an admin. */
export async function startNewsroomServer(): Promise<NewsroomServer> {
  const tdb = await createTestDatabase('sqlite', { DATELINE_JOB_POLL_MS: '200', DATELINE_LANGUAGES: 'en,fr' });
  await seedNewsroom(tdb.runtime.database.db);
  const ctx = tdb.runtime.contextFor();
  const people = {} as Record<Role, User>;
  for (const [role, name] of [['contributor', 'Cora Writer'], ['editor', 'Eli Editor'], ['admin', 'Ada Admin']] as const) {
    people[role] = await createUser(ctx, { email: `${role}@newsroom.example`, name, role, password: PASSWORD });
  }
  const app = await buildWebApp(tdb.runtime, { logger: false });
  const origin = await app.listen({ port: 0, host: '127.0.0.1' });
  await tdb.runtime.jobs.start();
  return {
    origin,
    tdb,
    app,
    people,
    async close() {
      await app.close();
      await tdb.dispose();
    },
  };
}

/** Signs `role` in through the sign-in page in a new page of `context`; returns the page, on the dashboard. */
export async function signIn(context: BrowserContext, server: NewsroomServer, role: Role): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.origin}/admin/sign-in`);
  await page.getByLabel('Email').fill(server.people[role].email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${server.origin}/admin`);
  assert.equal(await page.locator('h1').innerText(), 'Dashboard');
  return page;
}

/** The id of the story whose editor `page` shows. */
export function storyIdOf(page: Page): string {
  const match = /\/admin\/stories\/([0-9a-f]{24})/.exec(page.url());
  assert.ok(match, `${page.url()} is a story's editor`);
  return match[1]!;
}
