import type { Story } from '../domain/story.js';
import { assertPastEmbargo } from '../domain/story-status.js';
import { cancelScheduledPublication, changeStoryStatus, type StatusChangeInput } from './change-story-status.js';
import type { ServiceContext } from './context.js';
import { checkHeroDescribed } from './story-hero.js';

/** Which story to publish; importers may say when it was first published. */
export interface PublishStoryInput extends StatusChangeInput {
  /**
   * Publication time for a story never published before (an import's `date`, the demo's
   * backdated stories, a scheduled story's time); now when absent. Ignored when the story
   * already has one.
   */
  publishedAt?: Date;
}

/**
 * Publishes a story now (editors and admins), never before its embargo ends, and never with a
 * hero image that has no alt text in the story's language. A story published
 * before keeps its first publication time, so its URL (which carries the year and month) does
 * not change when it is republished. A pending scheduled publication is cancelled.
 */
export function publishStory(ctx: ServiceContext, input: PublishStoryInput): Promise<Story> {
  return changeStoryStatus(ctx, input, {
    step: 'publish',
    event: 'story.published',
    note: 'Published',
    check: (story, now) => assertPastEmbargo('publish', story.embargoUntil, now),
    checkWith: (db, story) => checkHeroDescribed(db, 'publish', story),
    apply: (story, now) => ({
      ...story,
      status: 'published',
      publishedAt: story.publishedAt ?? input.publishedAt ?? now,
      scheduledAt: null,
    }),
    alsoWrite: (db, story, now) => cancelScheduledPublication(db, story.id, now),
  });
}
