/**
 * `dateline user …` through the real bin/dateline, with the password piped in on stdin as a
 * script would, and the results checked through the services.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../src/config/config.js';
import { openRuntime, type Runtime } from '../../src/main.js';
import { authenticateApiKey } from '../../src/services/api-keys.js';
import { signIn } from '../../src/services/sign-in.js';
import { baseEnv, BIN, ROOT, tempSqlite, type CliRun } from './run-cli.js';

const POLICY = { idleMinutes: 60, maxDays: 1 };

/** Runs `dateline args…` with `input` written to its stdin (then closed). */
function runWithStdin(args: string[], env: Record<string, string>, input: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: baseEnv(env), cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill(), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
    child.stdin.end(input);
  });
}

describe('dateline user', () => {
  const db = tempSqlite();
  const env = { DATELINE_DATABASE_URL: db.url };
  const user = (args: string[], input = '') => runWithStdin(['user', ...args], env, input);
  let runtime: Runtime;

  before(async () => {
    // Made here so that the CLI runs find a migrated database; each run opens it anew.
    runtime = await openRuntime(loadConfig({ DATELINE_DATABASE_URL: db.url, DATELINE_LOG_LEVEL: 'silent' }));
  });
  after(async () => {
    await runtime.close();
    db.dispose();
  });

  const canSignIn = async (email: string, password: string) => {
    try {
      await signIn(runtime.contextFor(), { email, password, address: '127.0.0.1' }, POLICY);
      return true;
    } catch {
      return false;
    }
  };

  it('creates users with the password from stdin and prints the id', async () => {
    const admin = await user(['create', '--email', 'Chief@Example.org', '--role', 'admin', '--name', 'Nadia Haddad'], 'the chief password\n');
    assert.equal(admin.code, 0, admin.stderr);
    assert.match(admin.stdout, /^[0-9a-f]{24}\n$/);
    assert.equal(admin.stderr, 'created admin Nadia Haddad <chief@example.org>\n');
    assert.equal(await canSignIn('chief@example.org', 'the chief password'), true, 'the final line break is not part of the password');

    const writer = await user(['create', '--email', 'amara@example.org', '--role', 'contributor', '--name', 'Amara Okafor'], 'a writer password');
    assert.equal(writer.code, 0, writer.stderr);
    assert.equal(await canSignIn('amara@example.org', 'a writer password'), true);
  });

  it('lists everyone with role and status', async () => {
    const run = await user(['list']);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(run.stdout.split('\n'), [
      'EMAIL              ROLE         STATUS  NAME',
      'amara@example.org  contributor  active  Amara Okafor',
      'chief@example.org  admin        active  Nadia Haddad',
      '',
    ]);
  });

  it('refuses a short or missing password, a taken email and a bad role, saying why', async () => {
    const short = await user(['create', '--email', 'x@example.org', '--role', 'editor', '--name', 'X'], 'short\n');
    assert.equal(short.code, 1);
    assert.equal(short.stderr, 'dateline: password: must be at least 12 characters\n');

    const none = await user(['create', '--email', 'x@example.org', '--role', 'editor', '--name', 'X'], '');
    assert.equal(none.code, 2);
    assert.match(none.stderr, /^dateline: user create: no password on stdin/);

    const taken = await user(['create', '--email', 'AMARA@example.org', '--role', 'editor', '--name', 'A'], 'another password\n');
    assert.equal(taken.code, 1);
    assert.equal(taken.stderr, 'dateline: a user with the email amara@example.org already exists\n');

    const role = await user(['create', '--email', 'y@example.org', '--role', 'chief', '--name', 'Y'], 'another password\n');
    assert.equal(role.code, 2);
    assert.equal(role.stderr, 'dateline: user create: --role must be one of contributor, editor, admin, not "chief"\n');

    const missing = await user(['create', '--email', 'y@example.org', '--role', 'editor']);
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, 'dateline: user create: --name is required\n');

    for (const args of [[], ['delete'], ['list', 'extra'], ['set-role', 'a@example.org']]) {
      const run = await user(args);
      assert.equal(run.code, 2, args.join(' '));
      assert.equal(run.stderr.trimEnd().split('\n').length, 1, run.stderr);
    }
  });

  it('changes a role, and never demotes the last admin', async () => {
    const run = await user(['set-role', 'amara@example.org', 'editor']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, 'amara@example.org is now editor (was contributor)\n');

    const last = await user(['set-role', 'chief@example.org', 'editor']);
    assert.equal(last.code, 1);
    assert.equal(last.stderr, 'dateline: role: chief@example.org is the last admin and cannot be demoted; make another user admin first\n');

    const nobody = await user(['set-role', 'nobody@example.org', 'editor']);
    assert.equal(nobody.code, 1);
    assert.equal(nobody.stderr, 'dateline: no user with the email nobody@example.org\n');
  });

  it('resets a password and signs the person out everywhere', async () => {
    const session = await signIn(runtime.contextFor(), { email: 'amara@example.org', password: 'a writer password', address: '127.0.0.1' }, POLICY);
    const run = await user(['reset-password', 'amara@example.org'], 'a fresh writer password\n');
    assert.equal(run.code, 0, run.stderr);
    // The one opened here, and the one of the sign-in check after she was created.
    assert.equal(run.stdout, 'new password set for amara@example.org; 2 sessions signed out\n');
    assert.equal(await canSignIn('amara@example.org', 'a writer password'), false);
    assert.equal(await canSignIn('amara@example.org', 'a fresh writer password'), true);
    const { authenticateSession } = await import('../../src/services/authenticate-session.js');
    assert.equal(await authenticateSession(runtime.contextFor(), session.token, POLICY), null);
  });

  it('prints only a personal token, which acts with the person’s role', async () => {
    const run = await user(['token', 'amara@example.org', '--name', 'laptop']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^dlp_[A-Za-z0-9_-]{43}\n$/);
    assert.match(run.stderr, /personal access token for amara@example\.org \(acts as editor\)/);
    const actor = await authenticateApiKey(runtime.contextFor(), run.stdout.trim(), 'admin');
    assert.deepEqual({ kind: actor.kind, label: actor.label, role: actor.role }, { kind: 'user', label: 'Amara Okafor', role: 'editor' });
  });

  it('makes the first admin from DATELINE_ADMIN_EMAIL and DATELINE_ADMIN_PASSWORD on an empty database, once', async () => {
    const fresh = tempSqlite();
    try {
      const first = { DATELINE_DATABASE_URL: fresh.url, DATELINE_ADMIN_EMAIL: 'founder@example.org', DATELINE_ADMIN_PASSWORD: 'the founding password' };
      const run = await runWithStdin(['user', 'list'], first, '');
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /^founder@example\.org\s+admin\s+active\s+Administrator$/m);
      const again = await runWithStdin(['user', 'list'], { ...first, DATELINE_ADMIN_EMAIL: 'other@example.org' }, '');
      assert.equal(again.stdout.trim().split('\n').length, 2, 'still only the header and the founder');
    } finally {
      fresh.dispose();
    }
  });

  it('documents itself', async () => {
    const run = await runWithStdin(['user', '--help'], env, '');
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^Usage: dateline user <action>/);
    for (const action of ['create --email E --role R --name N', 'list', 'set-role EMAIL ROLE', 'reset-password EMAIL', 'token EMAIL']) {
      assert.ok(run.stdout.includes(action), action);
    }
    const program = await runWithStdin(['--help'], env, '');
    assert.match(program.stdout, /^ {2}user {7}Manage people/m);
  });
});
