import { NotFoundError } from '../domain/errors.js';
import { createAuditRepository } from '../store/audit-repository.js';
import { createStoryRepository } from '../store/story-repository.js';
import type { ServiceContext } from './context.js';

/** An editor's comment on sending a story back to its writers. */
export interface SendBack {
  comment: string;
  at: Date;
  /** Who sent it back, as the audit log names them. */
  by: string;
  /**
   * True while it is the last word on the story: it is a draft and has not been submitted
   * again since. The editor shows the comment prominently then, and in the history otherwise.
   */
  open: boolean;
}

/** The most recent send-back of a story, or null when it was never sent back. Any role may read it. */
export async function getLatestSendBack(ctx: ServiceContext, storyId: string): Promise<SendBack | null> {
  const story = await createStoryRepository(ctx.db).findById(storyId);
  if (!story) throw new NotFoundError(`no story with id ${storyId}`);
  const audit = createAuditRepository(ctx.db);
  const [latest] = (await audit.list({ storyId, action: 'story.sent_back' }, { limit: 1, offset: 0 })).items;
  if (!latest) return null;
  const [submitted] = (await audit.list({ storyId, action: 'story.submitted' }, { limit: 1, offset: 0 })).items;
  const resubmitted = submitted !== undefined && submitted.at.getTime() > latest.at.getTime();
  return {
    comment: typeof latest.details.comment === 'string' ? latest.details.comment : '',
    at: latest.at,
    by: latest.actor.label,
    open: story.status === 'draft' && !resubmitted,
  };
}
