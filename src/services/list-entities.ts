import type { EntityType, StoryEntity } from '../domain/entity.js';
import { createEntityRepository } from '../store/entity-repository.js';
import type { ServiceContext } from './context.js';

/** Which entities to list. */
export interface ListEntitiesInput {
  /** The story whose entities to list. */
  storyId: string;
  /** Only entities of these types (all when absent). */
  types?: readonly EntityType[];
}

/**
 * The people, organisations and places a story names, as its latest analysis linked them (less
 * any an editor rejected), most salient first. Callers showing them to readers MUST have checked
 * that readers may see the story (its entities' pages then exist in its language).
 */
export async function listEntities(ctx: ServiceContext, input: ListEntitiesInput): Promise<StoryEntity[]> {
  const all = await createEntityRepository(ctx.db).listByStory(input.storyId);
  return input.types ? all.filter((e) => input.types!.includes(e.entity.type)) : all;
}
