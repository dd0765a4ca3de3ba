import { NotFoundError } from '../domain/errors.js';
import type { MediaItem, MediaWithUses } from '../domain/media.js';
import { createMediaRepository } from '../store/media-repository.js';
import { createUserRepository } from '../store/user-repository.js';
import type { ServiceContext } from './context.js';

/** A library item with the stories that use it (any role may look). */
export async function getMedia(ctx: ServiceContext, id: string): Promise<MediaWithUses> {
  const repo = createMediaRepository(ctx.db);
  const media = await repo.findById(id);
  if (!media) throw new NotFoundError(`no media item with id ${id}`);
  return { media, uses: await repo.listUses(id) };
}

/**
 * The library items with these ids, by id (unknown ids left out): the hero images of the
 * stories a page shows, loaded in one query.
 */
export async function findMediaByIds(ctx: ServiceContext, ids: ReadonlyArray<string | null>): Promise<Map<string, MediaItem>> {
  return createMediaRepository(ctx.db).findByIds(ids.filter((id): id is string => id !== null));
}

/**
 * Who uploaded an item, for people: the user's name, "Dateline" for the system (the demo,
 * imports), or "an API key".
 */
export async function describeUploader(ctx: ServiceContext, media: Pick<MediaItem, 'createdBy'>): Promise<string> {
  if (media.createdBy === 'system') return 'Dateline';
  const user = await createUserRepository(ctx.db).findById(media.createdBy);
  return user ? user.name : 'an API key';
}
