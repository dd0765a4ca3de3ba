import { ValidationError } from '../domain/errors.js';
import { newId } from '../domain/ids.js';
import { PUBLISH_SCHEDULED_STORY, publishJobKey } from '../domain/job.js';
import type { Story } from '../domain/story.js';
import { assertPastEmbargo } from '../domain/story-status.js';
import { createJobRepository } from '../store/job-repository.js';
import { cancelScheduledPublication, changeStoryStatus, type StatusChangeInput } from './change-story-status.js';
import type { ServiceContext } from './context.js';
import { checkHeroDescribed } from './story-hero.js';

/** A story to publish later, and when. */
export interface ScheduleStoryInput extends StatusChangeInput {
  /** When to publish it: in the future, and not before its embargo ends. */
  at: Date;
}

/** Attempts the publication job gets before it is marked failed (with backoff between them). */
const PUBLISH_ATTEMPTS = 8;

/**
 * Schedules a story for publication at `at` (editors and admins). The time is kept on the story
 * and as a job row due then, written in the same transaction, so the publication survives a
 * restart; rescheduling replaces the pending job.
 */
export async function scheduleStory(ctx: ServiceContext, input: ScheduleStoryInput): Promise<Story> {
  const at = input.at;
  if (Number.isNaN(at.getTime())) throw new ValidationError('at', 'must be a date and time');
  return changeStoryStatus(ctx, input, {
    step: 'schedule',
    event: 'story.scheduled',
    note: `Scheduled for ${at.toISOString()}`,
    details: { at: at.toISOString() },
    check: (story, now) => {
      if (at.getTime() <= now.getTime()) {
        throw new ValidationError('at', `must be in the future (it is ${now.toISOString()} now); to publish at once, publish`);
      }
      assertPastEmbargo('schedule', story.embargoUntil, at);
    },
    checkWith: (db, story) => checkHeroDescribed(db, 'schedule', story),
    apply: (story) => ({ ...story, status: 'scheduled', scheduledAt: at }),
    alsoWrite: async (db, story, now) => {
      await cancelScheduledPublication(db, story.id, now);
      await createJobRepository(db).insert({
        id: newId(now),
        kind: PUBLISH_SCHEDULED_STORY,
        key: publishJobKey(story.id),
        payload: { storyId: story.id },
        runAt: at,
        maxAttempts: PUBLISH_ATTEMPTS,
        createdAt: now,
      });
    },
  });
}
