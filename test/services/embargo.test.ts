/**
 * Embargo: a story with embargoUntil cannot go public before it, by hand or by schedule; only
 * editors and admins set or change it; and an embargo cannot be slipped under a story that is
 * already public or scheduled earlier.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Actor } from '../../src/domain/actor.js';
import { ForbiddenError, TransitionError } from '../../src/domain/errors.js';
import type { ServiceContext } from '../../src/services/context.js';
import { createStory } from '../../src/services/create-story.js';
import { getPublishedStory } from '../../src/services/get-published-story.js';
import { getStory } from '../../src/services/get-story.js';
import { publishStory } from '../../src/services/publish-story.js';
import { scheduleStory } from '../../src/services/schedule-story.js';
import { updateStory } from '../../src/services/update-story.js';
import { createTestDatabase, forEachDialect, type TestDatabase } from '../support/for-each-dialect.js';
import { manualClock } from './manual-clock.js';

const WRITER: Actor = { kind: 'user', id: 'u-writer', label: 'Wanda Writer', role: 'contributor' };
const EDITOR: Actor = { kind: 'user', id: 'u-editor', label: 'Edith Editor', role: 'editor' };

const EMBARGO = new Date('2026-03-20T10:00:00.000Z');

forEachDialect('embargo', (dialect) => {
  const clock = manualClock('2026-03-18T09:00:00.000Z');
  let tdb: TestDatabase;
  let editor: ServiceContext;
  let writer: ServiceContext;
  before(async () => {
    tdb = await createTestDatabase(dialect, {}, clock.now);
    editor = tdb.runtime.contextFor(EDITOR);
    writer = tdb.runtime.contextFor(WRITER);
  });
  after(async () => {
    await tdb.dispose();
  });

  it('refuses publishing before the embargo with a 422 naming its time, and allows it from then on', async () => {
    clock.set('2026-03-18T09:00:00.000Z');
    const story = await createStory(editor, { lang: 'en', headline: 'Report on river pollution', body: 'Text.', embargoUntil: EMBARGO });
    assert.deepEqual(story.embargoUntil, EMBARGO);
    clock.set('2026-03-20T09:59:59.999Z');
    await assert.rejects(publishStory(editor, { id: story.id }), (err: unknown) => {
      assert.ok(err instanceof TransitionError);
      assert.match(err.message, /before its embargo ends at 2026-03-20T10:00:00\.000Z/);
      assert.deepEqual(err.details, { embargoUntil: '2026-03-20T10:00:00.000Z' });
      return true;
    });
    assert.equal((await getStory(editor, story.id)).status, 'draft', 'nothing changed');
    await assert.rejects(getPublishedStory(editor, { lang: 'en', year: '2026', month: '03', slug: story.slug }), /no published/);
    clock.set('2026-03-20T10:00:00.000Z');
    const published = await publishStory(editor, { id: story.id });
    assert.equal(published.status, 'published');
    const seen = await getPublishedStory(editor, { lang: 'en', year: '2026', month: '03', slug: story.slug });
    assert.equal(seen.story.id, story.id, 'readers see it once the embargo is over');
  });

  it('refuses scheduling before the embargo, and accepts the embargo time itself', async () => {
    clock.set('2026-03-18T09:00:00.000Z');
    const story = await createStory(editor, { lang: 'en', headline: 'Budget figures', body: 'Text.', embargoUntil: EMBARGO });
    await assert.rejects(scheduleStory(editor, { id: story.id, at: new Date('2026-03-20T09:00:00.000Z') }), (err: unknown) => {
      assert.ok(err instanceof TransitionError);
      assert.match(err.message, /cannot schedule the story for 2026-03-20T09:00:00\.000Z: it is under embargo until 2026-03-20T10:00:00\.000Z/);
      return true;
    });
    const scheduled = await scheduleStory(editor, { id: story.id, at: EMBARGO });
    assert.deepEqual(scheduled.scheduledAt, EMBARGO);
  });

  it('is for editors and admins to set, change or lift', async () => {
    clock.set('2026-03-18T09:00:00.000Z');
    await assert.rejects(createStory(writer, { lang: 'en', headline: 'Mine', body: '', embargoUntil: EMBARGO }), (err: unknown) => {
      assert.ok(err instanceof ForbiddenError);
      assert.equal(err.message, 'only editor or admin may set or change an embargo; you are contributor');
      return true;
    });
    const mine = await createStory(writer, { lang: 'en', headline: 'Mine', body: '', embargoUntil: null });
    await assert.rejects(updateStory(writer, { id: mine.id, revision: mine.revision, fields: { embargoUntil: EMBARGO } }), ForbiddenError);
    const saved = await updateStory(writer, { id: mine.id, revision: mine.revision, fields: { body: 'More.', embargoUntil: null } });
    assert.equal(saved.embargoUntil, null, 'sending the unchanged value is not a change');
    const embargoed = await updateStory(editor, { id: mine.id, revision: saved.revision, fields: { embargoUntil: EMBARGO } });
    assert.deepEqual(embargoed.embargoUntil, EMBARGO);
    await assert.rejects(
      updateStory(writer, { id: mine.id, revision: embargoed.revision, fields: { embargoUntil: null } }),
      /only editor or admin may set or change an embargo/,
    );
    const lifted = await updateStory(editor, { id: mine.id, revision: embargoed.revision, fields: { embargoUntil: null } });
    assert.equal(lifted.embargoUntil, null);
    assert.equal((await publishStory(editor, { id: mine.id })).status, 'published', 'a lifted embargo lets it go');
  });

  it('cannot hide a published story or fall after a scheduled time', async () => {
    clock.set('2026-03-18T09:00:00.000Z');
    const out = await publishStory(editor, { id: (await createStory(editor, { lang: 'en', headline: 'Out already', body: '' })).id });
    await assert.rejects(updateStory(editor, { id: out.id, revision: out.revision, fields: { embargoUntil: EMBARGO } }), /already public/);
    const past = await updateStory(editor, { id: out.id, revision: out.revision, fields: { embargoUntil: new Date('2026-03-17T00:00:00Z') } });
    assert.deepEqual(past.embargoUntil, new Date('2026-03-17T00:00:00Z'), 'an embargo already over hides nothing');

    const draft = await createStory(editor, { lang: 'en', headline: 'Scheduled early', body: '' });
    const scheduled = await scheduleStory(editor, { id: draft.id, at: new Date('2026-03-19T08:00:00.000Z') });
    await assert.rejects(
      updateStory(editor, { id: draft.id, revision: scheduled.revision, fields: { embargoUntil: EMBARGO } }),
      (err: unknown) => {
        assert.ok(err instanceof TransitionError);
        assert.match(err.message, /scheduled for 2026-03-19T08:00:00\.000Z, before an embargo until 2026-03-20T10:00:00\.000Z/);
        return true;
      },
    );
  });
});
