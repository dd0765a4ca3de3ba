import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ForbiddenError, TransitionError } from './errors.js';
import { STORY_STATUSES } from './story.js';
import { assertTransition, isPublicStatus } from './story-status.js';

describe('assertTransition', () => {
  it('lets editors and admins publish anything that is not published', () => {
    for (const role of ['editor', 'admin'] as const) {
      for (const status of ['draft', 'in_review', 'scheduled', 'unpublished'] as const) {
        assert.doesNotThrow(() => assertTransition('publish', status, role), `${role} ${status}`);
      }
    }
  });

  it('refuses to publish a published story, saying why', () => {
    assert.throws(() => assertTransition('publish', 'published', 'editor'), (err: unknown) => {
      assert.ok(err instanceof TransitionError);
      assert.equal(err.code, 'invalid_transition');
      assert.match(err.message, /already published/);
      return true;
    });
  });

  it('unpublishes only published stories', () => {
    assert.doesNotThrow(() => assertTransition('unpublish', 'published', 'editor'));
    for (const status of STORY_STATUSES.filter((s) => s !== 'published')) {
      assert.throws(() => assertTransition('unpublish', status, 'admin'), TransitionError, status);
    }
  });

  it('deletes only drafts, for every role', () => {
    for (const role of ['contributor', 'editor', 'admin'] as const) {
      assert.doesNotThrow(() => assertTransition('delete', 'draft', role));
    }
    for (const status of STORY_STATUSES.filter((s) => s !== 'draft')) {
      assert.throws(() => assertTransition('delete', status, 'admin'), /only drafts can be deleted/, status);
    }
  });

  it('refuses contributors publishing or unpublishing, naming who may', () => {
    assert.throws(() => assertTransition('publish', 'draft', 'contributor'), (err: unknown) => {
      assert.ok(err instanceof ForbiddenError);
      assert.match(err.message, /editor or admin/);
      assert.match(err.message, /you are contributor/);
      return true;
    });
    assert.throws(() => assertTransition('unpublish', 'published', 'contributor'), ForbiddenError);
  });

  it('checks the role before the state, so a contributor learns about the role', () => {
    assert.throws(() => assertTransition('publish', 'published', 'contributor'), ForbiddenError);
  });
});

describe('isPublicStatus', () => {
  it('is true for published only', () => {
    assert.deepEqual(STORY_STATUSES.filter(isPublicStatus), ['published']);
  });
});
