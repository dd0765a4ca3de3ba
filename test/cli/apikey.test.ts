import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { loadConfig } from '../../src/config/config.js';
import { openRuntime } from '../../src/main.js';
import { authenticateApiKey } from '../../src/services/api-keys.js';
import { runCli, tempSqlite } from './run-cli.js';

describe('dateline apikey create', () => {
  const db = tempSqlite();
  after(() => db.dispose());

  async function keyWorks(key: string, scope: 'admin' | 'content'): Promise<string> {
    const runtime = await openRuntime(loadConfig({ DATELINE_DATABASE_URL: db.url, DATELINE_LOG_LEVEL: 'silent' }));
    try {
      return (await authenticateApiKey(runtime.contextFor(), key, scope)).label;
    } finally {
      await runtime.close();
    }
  }

  it('prints only a content key of 26 hexadecimal characters on stdout', async () => {
    const run = await runCli(['apikey', 'create', '--scope', 'content', '--name', 'mobile app'], { DATELINE_DATABASE_URL: db.url });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^[0-9a-f]{26}\n$/);
    assert.match(run.stderr, /content key "mobile app"/);
    assert.equal(await keyWorks(run.stdout.trim(), 'content'), 'API key “mobile app”');
  });

  it('prints only an admin key, which authenticates as admin and not as content', async () => {
    const run = await runCli(['apikey', 'create', '--name', 'newsroom', '--scope', 'admin'], { DATELINE_DATABASE_URL: db.url });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^dla_[A-Za-z0-9_-]{40,}\n$/);
    const key = run.stdout.trim();
    assert.equal(await keyWorks(key, 'admin'), 'API key “newsroom”');
    await assert.rejects(keyWorks(key, 'content'), /not a valid content API key/);
  });
});
