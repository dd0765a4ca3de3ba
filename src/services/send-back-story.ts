import type { Story } from '../domain/story.js';
import { requireNote, STORY_LIMITS } from '../domain/story-input.js';
import { changeStoryStatus, type StatusChangeInput } from './change-story-status.js';
import type { ServiceContext } from './context.js';

/** A story in review to return to its writers, and what they should change. */
export interface SendBackInput extends StatusChangeInput {
  /** Required: what needs to change before it can go out. */
  comment: string;
}

/**
 * Returns a story in review to its writers as a draft (editors and admins), with a comment.
 * The comment is kept in the audit log (see getLatestSendBack) and the revision note.
 */
export async function sendBackStory(ctx: ServiceContext, input: SendBackInput): Promise<Story> {
  const comment = requireNote('comment', input.comment, STORY_LIMITS.comment);
  return changeStoryStatus(ctx, input, {
    step: 'send_back',
    event: 'story.sent_back',
    note: `Sent back: ${comment}`,
    details: { comment },
    apply: (story) => ({ ...story, status: 'draft' }),
  });
}
