/** A person's admin language, on both dialects: set by themselves or an admin, kept canonical, refused when malformed. */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { ForbiddenError, ValidationError } from '../../src/domain/errors.js';
import { userActor, type User } from '../../src/domain/user.js';
import { createUser } from '../../src/services/create-user.js';
import { getUser } from '../../src/services/get-user.js';
import { setUserLocale } from '../../src/services/set-user-locale.js';
import { createTestDatabase, forEachDialect, type TestDatabase } from '../support/for-each-dialect.js';
import { manualClock } from './manual-clock.js';

forEachDialect('setUserLocale', (dialect) => {
  const clock = manualClock('2026-04-01T08:00:00.000Z');
  let tdb: TestDatabase;
  let writer: User;
  let other: User;
  let admin: User;

  before(async () => {
    tdb = await createTestDatabase(dialect, {}, clock.now);
    const system = tdb.runtime.contextFor();
    writer = await createUser(system, { email: 'writer@newsroom.example', name: 'Wanjiru Writer', role: 'contributor', password: 'a long enough password' });
    other = await createUser(system, { email: 'other@newsroom.example', name: 'Omar Other', role: 'editor', password: 'a long enough password' });
    admin = await createUser(system, { email: 'admin@newsroom.example', name: 'Ada Admin', role: 'admin', password: 'a long enough password' });
  });
  after(async () => {
    await tdb?.dispose();
  });

  it('lets a person set their own admin language, stored in its canonical form', async () => {
    const ctx = tdb.runtime.contextFor(userActor(writer));
    clock.advance(5);
    const saved = await setUserLocale(ctx, { userId: writer.id, locale: 'zh-hans' });
    assert.equal(saved.locale, 'zh-Hans');
    assert.deepEqual(saved.updatedAt, clock.now());
    assert.equal((await getUser(tdb.runtime.contextFor(userActor(admin)), writer.id)).locale, 'zh-Hans');
    assert.equal((await setUserLocale(ctx, { userId: writer.id, locale: 'ar' })).locale, 'ar');
    assert.equal((await setUserLocale(ctx, { userId: writer.id, locale: ' ' })).locale, null, 'blank means the site default');
  });

  it("lets an admin set anybody's, and nobody else set another person's", async () => {
    assert.equal((await setUserLocale(tdb.runtime.contextFor(userActor(admin)), { userId: other.id, locale: 'ru' })).locale, 'ru');
    await assert.rejects(setUserLocale(tdb.runtime.contextFor(userActor(writer)), { userId: other.id, locale: 'fr' }), (err: unknown) => {
      assert.ok(err instanceof ForbiddenError);
      assert.equal(err.message, 'only admin may set the admin language of another user; you are contributor');
      return true;
    });
    assert.equal((await getUser(tdb.runtime.contextFor(userActor(admin)), other.id)).locale, 'ru');
  });

  it('refuses what is not a language tag, naming it', async () => {
    await assert.rejects(setUserLocale(tdb.runtime.contextFor(userActor(writer)), { userId: writer.id, locale: 'not a language' }), (err: unknown) => {
      assert.ok(err instanceof ValidationError);
      assert.equal(err.field, 'locale');
      assert.match(err.message, /"not a language" is not a language tag such as fr, ar or zh-Hans/);
      return true;
    });
  });
});
