/**
 * The editorial workflow through the services: every step, by every role, from every status,
 * on the actor's own story and on someone else's. The expected table is written out here from
 * the issue, independently of domain/story-status.ts, so a wrong rule there fails here.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Actor } from '../../src/domain/actor.js';
import { ForbiddenError, TransitionError, ValidationError } from '../../src/domain/errors.js';
import type { Story, StoryStatus } from '../../src/domain/story.js';
import type { ServiceContext } from '../../src/services/context.js';
import { correctStory } from '../../src/services/correct-story.js';
import { createStory } from '../../src/services/create-story.js';
import { deleteStory } from '../../src/services/delete-story.js';
import { getStory } from '../../src/services/get-story.js';
import { listRevisions } from '../../src/services/list-revisions.js';
import { publishStory } from '../../src/services/publish-story.js';
import { scheduleStory } from '../../src/services/schedule-story.js';
import { sendBackStory } from '../../src/services/send-back-story.js';
import { submitStory } from '../../src/services/submit-story.js';
import { unpublishStory } from '../../src/services/unpublish-story.js';
import { unscheduleStory } from '../../src/services/unschedule-story.js';
import { updateStory } from '../../src/services/update-story.js';
import { createTestDatabase, forEachDialect, type TestDatabase } from '../support/for-each-dialect.js';
import { manualClock } from './manual-clock.js';

const WRITER: Actor = { kind: 'user', id: 'u-writer', label: 'Wanda Writer', role: 'contributor' };
const OTHER_WRITER: Actor = { kind: 'user', id: 'u-other', label: 'Otto Other', role: 'contributor' };
const EDITOR: Actor = { kind: 'user', id: 'u-editor', label: 'Edith Editor', role: 'editor' };
const ADMIN: Actor = { kind: 'user', id: 'u-admin', label: 'Ada Admin', role: 'admin' };

type Step = 'edit' | 'submit' | 'send_back' | 'schedule' | 'unschedule' | 'publish' | 'unpublish' | 'correct' | 'delete';
const STEPS: Step[] = ['edit', 'submit', 'send_back', 'schedule', 'unschedule', 'publish', 'unpublish', 'correct', 'delete'];
const STATUSES: StoryStatus[] = ['draft', 'in_review', 'scheduled', 'published', 'unpublished'];

/** From which statuses each step goes, and where it leaves the story (undefined: deleted). */
const TABLE: Record<Step, { from: StoryStatus[]; to: (from: StoryStatus) => StoryStatus | undefined; writerOwn: StoryStatus[] }> = {
  edit: { from: STATUSES, to: (s) => s, writerOwn: ['draft'] },
  submit: { from: ['draft'], to: () => 'in_review', writerOwn: ['draft'] },
  send_back: { from: ['in_review'], to: () => 'draft', writerOwn: [] },
  schedule: { from: ['draft', 'in_review', 'scheduled', 'unpublished'], to: () => 'scheduled', writerOwn: [] },
  unschedule: { from: ['scheduled'], to: () => 'draft', writerOwn: [] },
  publish: { from: ['draft', 'in_review', 'scheduled', 'unpublished'], to: () => 'published', writerOwn: [] },
  unpublish: { from: ['published', 'scheduled'], to: () => 'unpublished', writerOwn: [] },
  correct: { from: ['published'], to: () => 'published', writerOwn: [] },
  delete: { from: ['draft'], to: () => undefined, writerOwn: ['draft'] },
};

/** How a step is spelled in a 403 message ("only editor or admin may …"). */
const WORDS: Record<Step, string> = {
  edit: 'edit a story',
  submit: 'submit a story for review',
  send_back: 'send a story back',
  schedule: 'schedule a story',
  unschedule: 'unschedule a story',
  publish: 'publish a story',
  unpublish: 'unpublish a story',
  correct: 'correct a story',
  delete: 'delete a story',
};

forEachDialect('workflow rules', (dialect) => {
  const clock = manualClock('2026-03-18T09:00:00.000Z');
  let tdb: TestDatabase;
  const as = (actor: Actor): ServiceContext => tdb.runtime.contextFor(actor);
  before(async () => {
    tdb = await createTestDatabase(dialect, {}, clock.now);
  });
  after(async () => {
    await tdb.dispose();
  });

  /** A story written by WRITER, brought to `status` by the admin. */
  async function storyIn(status: StoryStatus, headline: string): Promise<Story> {
    const draft = await createStory(as(WRITER), { lang: 'en', headline, body: 'The first text.' });
    const admin = as(ADMIN);
    switch (status) {
      case 'draft':
        return draft;
      case 'in_review':
        return submitStory(as(WRITER), { id: draft.id });
      case 'scheduled':
        return scheduleStory(admin, { id: draft.id, at: new Date(clock.now().getTime() + 3_600_000) });
      case 'published':
        return publishStory(admin, { id: draft.id });
      case 'unpublished':
        return unpublishStory(admin, { id: (await publishStory(admin, { id: draft.id })).id });
    }
  }

  /** Takes `step` on `story` as `actor`, with the revision it has. */
  function take(step: Step, actor: Actor, story: Story): Promise<unknown> {
    const ctx = as(actor);
    const input = { id: story.id, revision: story.revision };
    switch (step) {
      case 'edit':
        return updateStory(ctx, { ...input, fields: { body: 'A changed text.' } });
      case 'submit':
        return submitStory(ctx, input);
      case 'send_back':
        return sendBackStory(ctx, { ...input, comment: 'The second paragraph needs a source.' });
      case 'schedule':
        return scheduleStory(ctx, { ...input, at: new Date(clock.now().getTime() + 7_200_000) });
      case 'unschedule':
        return unscheduleStory(ctx, input);
      case 'publish':
        return publishStory(ctx, input);
      case 'unpublish':
        return unpublishStory(ctx, input);
      case 'correct':
        return correctStory(ctx, { ...input, text: 'An earlier version misspelt a name.' });
      case 'delete':
        return deleteStory(ctx, story.id);
    }
  }

  for (const step of STEPS) {
    describe(step.replace('_', ' '), () => {
      for (const status of STATUSES) {
        it(`from ${status.replace('_', ' ')}: editors and admins ${TABLE[step].from.includes(status) ? 'may' : 'may not'}, contributors as the table says`, async () => {
          const rule = TABLE[step];
          for (const actor of [EDITOR, ADMIN, WRITER, OTHER_WRITER]) {
            const story = await storyIn(status, `${step} ${status} by ${actor.id}`);
            const allowed =
              actor.role === 'contributor' ? actor === WRITER && rule.writerOwn.includes(status) : rule.from.includes(status);
            const what = `${actor.label} (${actor.role}) ${step} ${status}`;
            if (allowed) {
              await take(step, actor, story);
              const next = rule.to(status);
              if (next === undefined) {
                await assert.rejects(getStory(as(ADMIN), story.id), /no story/, what);
              } else {
                const after = await getStory(as(ADMIN), story.id);
                assert.equal(after.status, next, what);
                assert.equal(after.revision, story.revision + 1, `${what}: one new revision`);
              }
              continue;
            }
            // A contributor is told about the role whenever an editor could have taken the step;
            // when nobody could (submitting a story already in review), about the status.
            const forbidden =
              actor.role === 'contributor' && (actor !== WRITER || rule.writerOwn.length === 0 || rule.from.includes(status));
            await assert.rejects(take(step, actor, story), (err: unknown) => {
              if (forbidden) {
                assert.ok(err instanceof ForbiddenError, `${what}: expected 403, got ${String(err)}`);
                assert.match(err.message, new RegExp(`^only editor or admin may ${WORDS[step]}`), what);
                assert.match(err.message, /; you are contributor$/, what);
              } else {
                assert.ok(err instanceof TransitionError, `${what}: expected 422, got ${String(err)}`);
                assert.match(err.message, new RegExp(`^cannot ${step.replace('_', ' ')} a story that is ${status.replace('_', ' ')}: `), what);
              }
              return true;
            });
            const unchanged = await getStory(as(ADMIN), story.id);
            assert.equal(unchanged.revision, story.revision, `${what}: a refused step changes nothing`);
            assert.equal(unchanged.status, status, what);
          }
        });
      }
    });
  }

  describe('messages', () => {
    it('name the allowed roles and the caller’s role', async () => {
      const draft = await storyIn('draft', 'Messages');
      await assert.rejects(publishStory(as(WRITER), { id: draft.id }), {
        name: 'ForbiddenError',
        message: 'only editor or admin may publish a story; you are contributor',
      });
      await assert.rejects(updateStory(as(OTHER_WRITER), { id: draft.id, revision: draft.revision, fields: { body: 'x' } }), {
        name: 'ForbiddenError',
        message: 'only editor or admin may edit a story created by someone else; you are contributor',
      });
      const inReview = await submitStory(as(WRITER), { id: draft.id });
      await assert.rejects(updateStory(as(WRITER), { id: draft.id, revision: inReview.revision, fields: { body: 'x' } }), {
        name: 'ForbiddenError',
        message: 'only editor or admin may edit a story that is in review; you are contributor',
      });
    });

    it('say why a status refuses a step', async () => {
      const published = await storyIn('published', 'Already out');
      await assert.rejects(publishStory(as(EDITOR), { id: published.id }), {
        name: 'TransitionError',
        message: 'cannot publish a story that is published: it is already published',
      });
      await assert.rejects(deleteStory(as(EDITOR), published.id), /only drafts can be deleted; unpublish a story/);
    });
  });

  describe('the review loop', () => {
    it('a contributor writes and submits, an editor sends back with a comment, then schedules', async () => {
      clock.set('2026-03-18T09:00:00.000Z');
      const draft = await createStory(as(WRITER), { lang: 'en', headline: 'Harbour reopens', body: 'Ships are back.' });
      assert.equal(draft.createdBy, WRITER.id);
      const submitted = await submitStory(as(WRITER), { id: draft.id, revision: draft.revision });
      assert.equal(submitted.status, 'in_review');
      await assert.rejects(sendBackStory(as(EDITOR), { id: draft.id, comment: '   ' }), (err: unknown) => {
        assert.ok(err instanceof ValidationError);
        assert.equal(err.field, 'comment');
        return true;
      });
      const back = await sendBackStory(as(EDITOR), { id: draft.id, comment: 'Who says the harbour reopened?' });
      assert.equal(back.status, 'draft');
      const fixed = await updateStory(as(WRITER), { id: draft.id, revision: back.revision, fields: { body: 'Ships are back, the port said.' } });
      await submitStory(as(WRITER), { id: draft.id, revision: fixed.revision });
      const scheduled = await scheduleStory(as(EDITOR), { id: draft.id, at: new Date('2026-03-18T12:00:00.000Z') });
      assert.equal(scheduled.status, 'scheduled');
      assert.deepEqual(scheduled.scheduledAt, new Date('2026-03-18T12:00:00.000Z'));
      const notes = (await listRevisions(as(EDITOR), draft.id)).map((r) => r.note).reverse();
      assert.deepEqual(notes, [
        'Created',
        'Submitted for review',
        'Sent back: Who says the harbour reopened?',
        null,
        'Submitted for review',
        'Scheduled for 2026-03-18T12:00:00.000Z',
      ]);
    });

    it('refuses a schedule time in the past, and a stale revision', async () => {
      clock.set('2026-03-18T09:00:00.000Z');
      const draft = await createStory(as(EDITOR), { lang: 'en', headline: 'Too late', body: '' });
      await assert.rejects(scheduleStory(as(EDITOR), { id: draft.id, at: new Date('2026-03-18T08:59:00.000Z') }), (err: unknown) => {
        assert.ok(err instanceof ValidationError);
        assert.equal(err.field, 'at');
        assert.match(err.message, /must be in the future/);
        return true;
      });
      await assert.rejects(submitStory(as(EDITOR), { id: draft.id, revision: 5 }), /based on revision 5/);
    });
  });
});
