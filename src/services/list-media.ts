import type { MediaFormat, MediaItem } from '../domain/media.js';
import { createMediaRepository } from '../store/media-repository.js';
import type { Paged } from '../store/story-repository.js';
import type { ServiceContext } from './context.js';

/** Filters of the media library; every one given narrows it. */
export interface ListMediaInput {
  /** Text the filename, a caption or the credit contains, ignoring case. */
  q?: string;
  format?: MediaFormat;
  /** true: only pictures a story uses; false: only unused ones. */
  used?: boolean;
  /** Only pictures without alt text in this language. */
  missingAlt?: string;
  /** 1-based page number. */
  page: number;
  limit: number;
}

/** A library item with how many stories use it. */
export interface MediaListItem {
  media: MediaItem;
  useCount: number;
}

/** The media library, newest first, a page at a time (any role may look). */
export async function listMedia(ctx: ServiceContext, input: ListMediaInput): Promise<Paged<MediaListItem>> {
  const repo = createMediaRepository(ctx.db);
  const page = await repo.list(
    {
      ...(input.q !== undefined ? { text: input.q } : {}),
      ...(input.format !== undefined ? { format: input.format } : {}),
      ...(input.used !== undefined ? { used: input.used } : {}),
      ...(input.missingAlt !== undefined ? { missingAltIn: input.missingAlt } : {}),
    },
    { limit: input.limit, offset: (input.page - 1) * input.limit },
  );
  const counts = await repo.countUses(page.items.map((m) => m.id));
  return { items: page.items.map((media) => ({ media, useCount: counts.get(media.id) ?? 0 })), total: page.total };
}
