import type { Story } from '../domain/story.js';
import { changeStoryStatus, type StatusChangeInput } from './change-story-status.js';
import type { ServiceContext } from './context.js';

/** Which story to publish; importers may say when it was first published. */
export interface PublishStoryInput extends StatusChangeInput {
  /**
   * Publication time for a story never published before (an import's `date`, the demo's
   * backdated stories); now when absent. Ignored when the story already has one.
   */
  publishedAt?: Date;
}

/**
 * Publishes a story now. A story published before keeps its first publication time, so its
 * URL (which carries the year and month) does not change when it is republished.
 */
export function publishStory(ctx: ServiceContext, input: PublishStoryInput): Promise<Story> {
  return changeStoryStatus(ctx, input, 'publish', 'story.published', (story, now) => ({
    ...story,
    status: 'published',
    publishedAt: story.publishedAt ?? input.publishedAt ?? now,
    scheduledAt: null,
  }));
}
