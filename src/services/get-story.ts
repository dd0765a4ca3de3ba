import { NotFoundError } from '../domain/errors.js';
import type { Story } from '../domain/story.js';
import { createStoryRepository } from '../store/story-repository.js';
import type { ServiceContext } from './context.js';

/** A story in any status, for the newsroom. */
export async function getStory(ctx: ServiceContext, id: string): Promise<Story> {
  const story = await createStoryRepository(ctx.db).findById(id);
  if (!story) throw new NotFoundError(`no story with id ${id}`);
  return story;
}
