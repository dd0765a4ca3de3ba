/**
 * The users endpoints of the Admin API over HTTP: admins manage people, others get a 403 that
 * names the role, personal tokens act with their user's role, and no answer ever carries a
 * password hash.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { createPersonalToken } from '../../src/services/create-personal-token.js';
import { createUser } from '../../src/services/create-user.js';
import { buildTestApp, type TestApp } from '../support/build-test-app.js';

const PASSWORD = 'a password long enough';

describe('Admin API: users', () => {
  let t: TestApp;
  let editorToken: string;
  let adminToken: string;
  const responses: LightMyRequestResponse[] = [];

  /** Sends a request with a bearer token and keeps the response for the hash check at the end. */
  async function call(method: 'GET' | 'POST' | 'PATCH', path: string, token: string, payload?: object): Promise<LightMyRequestResponse> {
    const res = await t.app.inject({
      method,
      url: `/api/admin/v1${path}`,
      headers: { authorization: `Bearer ${token}` },
      ...(payload ? { payload } : {}),
    });
    responses.push(res);
    return res;
  }

  before(async () => {
    t = await buildTestApp();
    const system = t.database.runtime.contextFor();
    const admin = await createUser(system, { email: 'chief@example.org', name: 'Nadia Haddad', role: 'admin', password: PASSWORD });
    const editor = await createUser(system, { email: 'lucas@example.org', name: 'Lucas Moreau', role: 'editor', password: PASSWORD });
    adminToken = (await createPersonalToken(system, { userId: admin.id })).token;
    editorToken = (await createPersonalToken(system, { userId: editor.id })).token;
  });
  after(() => t.close());

  it('lists users for an admin key and an admin’s personal token', async () => {
    for (const token of [t.adminKey, adminToken]) {
      const res = await call('GET', '/users', token);
      assert.equal(res.statusCode, 200, res.body);
      const users = res.json().users as Array<Record<string, unknown>>;
      assert.deepEqual(users.map((u) => u.email), ['lucas@example.org', 'chief@example.org']);
      assert.deepEqual(Object.keys(users[0]!).sort(), ['createdAt', 'disabled', 'disabledAt', 'email', 'id', 'name', 'role', 'updatedAt']);
    }
  });

  it('creates a user (201), refuses a taken email (409) and a short password (400)', async () => {
    const res = await call('POST', '/users', t.adminKey, { email: 'Sofia@Example.org', name: 'Sofia Lindqvist', role: 'contributor', password: PASSWORD });
    assert.equal(res.statusCode, 201, res.body);
    const user = res.json().user;
    assert.equal(user.email, 'sofia@example.org');
    assert.equal(user.role, 'contributor');
    assert.equal(user.disabled, false);

    const again = await call('POST', '/users', t.adminKey, { email: 'sofia@example.org', name: 'S', role: 'editor', password: PASSWORD });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().error.code, 'duplicate');

    const short = await call('POST', '/users', t.adminKey, { email: 'new@example.org', name: 'N', role: 'editor', password: 'short' });
    assert.equal(short.statusCode, 400);
    assert.equal(short.json().error.message, 'password: must be at least 12 characters');

    const unknown = await call('POST', '/users', t.adminKey, { email: 'x@example.org', name: 'X', role: 'editor', password: PASSWORD, passwordHash: 'x' });
    assert.equal(unknown.statusCode, 400);
    assert.equal(unknown.json().error.message, 'passwordHash: is not a known field');

    const read = await call('GET', `/users/${user.id}`, t.adminKey);
    assert.equal(read.statusCode, 200);
    assert.equal(read.json().user.name, 'Sofia Lindqvist');
    assert.equal((await call('GET', '/users/ffffffffffffffffffffffff', t.adminKey)).statusCode, 404);
  });

  it('changes role, name and disabled, and protects the last admin', async () => {
    const list = (await call('GET', '/users', t.adminKey)).json().users as Array<{ id: string; email: string }>;
    const sofia = list.find((u) => u.email === 'sofia@example.org')!;
    const chief = list.find((u) => u.email === 'chief@example.org')!;
    const res = await call('PATCH', `/users/${sofia.id}`, adminToken, { role: 'editor', name: 'Sofia L.' });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().user.role, 'editor');
    assert.equal(res.json().user.name, 'Sofia L.');

    const disabled = await call('PATCH', `/users/${sofia.id}`, t.adminKey, { disabled: true });
    assert.equal(disabled.json().user.disabled, true);
    assert.match(disabled.json().user.disabledAt, /^\d{4}-\d\d-\d\dT/);

    const last = await call('PATCH', `/users/${chief.id}`, t.adminKey, { role: 'editor' });
    assert.equal(last.statusCode, 400);
    assert.match(last.json().error.message, /chief@example\.org is the last admin and cannot be demoted/);
    assert.equal((await call('PATCH', `/users/${chief.id}`, t.adminKey, { role: 'owner' })).statusCode, 400);
  });

  it('refuses editors with a 403 that names the role, on every endpoint', async () => {
    const attempts: Array<[string, 'GET' | 'POST' | 'PATCH', string, object | undefined]> = [
      ['list', 'GET', '/users', undefined],
      ['create', 'POST', '/users', { email: 'y@example.org', name: 'Y', role: 'admin', password: PASSWORD }],
      ['change', 'PATCH', '/users/ffffffffffffffffffffffff', { role: 'admin' }],
    ];
    for (const [what, method, path, payload] of attempts) {
      const res = await call(method, path, editorToken, payload);
      assert.equal(res.statusCode, 403, what);
      assert.equal(res.json().error.message, 'only admin may manage users; you are editor', what);
    }
  });

  it('lets a personal token act on stories with its user’s role', async () => {
    const created = await call('POST', '/stories', editorToken, { lang: 'en', headline: 'Harbour reopens after storm', body: 'Boats returned.' });
    assert.equal(created.statusCode, 201, created.body);
  });

  it('still takes only JSON bodies, even though the admin UI parses forms', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/v1/users',
      headers: { authorization: `Bearer ${t.adminKey}`, 'content-type': 'application/x-www-form-urlencoded' },
      payload: `email=z%40example.org&name=Z&role=admin&password=${encodeURIComponent(PASSWORD)}`,
    });
    assert.equal(res.statusCode, 415);
  });

  it('refuses the token of a disabled user', async () => {
    const list = (await call('GET', '/users', t.adminKey)).json().users as Array<{ id: string; email: string }>;
    const lucas = list.find((u) => u.email === 'lucas@example.org')!;
    await call('PATCH', `/users/${lucas.id}`, t.adminKey, { disabled: true });
    const res = await call('GET', '/stories', editorToken);
    assert.equal(res.statusCode, 401);
    assert.match(res.json().error.message, /disabled/);
  });

  it('never sent a password hash in any answer', () => {
    assert.ok(responses.length > 10);
    for (const res of responses) {
      assert.ok(!res.body.includes('$argon2'), `${res.statusCode} ${res.body.slice(0, 200)}`);
      // The 400 that refuses a `passwordHash` field names it; no successful answer has one.
      if (res.statusCode < 400) assert.ok(!/password/i.test(res.body), res.body.slice(0, 200));
    }
  });
});
