import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ROLES, type Actor, type Role } from './actor.js';
import { ForbiddenError, TransitionError } from './errors.js';
import { STORY_STATUSES, type StoryStatus } from './story.js';
import {
  allowedSteps,
  assertEmbargoFits,
  assertMaySetEmbargo,
  assertPastEmbargo,
  assertStep,
  isPublicStatus,
  mayTake,
  STORY_STEPS,
  type StoryStep,
} from './story-status.js';

const actor = (role: Role, id = `u-${role}`): Actor => ({ kind: 'user', id, label: role, role });
const story = (status: StoryStatus, createdBy: string | null = 'u-writer') => ({ status, createdBy });

/**
 * The workflow table as the issue states it, written out independently of the code: for each
 * step, the statuses it starts from and who may take it (own = only on a story they created).
 */
const EXPECTED: Record<StoryStep, { from: StoryStatus[]; editors: true; contributorOwn: StoryStatus[] }> = {
  edit: { from: [...STORY_STATUSES], editors: true, contributorOwn: ['draft'] },
  submit: { from: ['draft'], editors: true, contributorOwn: ['draft'] },
  send_back: { from: ['in_review'], editors: true, contributorOwn: [] },
  schedule: { from: ['draft', 'in_review', 'scheduled', 'unpublished'], editors: true, contributorOwn: [] },
  unschedule: { from: ['scheduled'], editors: true, contributorOwn: [] },
  publish: { from: ['draft', 'in_review', 'scheduled', 'unpublished'], editors: true, contributorOwn: [] },
  unpublish: { from: ['published', 'scheduled'], editors: true, contributorOwn: [] },
  correct: { from: ['published'], editors: true, contributorOwn: [] },
  delete: { from: ['draft'], editors: true, contributorOwn: ['draft'] },
};

describe('assertStep', () => {
  it('follows the workflow table for every step, role, status and ownership', () => {
    const writer = actor('contributor', 'u-writer');
    const other = actor('contributor', 'u-other');
    for (const step of STORY_STEPS) {
      const rule = EXPECTED[step];
      for (const status of STORY_STATUSES) {
        for (const role of ['editor', 'admin'] as const) {
          assert.equal(mayTake(step, story(status), actor(role)), rule.from.includes(status), `${role} ${step} ${status}`);
        }
        assert.equal(mayTake(step, story(status), writer), rule.contributorOwn.includes(status), `own: ${step} ${status}`);
        assert.equal(mayTake(step, story(status), other), false, `someone else's: ${step} ${status}`);
      }
    }
  });

  it('names who may when the role may not, with the role of the one asking', () => {
    assert.throws(() => assertStep('publish', story('draft'), actor('contributor')), (err: unknown) => {
      assert.ok(err instanceof ForbiddenError);
      assert.equal(err.message, 'only editor or admin may publish a story; you are contributor');
      return true;
    });
    for (const [step, words] of [
      ['send_back', 'send a story back'],
      ['schedule', 'schedule a story'],
      ['unschedule', 'unschedule a story'],
      ['unpublish', 'unpublish a story'],
      ['correct', 'correct a story'],
    ] as const) {
      assert.throws(
        () => assertStep(step, story('published', 'u-contributor'), actor('contributor')),
        { name: 'ForbiddenError', message: `only editor or admin may ${words}; you are contributor` },
      );
    }
  });

  it('lets a contributor edit, submit and delete only their own drafts', () => {
    const mine = story('draft', 'u-me');
    const me = actor('contributor', 'u-me');
    for (const step of ['edit', 'submit', 'delete'] as const) assert.doesNotThrow(() => assertStep(step, mine, me));
    assert.throws(() => assertStep('edit', story('draft', 'u-someone'), me), {
      name: 'ForbiddenError',
      message: 'only editor or admin may edit a story created by someone else; you are contributor',
    });
    assert.throws(() => assertStep('delete', story('draft', null), me), /created by someone else/, 'an imported draft');
    assert.throws(() => assertStep('edit', story('in_review', 'u-me'), me), {
      name: 'ForbiddenError',
      message: 'only editor or admin may edit a story that is in review; you are contributor',
    });
  });

  it('does not take an API key with the same id for the owner', () => {
    const key: Actor = { kind: 'api-key', id: 'u-me', label: 'key', role: 'contributor' };
    assert.throws(() => assertStep('edit', story('draft', 'u-me'), key), ForbiddenError);
  });

  it('says why the status forbids a step the role may take', () => {
    assert.throws(() => assertStep('publish', story('published'), actor('editor')), (err: unknown) => {
      assert.ok(err instanceof TransitionError);
      assert.equal(err.code, 'invalid_transition');
      assert.equal(err.message, 'cannot publish a story that is published: it is already published');
      return true;
    });
    assert.throws(() => assertStep('send_back', story('draft'), actor('admin')), /only a story in review can be sent back/);
    assert.throws(() => assertStep('delete', story('unpublished'), actor('admin')), /only drafts can be deleted/);
    assert.throws(() => assertStep('submit', story('in_review', 'u-me'), actor('contributor', 'u-me')), TransitionError);
  });

  it('checks the role before the state, so a contributor learns about the role', () => {
    assert.throws(() => assertStep('publish', story('published'), actor('contributor')), ForbiddenError);
  });
});

describe('allowedSteps', () => {
  it('lists what each role may do now, in workflow order', () => {
    assert.deepEqual(allowedSteps(story('draft', 'u-me'), actor('contributor', 'u-me')), ['edit', 'submit', 'delete']);
    assert.deepEqual(allowedSteps(story('in_review', 'u-me'), actor('contributor', 'u-me')), []);
    assert.deepEqual(allowedSteps(story('in_review'), actor('editor')), ['edit', 'send_back', 'schedule', 'publish']);
    assert.deepEqual(allowedSteps(story('published'), actor('admin')), ['edit', 'unpublish', 'correct']);
    assert.deepEqual(allowedSteps(story('scheduled'), actor('editor')), ['edit', 'schedule', 'unschedule', 'publish', 'unpublish']);
  });
});

describe('embargo rules', () => {
  const until = new Date('2026-03-20T10:00:00.000Z');

  it('leave embargoes to editors and admins', () => {
    assert.throws(() => assertMaySetEmbargo(actor('contributor')), {
      name: 'ForbiddenError',
      message: 'only editor or admin may set or change an embargo; you are contributor',
    });
    for (const role of ROLES.filter((r) => r !== 'contributor')) assert.doesNotThrow(() => assertMaySetEmbargo(actor(role)));
  });

  it('refuse publishing or scheduling before the embargo, naming its time', () => {
    assert.throws(() => assertPastEmbargo('publish', until, new Date('2026-03-20T09:59:59.999Z')), (err: unknown) => {
      assert.ok(err instanceof TransitionError);
      assert.match(err.message, /embargo ends at 2026-03-20T10:00:00\.000Z/);
      return true;
    });
    assert.throws(() => assertPastEmbargo('schedule', until, new Date('2026-03-20T09:00:00Z')), /under embargo until 2026-03-20T10:00:00\.000Z/);
    assert.doesNotThrow(() => assertPastEmbargo('publish', until, until), 'at the embargo time it may go');
    assert.doesNotThrow(() => assertPastEmbargo('publish', null, new Date(0)));
  });

  it('refuse an embargo that would hide a published story or fall after a scheduled time', () => {
    const now = new Date('2026-03-19T00:00:00Z');
    assert.throws(() => assertEmbargoFits({ status: 'published', scheduledAt: null }, until, now), /already public/);
    assert.doesNotThrow(() => assertEmbargoFits({ status: 'published', scheduledAt: null }, new Date('2026-03-18T00:00:00Z'), now));
    const scheduled = { status: 'scheduled' as const, scheduledAt: new Date('2026-03-20T09:00:00Z') };
    assert.throws(() => assertEmbargoFits(scheduled, until, now), /scheduled for 2026-03-20T09:00:00\.000Z/);
    assert.doesNotThrow(() => assertEmbargoFits({ ...scheduled, scheduledAt: until }, until, now));
    assert.doesNotThrow(() => assertEmbargoFits({ status: 'draft', scheduledAt: null }, until, now));
  });
});

describe('isPublicStatus', () => {
  it('is true for published only', () => {
    assert.deepEqual(STORY_STATUSES.filter(isPublicStatus), ['published']);
  });
});
