import type { MediaVariant } from '../domain/media.js';
import { createMediaRepository } from '../store/media-repository.js';
import { inTransaction, type ServiceContext } from './context.js';
import { mediaChangeEvents } from './media-events.js';

/** The variants made for an item, each with its path relative to the media directory. */
export interface RecordImageVariantsInput {
  mediaId: string;
  variants: ReadonlyArray<MediaVariant & { path: string }>;
}

/**
 * Records the variants the job made (replacing the previous list) and refreshes the pages that
 * show the item, which until now pointed at the original. Returns false when the item was
 * deleted meanwhile (nothing to record).
 */
export async function recordImageVariants(ctx: ServiceContext, input: RecordImageVariantsInput): Promise<boolean> {
  return inTransaction(ctx, async (db) => {
    const repo = createMediaRepository(db);
    if (!(await repo.findById(input.mediaId))) return { result: false, events: [] };
    await repo.replaceVariants(input.mediaId, input.variants);
    return { result: true, events: await mediaChangeEvents(db, input.mediaId) };
  });
}
