/**
 * People of the newsroom through the services, on both dialects: creating, listing and changing
 * users, the last-admin rule, passwords, personal tokens, the first admin from configuration,
 * and the password hash never leaving the services.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SYSTEM_ACTOR, type Actor } from '../../src/domain/actor.js';
import { DuplicateError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from '../../src/domain/errors.js';
import { userActor, type User } from '../../src/domain/user.js';
import { authenticateApiKey, createApiKey } from '../../src/services/api-keys.js';
import type { ServiceContext } from '../../src/services/context.js';
import { createPersonalToken } from '../../src/services/create-personal-token.js';
import { createUser } from '../../src/services/create-user.js';
import { ensureFirstAdmin } from '../../src/services/ensure-first-admin.js';
import { getUser, getUserByEmail } from '../../src/services/get-user.js';
import { listUsers } from '../../src/services/list-users.js';
import { hashPassword, needsRehash, verifyNobodysPassword, verifyPassword } from '../../src/services/password.js';
import { resetPassword } from '../../src/services/reset-password.js';
import { updateUser } from '../../src/services/update-user.js';
import { createAuditRepository } from '../../src/store/audit-repository.js';
import { createTestDatabase, forEachDialect, type TestDatabase } from '../support/for-each-dialect.js';
import { manualClock } from './manual-clock.js';

const PASSWORD = 'long enough password';

/** Fails when any value reachable from `value` has a key or a text that betrays a password hash. */
function assertNoHash(value: unknown, where: string): void {
  const json = JSON.stringify(value);
  assert.ok(!json.includes('passwordHash') && !json.includes('password_hash'), `${where} carries a password hash field`);
  assert.ok(!json.includes('$argon2'), `${where} carries an argon2 hash`);
}

forEachDialect('users', (dialect) => {
  const clock = manualClock('2026-03-18T09:00:00.000Z');
  let tdb: TestDatabase;
  let system: ServiceContext;
  let as: (actor: Actor) => ServiceContext;
  let admin: User;
  let editor: User;
  let contributor: User;

  before(async () => {
    tdb = await createTestDatabase(dialect, {}, clock.now);
    system = tdb.runtime.contextFor();
    as = (actor) => tdb.runtime.contextFor(actor);
    admin = await createUser(system, { email: ' Chief@Example.ORG ', name: 'Nadia Haddad', role: 'admin', password: PASSWORD });
    editor = await createUser(as(userActor(admin)), { email: 'lucas@example.org', name: 'Lucas Moreau', role: 'editor', password: PASSWORD });
    contributor = await createUser(system, { email: 'sofia@example.org', name: 'Sofia Lindqvist', role: 'contributor', password: PASSWORD });
  });
  after(() => tdb.dispose());

  describe('creating', () => {
    it('stores the email in lower case and returns the user without any password', () => {
      assert.equal(admin.email, 'chief@example.org');
      assert.equal(admin.role, 'admin');
      assert.equal(admin.disabledAt, null);
      assert.match(admin.id, /^[0-9a-f]{24}$/);
      for (const user of [admin, editor, contributor]) assertNoHash(user, 'createUser');
    });

    it('keeps only an argon2id hash in the database', async () => {
      const row = await tdb.runtime.database.db.selectFrom('users').selectAll().where('id', '=', admin.id).executeTakeFirstOrThrow();
      assert.match(row.password_hash, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      assert.ok(!JSON.stringify(row).includes(PASSWORD));
      assert.equal(await verifyPassword(row.password_hash, PASSWORD), true);
      assert.equal(await verifyPassword(row.password_hash, `${PASSWORD} `), false);
    });

    it('refuses a taken email, whatever its case', async () => {
      await assert.rejects(
        createUser(system, { email: 'LUCAS@example.org', name: 'Another Lucas', role: 'editor', password: PASSWORD }),
        (err: unknown) => err instanceof DuplicateError && /lucas@example\.org already exists/.test(err.message),
      );
    });

    it('checks email, name, role and password, naming the field', async () => {
      const cases: Array<[Record<string, string>, string, RegExp]> = [
        [{ email: 'not an email' }, 'email', /is not an email address/],
        [{ name: '  ' }, 'name', /must not be empty/],
        [{ role: 'owner' }, 'role', /must be one of contributor, editor, admin/],
        [{ password: 'eleven char' }, 'password', /at least 12 characters/],
      ];
      for (const [change, field, message] of cases) {
        await assert.rejects(
          createUser(system, { email: 'new@example.org', name: 'New Person', role: 'editor', password: PASSWORD, ...change }),
          (err: unknown) => err instanceof ValidationError && err.field === field && message.test(err.message),
          field,
        );
      }
      assert.equal((await listUsers(system)).length, 3, 'nothing was stored');
    });

    it('is for admins only, and the refusal names the role', async () => {
      for (const actor of [userActor(editor), userActor(contributor)]) {
        await assert.rejects(
          createUser(as(actor), { email: 'x@example.org', name: 'X', role: 'contributor', password: PASSWORD }),
          (err: unknown) => err instanceof ForbiddenError && err.message === `only admin may manage users; you are ${actor.role}`,
        );
      }
    });

    it('is recorded in the audit log', async () => {
      const { items } = await createAuditRepository(tdb.runtime.database.db).list({ subjectUserId: editor.id, action: 'user.created' }, { limit: 5, offset: 0 });
      assert.equal(items.length, 1);
      assert.equal(items[0]!.actor.label, 'Nadia Haddad');
      assert.deepEqual(items[0]!.details, { email: 'lucas@example.org', role: 'editor' });
    });
  });

  describe('listing and reading', () => {
    it('lists everyone by name, for admins', async () => {
      const users = await listUsers(as(userActor(admin)));
      assert.deepEqual(users.map((u) => u.name), ['Lucas Moreau', 'Nadia Haddad', 'Sofia Lindqvist']);
      assertNoHash(users, 'listUsers');
      await assert.rejects(listUsers(as(userActor(editor))), /only admin may manage users; you are editor/);
    });

    it('reads one user by id or email; people may read themselves', async () => {
      assert.equal((await getUser(as(userActor(admin)), editor.id)).email, 'lucas@example.org');
      assert.equal((await getUser(as(userActor(contributor)), contributor.id)).name, 'Sofia Lindqvist');
      await assert.rejects(getUser(as(userActor(contributor)), editor.id), ForbiddenError);
      assert.equal((await getUserByEmail(system, ' Sofia@Example.org')).id, contributor.id);
      await assert.rejects(getUserByEmail(system, 'nobody@example.org'), (err: unknown) => err instanceof NotFoundError && /nobody@example\.org/.test(err.message));
      await assert.rejects(getUser(system, 'ffffffffffffffffffffffff'), NotFoundError);
      assertNoHash(await getUser(system, admin.id), 'getUser');
    });
  });

  describe('changing', () => {
    it('renames and changes roles, recording the role change with from and to', async () => {
      clock.advance(1);
      const changed = await updateUser(as(userActor(admin)), { id: contributor.id, name: ' Sofia  Lindqvist-Berg ', role: 'editor' });
      assert.equal(changed.name, 'Sofia Lindqvist-Berg');
      assert.equal(changed.role, 'editor');
      assert.deepEqual(changed.updatedAt, clock.now());
      assertNoHash(changed, 'updateUser');
      const { items } = await createAuditRepository(tdb.runtime.database.db).list({ subjectUserId: contributor.id, action: 'user.role_changed' }, { limit: 5, offset: 0 });
      assert.deepEqual(items.map((e) => e.details), [{ from: 'contributor', to: 'editor' }]);
      await updateUser(system, { id: contributor.id, role: 'contributor', name: 'Sofia Lindqvist' });
    });

    it('is for admins only', async () => {
      await assert.rejects(updateUser(as(userActor(editor)), { id: contributor.id, role: 'admin' }), /only admin may manage users; you are editor/);
      await assert.rejects(updateUser(system, { id: contributor.id, role: 'chief' }), { field: 'role' });
      await assert.rejects(updateUser(system, { id: 'ffffffffffffffffffffffff', name: 'Ghost' }), NotFoundError);
    });

    it('never demotes or disables the last admin who can sign in', async () => {
      await assert.rejects(updateUser(as(userActor(admin)), { id: admin.id, role: 'editor' }), (err: unknown) => {
        assert.ok(err instanceof ValidationError);
        assert.equal(err.field, 'role');
        assert.equal(err.message, 'role: chief@example.org is the last admin and cannot be demoted; make another user admin first');
        return true;
      });
      await assert.rejects(updateUser(system, { id: admin.id, disabled: true }), { field: 'disabled' });
      assert.equal((await getUser(system, admin.id)).role, 'admin', 'nothing changed');

      // With a second admin, the first may step down; then the second is the last.
      await updateUser(system, { id: editor.id, role: 'admin' });
      assert.equal((await updateUser(system, { id: admin.id, role: 'editor' })).role, 'editor');
      await assert.rejects(updateUser(system, { id: editor.id, role: 'contributor' }), /lucas@example\.org is the last admin/);
      // A disabled admin does not count as one who can sign in.
      await updateUser(system, { id: admin.id, role: 'admin', disabled: true });
      await assert.rejects(updateUser(system, { id: editor.id, disabled: true }), /last admin and cannot be disabled/);
      await updateUser(system, { id: admin.id, disabled: false });
      await updateUser(system, { id: editor.id, role: 'editor' });
      assert.deepEqual((await listUsers(system)).filter((u) => u.role === 'admin').map((u) => u.id), [admin.id]);
    });

    it('two admins demoting each other at once leave one admin', async () => {
      const second = await createUser(system, { email: 'second@example.org', name: 'Second Admin', role: 'admin', password: PASSWORD });
      const results = await Promise.allSettled([
        updateUser(as(userActor(admin)), { id: second.id, role: 'editor' }),
        updateUser(as(userActor(second)), { id: admin.id, role: 'editor' }),
      ]);
      assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1, JSON.stringify(results.map((r) => r.status)));
      const admins = (await listUsers(system)).filter((u) => u.role === 'admin' && u.disabledAt === null);
      assert.equal(admins.length, 1);
      if (admins[0]!.id !== admin.id) {
        await updateUser(system, { id: admin.id, role: 'admin' });
        await updateUser(system, { id: second.id, role: 'editor' });
      }
      await updateUser(system, { id: second.id, disabled: true });
    });
  });

  describe('passwords', () => {
    it('hashes with argon2id and verifies only the right password', async () => {
      const hash = await hashPassword('correct horse battery');
      assert.notEqual(hash, await hashPassword('correct horse battery'), 'a new salt each time');
      assert.equal(await verifyPassword(hash, 'correct horse battery'), true);
      assert.equal(await verifyPassword(hash, 'Correct horse battery'), false);
      assert.equal(await verifyPassword('not a hash', 'anything'), false);
      assert.equal(await verifyNobodysPassword('correct horse battery'), false);
      assert.equal(needsRehash(hash), false);
      assert.equal(needsRehash('$argon2id$v=19$m=4096,t=3,p=1$c29tZXNhbHRzb21lc2FsdA$MzJieXRlc29mb3V0cHV0MzJieXRlc29mb3V0cHV0'), true);
    });

    it('a reset sets the new password and ends the user’s sessions', async () => {
      const result = await resetPassword(system, { id: contributor.id, password: 'a brand new passphrase' });
      assert.deepEqual(result, { sessionsEnded: 0 });
      const row = await tdb.runtime.database.db.selectFrom('users').select('password_hash').where('id', '=', contributor.id).executeTakeFirstOrThrow();
      assert.equal(await verifyPassword(row.password_hash, 'a brand new passphrase'), true);
      assert.equal(await verifyPassword(row.password_hash, PASSWORD), false);
      await assert.rejects(resetPassword(system, { id: contributor.id, password: 'short' }), { field: 'password' });
      await assert.rejects(resetPassword(as(userActor(editor)), { id: contributor.id, password: 'a brand new passphrase' }), ForbiddenError);
      await assert.rejects(resetPassword(system, { id: 'ffffffffffffffffffffffff', password: 'a brand new passphrase' }), NotFoundError);
    });
  });

  describe('personal access tokens', () => {
    it('act on the Admin API as the user, with the user’s current role', async () => {
      const { token } = await createPersonalToken(system, { userId: contributor.id, name: 'laptop' });
      assert.match(token, /^dlp_[A-Za-z0-9_-]{43}$/);
      assert.deepEqual(await authenticateApiKey(system, token, 'admin'), {
        kind: 'user',
        id: contributor.id,
        label: 'Sofia Lindqvist',
        role: 'contributor',
      });
      await updateUser(system, { id: contributor.id, role: 'editor' });
      assert.equal((await authenticateApiKey(system, token, 'admin')).role, 'editor');
      await updateUser(system, { id: contributor.id, role: 'contributor' });
      await assert.rejects(authenticateApiKey(system, token, 'content'), UnauthenticatedError);
    });

    it('die with a disabled user, and work again when the user is enabled', async () => {
      const { token } = await createPersonalToken(as(userActor(editor)), { userId: editor.id });
      assert.equal((await authenticateApiKey(system, token, 'admin')).label, 'Lucas Moreau');
      await updateUser(system, { id: editor.id, disabled: true });
      await assert.rejects(authenticateApiKey(system, token, 'admin'), (err: unknown) => err instanceof UnauthenticatedError && /disabled/.test(err.message));
      await assert.rejects(createPersonalToken(system, { userId: editor.id }), /disabled; enable the account first/);
      await updateUser(system, { id: editor.id, disabled: false });
      assert.equal((await authenticateApiKey(system, token, 'admin')).role, 'editor');
    });

    it('are made by the user themselves or an admin, stored as hashes, and audited', async () => {
      await assert.rejects(createPersonalToken(as(userActor(editor)), { userId: contributor.id }), /only admin may create personal tokens of another user; you are editor/);
      const { id, token } = await createPersonalToken(as(userActor(admin)), { userId: editor.id, name: 'CI' });
      const row = await tdb.runtime.database.db.selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(row.user_id, editor.id);
      assert.equal(row.scope, 'admin');
      assert.ok(!JSON.stringify(row).includes(token));
      const { items } = await createAuditRepository(tdb.runtime.database.db).list({ action: 'user.token_created', subjectUserId: editor.id }, { limit: 5, offset: 0 });
      assert.ok(items.some((e) => e.details.tokenId === id && e.details.name === 'CI' && e.actor.label === 'Nadia Haddad'));
    });

    it('leave plain admin keys acting as admin', async () => {
      const { id, key } = await createApiKey(system, { name: 'tools', scope: 'admin' });
      assert.deepEqual(await authenticateApiKey(system, key, 'admin'), { kind: 'api-key', id, label: 'API key “tools”', role: 'admin' });
    });
  });

  describe('the first admin from configuration', () => {
    it('is made once on an empty database, and never again', async () => {
      const env = { DATELINE_ADMIN_EMAIL: 'Founder@Example.org', DATELINE_ADMIN_PASSWORD: 'founding password' };
      const fresh = await createTestDatabase(dialect, env, clock.now);
      try {
        const users = await listUsers(fresh.runtime.contextFor());
        assert.equal(users.length, 1);
        assert.equal(users[0]!.email, 'founder@example.org');
        assert.equal(users[0]!.role, 'admin');
        // Starting again with the same or another configuration changes nothing.
        assert.equal(await ensureFirstAdmin(fresh.runtime.contextFor(), { email: 'founder@example.org', password: 'another password' }), null);
        assert.equal(await ensureFirstAdmin(fresh.runtime.contextFor(), { email: 'other@example.org', password: 'another password' }), null);
        assert.equal((await listUsers(fresh.runtime.contextFor())).length, 1);
        const row = await fresh.runtime.database.db.selectFrom('users').select('password_hash').executeTakeFirstOrThrow();
        assert.equal(await verifyPassword(row.password_hash, 'founding password'), true, 'the first password stays');
      } finally {
        await fresh.dispose();
      }
    });

    it('is not made when the database already has people, nor without configuration', async () => {
      assert.equal(await ensureFirstAdmin(system, { email: 'late@example.org', password: 'a late password' }), null);
      assert.equal(await ensureFirstAdmin(system, null), null);
      await assert.rejects(getUserByEmail(system, 'late@example.org'), NotFoundError);
    });

    it('names the variable when the configured password is too short', async () => {
      const empty = await createTestDatabase(dialect, {}, clock.now);
      try {
        await assert.rejects(
          ensureFirstAdmin(empty.runtime.contextFor(SYSTEM_ACTOR), { email: 'a@example.org', password: 'short' }),
          /^ValidationError: DATELINE_ADMIN_PASSWORD: must be at least 12 characters$/,
        );
      } finally {
        await empty.dispose();
      }
    });
  });
});
