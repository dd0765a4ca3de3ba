import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { DuplicateError, NotFoundError, RevisionConflictError, ValidationError } from '../../src/domain/errors.js';
import type { ServiceContext } from '../../src/services/context.js';
import { createStory } from '../../src/services/create-story.js';
import { getStory } from '../../src/services/get-story.js';
import { listRevisions } from '../../src/services/list-revisions.js';
import { updateStory } from '../../src/services/update-story.js';
import { createTestDatabase, forEachDialect, type TestDatabase } from '../support/for-each-dialect.js';
import { manualClock } from './manual-clock.js';

forEachDialect('updateStory', (dialect) => {
  const clock = manualClock('2026-03-18T09:00:00.000Z');
  let tdb: TestDatabase;
  let ctx: ServiceContext;
  before(async () => {
    tdb = await createTestDatabase(dialect, {}, clock.now);
    ctx = tdb.runtime.contextFor({ kind: 'user', id: 'u1', label: 'Wanjiru Writer', role: 'contributor' });
  });
  after(async () => {
    await tdb.dispose();
  });

  it('saves from the current revision as revision + 1, keeping what was not changed', async () => {
    clock.set('2026-03-18T09:00:00.000Z');
    const draft = await createStory(ctx, { lang: 'en', headline: 'Rains return', body: 'First draft.', standfirst: 'S.' });
    clock.advance(15);
    const saved = await updateStory(ctx, { id: draft.id, revision: 1, fields: { body: 'Second draft.' }, note: 'Tightened' });
    assert.equal(saved.revision, 2);
    assert.equal(saved.body, 'Second draft.');
    assert.equal(saved.headline, 'Rains return');
    assert.equal(saved.standfirst, 'S.');
    assert.equal(saved.slug, draft.slug, 'the slug does not follow the headline by itself');
    assert.deepEqual(saved.createdAt, draft.createdAt);
    assert.deepEqual(saved.updatedAt, new Date('2026-03-18T09:15:00.000Z'));
    assert.deepEqual(await getStory(ctx, draft.id), saved);
    const [latest] = await listRevisions(ctx, draft.id);
    assert.equal(latest?.revision, 2);
    assert.equal(latest?.note, 'Tightened');
    assert.equal(latest?.snapshot.body, 'Second draft.');
  });

  it('refuses a save based on a stale revision, naming both, and changes nothing', async () => {
    const draft = await createStory(ctx, { lang: 'en', headline: 'Two editors', body: 'Original.' });
    await updateStory(ctx, { id: draft.id, revision: 1, fields: { body: 'Edit by the first.' } });
    await assert.rejects(updateStory(ctx, { id: draft.id, revision: 1, fields: { body: 'Edit by the second.' } }), (err: unknown) => {
      assert.ok(err instanceof RevisionConflictError);
      assert.equal(err.code, 'revision_conflict');
      assert.equal(err.currentRevision, 2);
      assert.equal(err.givenRevision, 1);
      assert.match(err.message, /revision 2/);
      assert.match(err.message, /revision 1/);
      return true;
    });
    const stored = await getStory(ctx, draft.id);
    assert.equal(stored.body, 'Edit by the first.');
    assert.equal(stored.revision, 2);
    assert.equal((await listRevisions(ctx, draft.id)).length, 2, 'no revision row for the refused save');
  });

  it('lets exactly one of two simultaneous saves from the same revision win', async () => {
    const draft = await createStory(ctx, { lang: 'en', headline: 'A race', body: 'Original.' });
    const results = await Promise.allSettled([
      updateStory(ctx, { id: draft.id, revision: 1, fields: { body: 'A' } }),
      updateStory(ctx, { id: draft.id, revision: 1, fields: { body: 'B' } }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    assert.equal(won.length, 1);
    assert.equal(lost.length, 1);
    assert.ok(lost[0]!.reason instanceof RevisionConflictError, String(lost[0]!.reason));
    const stored = await getStory(ctx, draft.id);
    assert.equal(stored.revision, 2);
    assert.equal(stored.body, (won[0] as PromiseFulfilledResult<{ body: string }>).value.body);
  });

  it('refuses to change the language', async () => {
    const draft = await createStory(ctx, { lang: 'en', headline: 'Stays English', body: '' });
    await assert.rejects(updateStory(ctx, { id: draft.id, revision: 1, fields: { lang: 'fr' } }), (err: unknown) => {
      assert.ok(err instanceof ValidationError);
      assert.equal(err.field, 'lang');
      assert.match(err.message, /translation/);
      return true;
    });
    assert.equal((await getStory(ctx, draft.id)).lang, 'en');
  });

  it('changes the slug to a free one and refuses one taken in the language', async () => {
    const a = await createStory(ctx, { lang: 'en', headline: 'Slug owner', body: '' });
    const b = await createStory(ctx, { lang: 'en', headline: 'Slug seeker', body: '' });
    await assert.rejects(updateStory(ctx, { id: b.id, revision: 1, fields: { slug: a.slug } }), DuplicateError);
    const moved = await updateStory(ctx, { id: b.id, revision: 1, fields: { slug: 'a-better-slug' } });
    assert.equal(moved.slug, 'a-better-slug');
    const same = await updateStory(ctx, { id: b.id, revision: 2, fields: { slug: 'a-better-slug', body: 'x' } });
    assert.equal(same.slug, 'a-better-slug', 'saving its own slug again is not a conflict');
  });

  it('validates fields and clears the dateline with null', async () => {
    const draft = await createStory(ctx, { lang: 'en', headline: 'Fields', body: '', datelinePlace: 'NAIROBI' });
    await assert.rejects(updateStory(ctx, { id: draft.id, revision: 1, fields: { headline: '' } }), { field: 'headline' });
    const cleared = await updateStory(ctx, { id: draft.id, revision: 1, fields: { datelinePlace: null, type: 'feature' } });
    assert.equal(cleared.datelinePlace, null);
    assert.equal(cleared.type, 'feature');
  });

  it('says when the story does not exist', async () => {
    await assert.rejects(updateStory(ctx, { id: 'no-such-story', revision: 1, fields: { body: 'x' } }), NotFoundError);
  });
});
