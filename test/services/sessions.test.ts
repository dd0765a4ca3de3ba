/**
 * Signing in and sessions through the services, on both dialects, with a clock the test moves:
 * idle and absolute expiry, sign-out, revocation, the rate limit per account and per address.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Actor } from '../../src/domain/actor.js';
import { ForbiddenError, NotFoundError, RateLimitedError, UnauthenticatedError } from '../../src/domain/errors.js';
import { userActor, type User } from '../../src/domain/user.js';
import { authenticateSession } from '../../src/services/authenticate-session.js';
import type { ServiceContext } from '../../src/services/context.js';
import { createUser } from '../../src/services/create-user.js';
import { listSessions } from '../../src/services/list-sessions.js';
import { resetPassword } from '../../src/services/reset-password.js';
import { revokeSession } from '../../src/services/revoke-session.js';
import { signIn, WRONG_CREDENTIALS } from '../../src/services/sign-in.js';
import { signOut } from '../../src/services/sign-out.js';
import { updateUser } from '../../src/services/update-user.js';
import { createAuditRepository } from '../../src/store/audit-repository.js';
import { createTestDatabase, forEachDialect, type TestDatabase } from '../support/for-each-dialect.js';
import { manualClock } from './manual-clock.js';

const POLICY = { idleMinutes: 30, maxDays: 1 };
const PASSWORD = 'a newsroom password';

forEachDialect('sessions', (dialect) => {
  const clock = manualClock('2026-03-18T09:00:00.000Z');
  let tdb: TestDatabase;
  let system: ServiceContext;
  let as: (actor: Actor) => ServiceContext;
  let writer: User;
  let editor: User;

  /** Signs the user in from `address` with the right password. */
  const signInAs = (user: User, address = '192.0.2.1') =>
    signIn(system, { email: user.email, password: PASSWORD, address, userAgent: 'TestBrowser/1.0' }, POLICY);

  /** Asserts a wrong-credentials refusal. */
  const refused = (err: unknown) => err instanceof UnauthenticatedError && err.message === WRONG_CREDENTIALS;

  before(async () => {
    tdb = await createTestDatabase(dialect, {}, clock.now);
    system = tdb.runtime.contextFor();
    as = (actor) => tdb.runtime.contextFor(actor);
    writer = await createUser(system, { email: 'amara@example.org', name: 'Amara Okafor', role: 'contributor', password: PASSWORD });
    editor = await createUser(system, { email: 'lucas@example.org', name: 'Lucas Moreau', role: 'editor', password: PASSWORD });
  });
  after(() => tdb.dispose());

  describe('signing in', () => {
    it('opens a session whose token is stored only as a hash', async () => {
      clock.set('2026-03-18T09:00:00.000Z');
      const result = await signIn(system, { email: ' AMARA@example.org ', password: PASSWORD, address: '192.0.2.1' }, POLICY);
      assert.match(result.token, /^[A-Za-z0-9_-]{43}$/);
      assert.equal(result.user.id, writer.id);
      assert.ok(!('passwordHash' in result.user));
      assert.deepEqual(result.session.endsAt, new Date('2026-03-18T09:30:00.000Z'));
      const rows = await tdb.runtime.database.db.selectFrom('sessions').selectAll().execute();
      assert.equal(rows.length, 1);
      assert.match(rows[0]!.token_hash, /^[0-9a-f]{64}$/);
      assert.ok(!JSON.stringify(rows).includes(result.token));
      const signedIn = await authenticateSession(system, result.token, POLICY);
      assert.deepEqual(signedIn?.actor, { kind: 'user', id: writer.id, label: 'Amara Okafor', role: 'contributor' });
    });

    it('refuses a wrong password, an unknown email and a disabled account with the same words', async () => {
      await assert.rejects(signIn(system, { email: writer.email, password: 'not the password', address: '192.0.2.2' }, POLICY), refused);
      await assert.rejects(signIn(system, { email: 'nobody@example.org', password: PASSWORD, address: '192.0.2.2' }, POLICY), refused);
      await assert.rejects(signIn(system, { email: '', password: PASSWORD, address: '192.0.2.2' }, POLICY), refused);
      await updateUser(system, { id: editor.id, disabled: true });
      await assert.rejects(signInAs(editor, '192.0.2.2'), refused, 'the right password of a disabled account');
      await updateUser(system, { id: editor.id, disabled: false });
      assert.ok(await signInAs(editor, '192.0.2.2'));
    });

    it('records sign-ins in the audit log as the person', async () => {
      const { items } = await createAuditRepository(tdb.runtime.database.db).list({ action: 'user.signed_in', subjectUserId: writer.id }, { limit: 5, offset: 0 });
      assert.ok(items.length >= 1);
      assert.deepEqual(items[0]!.actor, { kind: 'user', id: writer.id, label: 'Amara Okafor' });
    });
  });

  describe('expiry', () => {
    it('ends a session unused for the idle limit, and keeps a used one alive', async () => {
      clock.set('2026-03-18T10:00:00.000Z');
      const { token } = await signInAs(writer);
      clock.advance(29);
      assert.ok(await authenticateSession(system, token, POLICY), 'used after 29 minutes');
      clock.advance(29);
      assert.ok(await authenticateSession(system, token, POLICY), 'the use at 29 minutes moved the idle limit');
      clock.advance(30);
      assert.equal(await authenticateSession(system, token, POLICY), null, '30 minutes without use');
    });

    it('writes the last use back at most once a minute', async () => {
      clock.set('2026-03-18T11:00:00.000Z');
      const { token, session } = await signInAs(writer);
      const lastSeen = async () =>
        new Date((await tdb.runtime.database.db.selectFrom('sessions').select('last_seen_at').where('id', '=', session.id).executeTakeFirstOrThrow()).last_seen_at);
      clock.advance(0.5);
      await authenticateSession(system, token, POLICY);
      assert.deepEqual(await lastSeen(), new Date('2026-03-18T11:00:00.000Z'), 'not written after 30 seconds');
      clock.advance(0.5);
      await authenticateSession(system, token, POLICY);
      assert.deepEqual(await lastSeen(), new Date('2026-03-18T11:01:00.000Z'));
    });

    it('ends a session at its absolute expiry however active it was', async () => {
      clock.set('2026-03-18T12:00:00.000Z');
      const { token } = await signInAs(writer);
      for (let minutes = 0; minutes < 24 * 60 - 20; minutes += 20) {
        clock.advance(20);
        assert.ok(await authenticateSession(system, token, POLICY), `active at +${minutes + 20} minutes`);
      }
      clock.set('2026-03-19T12:00:00.000Z');
      assert.equal(await authenticateSession(system, token, POLICY), null, 'a day after sign-in');
    });

    it('treats a made-up, malformed or empty token as signed out', async () => {
      for (const token of [undefined, '', 'x', 'A'.repeat(43), `${'A'.repeat(42)}!`]) {
        assert.equal(await authenticateSession(system, token, POLICY), null, String(token));
      }
    });
  });

  describe('ending sessions', () => {
    it('signing out ends only that session, once', async () => {
      clock.set('2026-03-18T13:00:00.000Z');
      const first = await signInAs(writer, '198.51.100.1');
      const second = await signInAs(writer, '198.51.100.2');
      assert.equal(await signOut(system, first.token), true);
      assert.equal(await authenticateSession(system, first.token, POLICY), null);
      assert.ok(await authenticateSession(system, second.token, POLICY), 'the other browser stays signed in');
      assert.equal(await signOut(system, first.token), false, 'signing out twice is no error');
      assert.equal(await signOut(system, undefined), false);
      const { items } = await createAuditRepository(tdb.runtime.database.db).list({ action: 'user.signed_out', subjectUserId: writer.id }, { limit: 5, offset: 0 });
      assert.equal(items.length, 1);
      assert.equal(items[0]!.details.sessionId, first.session.id);
      assert.equal(items[0]!.actor.label, 'Amara Okafor');
    });

    it('lists where a person is signed in, most recent first, without tokens', async () => {
      clock.set('2026-03-18T14:00:00.000Z');
      const a = await signInAs(editor, '203.0.113.1');
      clock.advance(5);
      const b = await signInAs(editor, '203.0.113.2');
      const sessions = await listSessions(as(userActor(editor)), { userId: editor.id }, POLICY);
      assert.deepEqual(sessions.slice(0, 2).map((s) => s.id), [b.session.id, a.session.id]);
      assert.equal(sessions[0]!.address, '203.0.113.2');
      assert.equal(sessions[0]!.userAgent, 'TestBrowser/1.0');
      assert.ok(!JSON.stringify(sessions).includes(a.token) && !JSON.stringify(sessions).includes('tokenHash'));
      await assert.rejects(listSessions(as(userActor(writer)), { userId: editor.id }, POLICY), /only admin may see the sessions of another user; you are contributor/);
    });

    it('revoking a session signs that browser out; people revoke their own, admins anyone’s', async () => {
      clock.set('2026-03-18T15:00:00.000Z');
      const s = await signInAs(editor, '203.0.113.3');
      await assert.rejects(revokeSession(as(userActor(writer)), { sessionId: s.session.id }), ForbiddenError);
      assert.equal(await revokeSession(as(userActor(editor)), { sessionId: s.session.id }), true);
      assert.equal(await authenticateSession(system, s.token, POLICY), null);
      assert.equal(await revokeSession(as(userActor(editor)), { sessionId: s.session.id }), false, 'already ended');
      assert.ok(!(await listSessions(system, { userId: editor.id }, POLICY)).some((x) => x.id === s.session.id));
      const other = await signInAs(editor, '203.0.113.4');
      assert.equal(await revokeSession(system, { sessionId: other.session.id }), true, 'an admin may');
      await assert.rejects(revokeSession(system, { sessionId: 'ffffffffffffffffffffffff' }), NotFoundError);
      const { items } = await createAuditRepository(tdb.runtime.database.db).list({ action: 'user.session_revoked' }, { limit: 5, offset: 0 });
      assert.equal(items.length, 2);
    });

    it('a password reset and disabling the account end every session', async () => {
      clock.set('2026-03-18T16:00:00.000Z');
      const one = await signInAs(writer, '203.0.113.5');
      const two = await signInAs(writer, '203.0.113.6');
      const { sessionsEnded } = await resetPassword(system, { id: writer.id, password: PASSWORD });
      assert.ok(sessionsEnded >= 2);
      assert.equal(await authenticateSession(system, one.token, POLICY), null);
      assert.equal(await authenticateSession(system, two.token, POLICY), null);

      const three = await signInAs(writer, '203.0.113.7');
      await updateUser(system, { id: writer.id, disabled: true });
      assert.equal(await authenticateSession(system, three.token, POLICY), null);
      await updateUser(system, { id: writer.id, disabled: false });
      assert.equal(await authenticateSession(system, three.token, POLICY), null, 'enabling again does not revive old sessions');
    });
  });

  describe('rate limit', () => {
    const attempt = (email: string, password: string, address: string) => signIn(system, { email, password, address }, POLICY);

    it('after 10 failures for an account in 15 minutes, refuses even the right password until the oldest leaves', async () => {
      clock.set('2026-03-18T17:00:00.000Z');
      for (let i = 0; i < 10; i++) {
        // Each from another address: the account's limit is what is tested.
        await assert.rejects(attempt(writer.email, `wrong guess ${i}`, `10.0.0.${i}`), refused);
        clock.advance(1);
      }
      // 17:10: the failures at 17:00 … 17:09 all count; the first leaves the window at 17:15.
      await assert.rejects(attempt(writer.email, PASSWORD, '10.0.1.1'), (err: unknown) => {
        assert.ok(err instanceof RateLimitedError);
        assert.equal(err.retryAfterSeconds, 300);
        assert.equal(err.message, 'too many failed sign-ins for this account; try again in 5 minutes');
        return true;
      });
      clock.advance(4);
      await assert.rejects(attempt(writer.email, PASSWORD, '10.0.1.1'), { retryAfterSeconds: 60 });
      await assert.rejects(attempt('AMARA@example.org', PASSWORD, '10.0.1.1'), RateLimitedError, 'the same account in capitals');
      // Another account is not affected.
      assert.ok(await attempt(editor.email, PASSWORD, '10.0.1.1'));
      clock.advance(1);
      const ok = await attempt(writer.email, PASSWORD, '10.0.1.1');
      assert.equal(ok.user.id, writer.id, 'at 17:15 one more attempt is let in, and the right password works');
      const left = await tdb.runtime.database.db.selectFrom('sign_in_failures').selectAll().where('account', '=', writer.email).execute();
      assert.equal(left.length, 0, 'a successful sign-in forgets the account’s failures');
    });

    it('refused attempts are not counted, so the wait never grows', async () => {
      clock.set('2026-03-18T18:00:00.000Z');
      for (let i = 0; i < 10; i++) await assert.rejects(attempt('target@example.org', 'guess', `10.0.2.${i}`), refused);
      for (let i = 0; i < 5; i++) {
        clock.advance(1);
        await assert.rejects(attempt('target@example.org', 'guess', '10.0.2.99'), RateLimitedError);
      }
      clock.set('2026-03-18T18:15:00.000Z');
      await assert.rejects(attempt('target@example.org', 'guess', '10.0.2.99'), refused, 'open again at 18:15');
    });

    it('after 30 failures from one address in 15 minutes, refuses that address for any account', async () => {
      clock.set('2026-03-18T19:00:00.000Z');
      const address = '172.16.5.5';
      for (let i = 0; i < 30; i++) {
        await assert.rejects(attempt(`guess${i % 6}@example.org`, 'guess', address), refused);
        if (i % 3 === 2) clock.advance(1);
      }
      // 19:10; the first failures (19:00) leave the window at 19:15.
      await assert.rejects(attempt(editor.email, PASSWORD, address), (err: unknown) => {
        assert.ok(err instanceof RateLimitedError);
        assert.equal(err.retryAfterSeconds, 300);
        assert.match(err.message, /too many failed sign-ins from this address; try again in 5 minutes/);
        return true;
      });
      assert.ok(await attempt(editor.email, PASSWORD, '172.16.5.6'), 'another address signs in');
      clock.set('2026-03-18T19:15:00.000Z');
      assert.ok(await attempt(editor.email, PASSWORD, address), 'three failures left the window');
    });
  });
});
