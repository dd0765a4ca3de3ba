import { NotFoundError } from '../domain/errors.js';
import type { Revision } from '../domain/story.js';
import { createRevisionRepository } from '../store/revision-repository.js';
import { createStoryRepository } from '../store/story-repository.js';
import type { ServiceContext } from './context.js';

/** One saved revision of a story. */
export async function getRevision(ctx: ServiceContext, storyId: string, revision: number): Promise<Revision> {
  const story = await createStoryRepository(ctx.db).findById(storyId);
  if (!story) throw new NotFoundError(`no story with id ${storyId}`);
  const found = await createRevisionRepository(ctx.db).findOne(storyId, revision);
  if (!found) {
    throw new NotFoundError(`story ${storyId} has no revision ${revision}; its revisions run from 1 to ${story.revision}`, {
      currentRevision: story.revision,
    });
  }
  return found;
}
