import { NotFoundError } from '../domain/errors.js';
import type { Revision } from '../domain/story.js';
import { createRevisionRepository } from '../store/revision-repository.js';
import { createStoryRepository } from '../store/story-repository.js';
import type { ServiceContext } from './context.js';

/** A story's revisions, newest first. */
export async function listRevisions(ctx: ServiceContext, storyId: string): Promise<Revision[]> {
  if (!(await createStoryRepository(ctx.db).findById(storyId))) throw new NotFoundError(`no story with id ${storyId}`);
  return createRevisionRepository(ctx.db).listByStory(storyId);
}
