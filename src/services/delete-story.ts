import { NotFoundError } from '../domain/errors.js';
import { assertTransition } from '../domain/story-status.js';
import { createStoryRepository } from '../store/story-repository.js';
import { inTransaction, type ServiceContext } from './context.js';

/** Deletes a draft for good (with its revisions); anything else must be unpublished instead. */
export async function deleteStory(ctx: ServiceContext, id: string): Promise<void> {
  await inTransaction(ctx, async (db) => {
    const stories = createStoryRepository(db);
    const story = await stories.findById(id);
    if (!story) throw new NotFoundError(`no story with id ${id}`);
    assertTransition('delete', story.status, ctx.actor.role);
    await stories.delete(id);
    return { result: undefined, events: [{ type: 'story.deleted', storyId: id, tags: [`story:${id}`] }] };
  });
}
