/** The audit log: every workflow transition is recorded, in its transaction, and only admins read it. */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Actor } from '../../src/domain/actor.js';
import { ForbiddenError } from '../../src/domain/errors.js';
import type { ServiceContext } from '../../src/services/context.js';
import { correctStory } from '../../src/services/correct-story.js';
import { createStory } from '../../src/services/create-story.js';
import { deleteStory } from '../../src/services/delete-story.js';
import { getLatestSendBack } from '../../src/services/get-latest-send-back.js';
import { listAuditEvents } from '../../src/services/list-audit-events.js';
import { publishStory } from '../../src/services/publish-story.js';
import { restoreRevision } from '../../src/services/restore-revision.js';
import { scheduleStory } from '../../src/services/schedule-story.js';
import { sendBackStory } from '../../src/services/send-back-story.js';
import { submitStory } from '../../src/services/submit-story.js';
import { unpublishStory } from '../../src/services/unpublish-story.js';
import { unscheduleStory } from '../../src/services/unschedule-story.js';
import { updateStory } from '../../src/services/update-story.js';
import { createTestDatabase, forEachDialect, type TestDatabase } from '../support/for-each-dialect.js';
import { manualClock } from './manual-clock.js';

const WRITER: Actor = { kind: 'user', id: 'u-writer', label: 'Wanda Writer', role: 'contributor' };
const EDITOR: Actor = { kind: 'user', id: 'u-editor', label: 'Edith Editor', role: 'editor' };
const ADMIN: Actor = { kind: 'user', id: 'u-admin', label: 'Ada Admin', role: 'admin' };

forEachDialect('audit log', (dialect) => {
  const clock = manualClock('2026-03-18T09:00:00.000Z');
  let tdb: TestDatabase;
  let writer: ServiceContext;
  let editor: ServiceContext;
  let admin: ServiceContext;
  before(async () => {
    tdb = await createTestDatabase(dialect, {}, clock.now);
    writer = tdb.runtime.contextFor(WRITER);
    editor = tdb.runtime.contextFor(EDITOR);
    admin = tdb.runtime.contextFor(ADMIN);
  });
  after(async () => {
    await tdb.dispose();
  });

  /** The story's audit events, oldest first, as [action, actor id, details]. */
  async function trail(storyId: string) {
    const { items } = await listAuditEvents(admin, { storyId, page: 1, limit: 100 });
    return items.reverse().map((e) => [e.action, e.actor.id, e.details]);
  }

  it('records every transition with who did it, when, and what matters', async () => {
    clock.set('2026-03-18T09:00:00.000Z');
    // Each step a minute apart, so the log's order (by time) is the order of the steps.
    const step = async <T>(work: () => Promise<T>): Promise<T> => {
      clock.advance(1);
      return work();
    };
    const s = await step(() => createStory(writer, { lang: 'en', headline: 'Every step', body: 'One.' }));
    const v2 = await step(() => updateStory(writer, { id: s.id, revision: 1, fields: { body: 'Two.' } }));
    await step(() => submitStory(writer, { id: s.id, revision: v2.revision }));
    await step(() => sendBackStory(editor, { id: s.id, comment: 'Needs a second source.' }));
    await step(() => scheduleStory(editor, { id: s.id, at: new Date('2026-03-19T08:00:00.000Z') }));
    await step(() => unscheduleStory(editor, { id: s.id }));
    await step(() => publishStory(editor, { id: s.id }));
    await step(() => correctStory(editor, { id: s.id, text: 'A name was misspelt.' }));
    const out = await step(() => unpublishStory(admin, { id: s.id }));
    await step(() => restoreRevision(admin, { id: s.id, from: 1, revision: out.revision }));
    assert.deepEqual(await trail(s.id), [
      ['story.created', WRITER.id, {}],
      ['story.updated', WRITER.id, {}],
      ['story.submitted', WRITER.id, {}],
      ['story.sent_back', EDITOR.id, { comment: 'Needs a second source.' }],
      ['story.scheduled', EDITOR.id, { at: '2026-03-19T08:00:00.000Z' }],
      ['story.unscheduled', EDITOR.id, {}],
      ['story.published', EDITOR.id, {}],
      ['story.corrected', EDITOR.id, { text: 'A name was misspelt.' }],
      ['story.unpublished', ADMIN.id, {}],
      ['story.restored', ADMIN.id, { revision: 1 }],
    ]);
    const [latest] = (await listAuditEvents(admin, { storyId: s.id, page: 1, limit: 1 })).items;
    assert.deepEqual(latest?.at, new Date('2026-03-18T09:10:00.000Z'));
    assert.deepEqual(latest?.actor, { kind: 'user', id: ADMIN.id, label: 'Ada Admin' });
  });

  it('keeps the record of a deleted draft', async () => {
    const s = await createStory(writer, { lang: 'en', headline: 'Short-lived', body: '' });
    clock.advance(1);
    await deleteStory(writer, s.id);
    assert.deepEqual(await trail(s.id), [
      ['story.created', WRITER.id, {}],
      ['story.deleted', WRITER.id, { headline: 'Short-lived' }],
    ]);
  });

  it('records nothing for a refused step', async () => {
    const s = await createStory(writer, { lang: 'en', headline: 'Refused steps', body: '' });
    await assert.rejects(publishStory(writer, { id: s.id }), ForbiddenError);
    await assert.rejects(sendBackStory(editor, { id: s.id, comment: 'Not in review.' }), /only a story in review/);
    await assert.rejects(updateStory(writer, { id: s.id, revision: 9, fields: { body: 'x' } }), /revision/);
    assert.deepEqual(await trail(s.id), [['story.created', WRITER.id, {}]]);
  });

  it('is read by admins only, a page at a time, newest first', async () => {
    await assert.rejects(listAuditEvents(editor, { page: 1, limit: 10 }), (err: unknown) => {
      assert.ok(err instanceof ForbiddenError);
      assert.equal(err.message, 'only admin may read the audit log; you are editor');
      return true;
    });
    await assert.rejects(listAuditEvents(writer, { page: 1, limit: 10 }), /you are contributor/);
    const all = await listAuditEvents(admin, { page: 1, limit: 1000 });
    const page2 = await listAuditEvents(admin, { page: 2, limit: 3 });
    assert.equal(page2.total, all.total);
    assert.deepEqual(page2.items.map((e) => e.id), all.items.slice(3, 6).map((e) => e.id));
    const times = all.items.map((e) => e.at.getTime());
    assert.deepEqual(times, [...times].sort((a, b) => b - a));
  });

  it('keeps the send-back comment for the writers, open until the story is submitted again', async () => {
    clock.set('2026-03-18T12:00:00.000Z');
    const s = await createStory(writer, { lang: 'en', headline: 'Sent back', body: '' });
    assert.equal(await getLatestSendBack(writer, s.id), null);
    await submitStory(writer, { id: s.id });
    clock.advance(1);
    await sendBackStory(editor, { id: s.id, comment: 'Check the quote.' });
    assert.deepEqual(await getLatestSendBack(writer, s.id), {
      comment: 'Check the quote.',
      at: new Date('2026-03-18T12:01:00.000Z'),
      by: 'Edith Editor',
      open: true,
    });
    clock.advance(1);
    await submitStory(writer, { id: s.id });
    assert.equal((await getLatestSendBack(writer, s.id))?.open, false);
    await assert.rejects(getLatestSendBack(writer, 'missing'), /no story with id missing/);
  });
});
