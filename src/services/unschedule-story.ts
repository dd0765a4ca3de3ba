import type { Story } from '../domain/story.js';
import { cancelScheduledPublication, changeStoryStatus, type StatusChangeInput } from './change-story-status.js';
import type { ServiceContext } from './context.js';

/** Calls off a scheduled publication (editors and admins): the story goes back to being a draft. */
export function unscheduleStory(ctx: ServiceContext, input: StatusChangeInput): Promise<Story> {
  return changeStoryStatus(ctx, input, {
    step: 'unschedule',
    event: 'story.unscheduled',
    note: 'Unscheduled',
    apply: (story) => ({ ...story, status: 'draft', scheduledAt: null }),
    alsoWrite: (db, story, now) => cancelScheduledPublication(db, story.id, now),
  });
}
