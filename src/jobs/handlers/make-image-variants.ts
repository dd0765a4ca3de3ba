/**
 * `make-image-variants`: makes a library item's variants (widths in AVIF, WebP and JPEG, and the
 * sharing card around its focal point), records them, and removes files no longer wanted (the
 * card of an old focal point). Idempotent: files already made are reused, and an item deleted
 * meanwhile is left alone.
 */
import { NotFoundError } from '../../domain/errors.js';
import type { Job } from '../../domain/job.js';
import { originalName, type MediaItem } from '../../domain/media.js';
import { itemFilePath, removeFilesExcept } from '../../media/media-files.js';
import { makeVariants } from '../../media/make-variants.js';
import type { ServiceContext } from '../../services/context.js';
import { getMedia } from '../../services/get-media.js';
import { recordImageVariants } from '../../services/record-image-variants.js';

/** Makes and records the variants of the job's item (payload `{mediaId}`). */
export async function makeImageVariants(ctx: ServiceContext, job: Job): Promise<void> {
  const mediaId = job.payload.mediaId;
  if (typeof mediaId !== 'string') throw new Error(`job ${job.id} names no media item (payload.mediaId)`);
  let media: MediaItem;
  try {
    media = (await getMedia(ctx, mediaId)).media;
  } catch (err) {
    if (err instanceof NotFoundError) return; // deleted meanwhile: nothing to make
    throw err;
  }
  const made = await makeVariants(ctx.media.dir, media, itemFilePath(media.hash, originalName(media.format)), ctx.media.maxPixels);
  if (!(await recordImageVariants(ctx, { mediaId, variants: made }))) return;
  await removeFilesExcept(ctx.media.dir, media.hash, new Set(made.map((v) => v.name)));
}
