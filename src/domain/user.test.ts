import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeWait, ForbiddenError, RateLimitedError, ValidationError } from './errors.js';
import {
  assertMayManageUsers,
  assertSelfOrAdmin,
  checkNewPassword,
  normalizeEmail,
  normalizeName,
  parseRole,
  userActor,
} from './user.js';

describe('user rules', () => {
  it('stores emails trimmed and lower case', () => {
    assert.equal(normalizeEmail('  Amara.Okafor@News.Example.ORG '), 'amara.okafor@news.example.org');
    assert.equal(normalizeEmail('desk@intranet'), 'desk@intranet');
  });

  it('refuses what does not look like an email, naming the field', () => {
    for (const bad of ['', '   ', 'amara', 'amara@', '@example.org', 'a b@example.org', 'a@b@example.org', 'a@example..org', 'a@.example.org']) {
      assert.throws(() => normalizeEmail(bad), (err: unknown) => err instanceof ValidationError && err.field === 'email', bad);
    }
    assert.throws(() => normalizeEmail(`${'a'.repeat(250)}@example.org`), /at most 254/);
  });

  it('needs a name, with inner spaces tidied', () => {
    assert.equal(normalizeName('  Lucas   Moreau '), 'Lucas Moreau');
    assert.throws(() => normalizeName(' '), { field: 'name' });
    assert.throws(() => normalizeName('x'.repeat(121)), /at most 120/);
  });

  it('needs passwords of at least 12 characters, counted as a person counts them', () => {
    assert.throws(() => checkNewPassword('short pass1'), /password: must be at least 12 characters/);
    checkNewPassword('twelve chars');
    checkNewPassword('пароль-длинный');
    assert.throws(() => checkNewPassword('🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑'), /at least 12/, 'eleven emoji are eleven characters');
    assert.throws(() => checkNewPassword('x'.repeat(1025)), /at most 1024/);
  });

  it('knows the three roles and names them when refusing another', () => {
    assert.equal(parseRole('editor'), 'editor');
    assert.throws(() => parseRole('owner'), /role: must be one of contributor, editor, admin, not "owner"/);
  });

  it('makes the actor a user acts as', () => {
    assert.deepEqual(userActor({ id: 'u1', name: 'Sofia Lindqvist', role: 'contributor' }), {
      kind: 'user',
      id: 'u1',
      label: 'Sofia Lindqvist',
      role: 'contributor',
    });
  });

  it('says how long to wait in words', () => {
    assert.equal(describeWait(1), '1 second');
    assert.equal(describeWait(59), '59 seconds');
    assert.equal(describeWait(60), '1 minute');
    assert.equal(describeWait(61), '2 minutes');
    assert.equal(describeWait(900), '15 minutes');
    const err = new RateLimitedError(300, 'too many failed sign-ins');
    assert.equal(err.code, 'rate_limited');
    assert.equal(err.message, 'too many failed sign-ins; try again in 5 minutes');
    assert.deepEqual(err.details, { retryAfterSeconds: 300 });
  });
});

describe('who may manage people', () => {
  const person = (role: 'contributor' | 'editor' | 'admin', id = 'u1') => ({ kind: 'user' as const, id, label: 'P', role });

  it('only admins manage users, and the refusal names the role', () => {
    assertMayManageUsers(person('admin'));
    assert.throws(() => assertMayManageUsers(person('editor')), (err: unknown) => {
      assert.ok(err instanceof ForbiddenError);
      assert.equal(err.message, 'only admin may manage users; you are editor');
      return true;
    });
    assert.throws(() => assertMayManageUsers(person('contributor')), /you are contributor/);
  });

  it('a user manages their own sessions, an admin anyone’s', () => {
    assertSelfOrAdmin(person('contributor', 'u1'), 'u1', 'see the sessions');
    assertSelfOrAdmin(person('admin', 'u2'), 'u1', 'see the sessions');
    assert.throws(
      () => assertSelfOrAdmin(person('editor', 'u2'), 'u1', 'see the sessions'),
      /only admin may see the sessions of another user; you are editor/,
    );
    assert.throws(() => assertSelfOrAdmin({ kind: 'api-key', id: 'u1', label: 'k', role: 'editor' }, 'u1', 'x'), ForbiddenError);
  });
});
