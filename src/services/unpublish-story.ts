import type { Story } from '../domain/story.js';
import { cancelScheduledPublication, changeStoryStatus, type StatusChangeInput } from './change-story-status.js';
import type { ServiceContext } from './context.js';

/**
 * Takes a published story off the site, feeds and APIs, or stops a scheduled one from going
 * out (editors and admins); either way it ends unpublished and can be published again.
 */
export function unpublishStory(ctx: ServiceContext, input: StatusChangeInput): Promise<Story> {
  return changeStoryStatus(ctx, input, {
    step: 'unpublish',
    event: 'story.unpublished',
    note: 'Unpublished',
    apply: (story) => ({ ...story, status: 'unpublished', scheduledAt: null }),
    alsoWrite: (db, story, now) => cancelScheduledPublication(db, story.id, now),
  });
}
