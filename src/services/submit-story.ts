import type { Story } from '../domain/story.js';
import { changeStoryStatus, type StatusChangeInput } from './change-story-status.js';
import type { ServiceContext } from './context.js';

/** Sends a draft to the editors for review: its writer (a contributor on their own story), an editor or an admin. */
export function submitStory(ctx: ServiceContext, input: StatusChangeInput): Promise<Story> {
  return changeStoryStatus(ctx, input, {
    step: 'submit',
    event: 'story.submitted',
    note: 'Submitted for review',
    apply: (story) => ({ ...story, status: 'in_review' }),
  });
}
