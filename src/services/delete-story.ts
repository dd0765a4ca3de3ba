import { NotFoundError } from '../domain/errors.js';
import { assertStep } from '../domain/story-status.js';
import { createStoryRepository } from '../store/story-repository.js';
import { cancelScheduledPublication } from './change-story-status.js';
import { inTransaction, type ServiceContext } from './context.js';
import { recordAuditEvent } from './record-audit-event.js';

/**
 * Deletes a draft for good (with its revisions): contributors their own, editors and admins
 * any. Anything else must be unpublished instead. The audit log keeps the deletion.
 */
export async function deleteStory(ctx: ServiceContext, id: string): Promise<void> {
  const now = ctx.clock();
  await inTransaction(ctx, async (db) => {
    const stories = createStoryRepository(db);
    const story = await stories.findById(id);
    if (!story) throw new NotFoundError(`no story with id ${id}`);
    assertStep('delete', story, ctx.actor);
    await stories.delete(id);
    await cancelScheduledPublication(db, id, now);
    await recordAuditEvent(db, ctx.actor, now, { action: 'story.deleted', storyId: id, details: { headline: story.headline } });
    return { result: undefined, events: [{ type: 'story.deleted', storyId: id, tags: [`story:${id}`] }] };
  });
}
