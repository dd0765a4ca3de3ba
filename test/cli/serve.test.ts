import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../src/config/config.js';
import { storyPath } from '../../src/domain/story.js';
import { openRuntime, type Runtime } from '../../src/main.js';
import { listPublishedStories } from '../../src/services/list-published-stories.js';
import { BIN, ROOT, baseEnv, tempSqlite } from './run-cli.js';

describe('dateline serve --demo', () => {
  const db = tempSqlite();
  const child = spawn(process.execPath, [BIN, 'serve', '--demo', '--port', '0'], {
    cwd: ROOT,
    env: baseEnv({ DATELINE_DATABASE_URL: db.url }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  let base = '';
  let runtime: Runtime;

  before(async () => {
    base = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "listening" line in 20 s; stderr: ${stderr}`)), 20_000);
      const look = () => {
        const m = /^Dateline listening on (http:\/\/\S+)$/m.exec(stdout);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      };
      child.stdout.on('data', look);
      void exited.then(() => reject(new Error(`serve exited before listening; stderr: ${stderr}`)));
    });
    // The same file, read alongside the server (SQLite in WAL mode allows it).
    runtime = await openRuntime(loadConfig({ DATELINE_DATABASE_URL: db.url, DATELINE_LOG_LEVEL: 'silent' }));
  });

  after(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await runtime?.close();
    db.dispose();
  });

  it('says that it wrote the demo content and where it listens', () => {
    assert.match(stderr, /^wrote the demo content: \d+ stories, \d+ translations, 6 topics, 5 regions, 7 authors$/m);
    assert.match(base, /^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('prints demo accounts to sign in with, one per role, and they work', async () => {
    const lines = [...stderr.matchAll(/^ {2}(admin|editor|contributor) +(\S+@\S+) +(\S+)$/gm)];
    assert.deepEqual(lines.map((m) => m[1]).sort(), ['admin', 'contributor', 'editor']);
    assert.match(stderr, /demo newsroom: sign in at http:\/\/\S+\/admin/);
    const { listUsers } = await import('../../src/services/list-users.js');
    const users = await listUsers(runtime.contextFor());
    assert.deepEqual(users.map((u) => u.email).sort(), lines.map((m) => m[2]).sort());
    const { signIn } = await import('../../src/services/sign-in.js');
    const { sessionPolicyOf } = await import('../../src/web/plugins/session-auth.js');
    const editor = lines.find((m) => m[1] === 'editor')!;
    const session = await signIn(
      runtime.contextFor(),
      { email: editor[2]!, password: editor[3]!, address: '127.0.0.1' },
      sessionPolicyOf(runtime.config),
    );
    assert.equal(session.user.role, 'editor');
  });

  it('answers the health check', async () => {
    const res = await fetch(`${base}/healthz`);
    assert.equal(res.status, 200);
  });

  it('serves the home page and a demo story', async () => {
    const home = await fetch(`${base}/en/`);
    assert.equal(home.status, 200);
    const { items } = await listPublishedStories(runtime.contextFor(), { lang: 'en', page: 1, limit: 50 });
    assert.ok(items.length >= 40, `${items.length} published demo stories`);
    const plain = items.find((s) => /^[\p{L}\p{N} ,.:;-]+$/u.test(s.headline));
    assert.ok(plain, 'a demo headline without characters HTML escapes');
    assert.ok((await home.text()).includes(items[0]!.slug), 'the home page links the newest story');
    const page = await fetch(base + storyPath(plain));
    assert.equal(page.status, 200);
    assert.ok((await page.text()).includes(plain.headline));
  });

  it('closes cleanly on SIGTERM', async () => {
    child.kill('SIGTERM');
    const { code, signal } = await exited;
    assert.equal(signal, null);
    assert.equal(code, 0, stderr);
  });
});
