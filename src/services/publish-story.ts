import type { Story } from '../domain/story.js';
import { changeStoryStatus, type StatusChangeInput } from './change-story-status.js';
import type { ServiceContext } from './context.js';

/**
 * Publishes a story now. A story published before keeps its first publication time, so its
 * URL (which carries the year and month) does not change when it is republished.
 */
export function publishStory(ctx: ServiceContext, input: StatusChangeInput): Promise<Story> {
  return changeStoryStatus(ctx, input, 'publish', 'story.published', (story, now) => ({
    ...story,
    status: 'published',
    publishedAt: story.publishedAt ?? now,
    scheduledAt: null,
  }));
}
