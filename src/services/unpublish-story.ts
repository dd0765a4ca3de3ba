import type { Story } from '../domain/story.js';
import { changeStoryStatus, type StatusChangeInput } from './change-story-status.js';
import type { ServiceContext } from './context.js';

/** Takes a published story off the site, feeds and APIs; it can be published again. */
export function unpublishStory(ctx: ServiceContext, input: StatusChangeInput): Promise<Story> {
  return changeStoryStatus(ctx, input, 'unpublish', 'story.unpublished', (story) => ({ ...story, status: 'unpublished' }));
}
