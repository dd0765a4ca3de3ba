import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { loadConfig } from '../../src/config/config.js';
import { openRuntime } from '../../src/main.js';
import { listStories } from '../../src/services/list-stories.js';
import { runCli, tempSqlite } from './run-cli.js';

describe('dateline migrate and demo', () => {
  const db = tempSqlite();
  const env = { DATELINE_DATABASE_URL: db.url };
  after(() => db.dispose());

  it('migrate applies every migration once, then says the database is up to date', async () => {
    const first = await runCli(['migrate'], env);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /^(applied \d{4}-[a-z0-9-]+\n)+$/);
    assert.match(first.stdout, /^applied 0001-create-stories$/m);
    const second = await runCli(['migrate'], env);
    assert.equal(second.code, 0);
    assert.equal(second.stdout, 'the database is up to date\n');
  });

  it('demo writes and publishes the demo stories and their translations', async () => {
    const run = await runCli(['demo'], env);
    assert.equal(run.code, 0, run.stderr);
    const m = /^wrote the demo content: (\d+) stories, (\d+) translations, 6 topics, 5 regions, 7 authors\n$/.exec(run.stdout);
    assert.ok(m, run.stdout);
    assert.ok(Number(m[1]) >= 40, `${m[1]} stories`);
    assert.ok(Number(m[2]) >= 40, `${m[2]} translations`);
    const written = Number(m[1]) + Number(m[2]);
    const runtime = await openRuntime(loadConfig({ ...env, DATELINE_LOG_LEVEL: 'silent' }));
    try {
      const all = await listStories(runtime.contextFor(), { page: 1, limit: 1 });
      const published = await listStories(runtime.contextFor(), { status: 'published', page: 1, limit: 100 });
      assert.equal(all.total, written);
      assert.equal(published.total, written);
      assert.ok(published.items.every((s) => s.publishedAt! <= new Date()), 'none is published in the future');
    } finally {
      await runtime.close();
    }
  });

  it('demo a second time leaves the database alone', async () => {
    const run = await runCli(['demo'], env);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, 'the database already has stories; the demo content was not written\n');
  });
});
