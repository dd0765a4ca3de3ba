import { newId } from '../domain/ids.js';
import { cleanFilename, validateMediaMetadata, applyTextChange, type MediaMetadataInput } from '../domain/media-input.js';
import { CENTRE, MEDIA_MIME, originalName, type MediaItem } from '../domain/media.js';
import { cleanOriginal } from '../media/clean-original.js';
import { storeOriginal } from '../media/media-files.js';
import { probeImage } from '../media/probe-image.js';
import { createMediaRepository } from '../store/media-repository.js';
import { inTransaction, type ServiceContext } from './context.js';
import { queueImageVariants } from './media-events.js';
import { recordAuditEvent } from './record-audit-event.js';

/** An uploaded file, and optionally what to say about it at once. */
export interface UploadMediaInput {
  /** The name it had on the uploader's machine (kept for people only). */
  filename?: string;
  bytes: Buffer;
  metadata?: MediaMetadataInput;
}

/** The item, and whether this upload created it (false: the same bytes were already stored). */
export interface UploadMediaResult {
  media: MediaItem;
  created: boolean;
}

/**
 * Adds a picture to the library (any role may). The bytes decide what it is: probed for format
 * and limits, turned upright, stripped of EXIF/XMP (GPS included), stored once under the hash
 * of what is kept; the same bytes again give back the existing item. Variants are made by a
 * durable job (`make-image-variants`) written in the same transaction as the item.
 */
export async function uploadMedia(ctx: ServiceContext, input: UploadMediaInput): Promise<UploadMediaResult> {
  const metadata = validateMediaMetadata(input.metadata ?? {}, ctx.site.languages);
  const probe = await probeImage(input.bytes, ctx.media);
  const clean = await cleanOriginal(input.bytes, probe, ctx.media);
  const media = createMediaRepository(ctx.db);
  const existing = await media.findByHash(clean.hash);
  if (existing) return { media: existing, created: false };
  // The file first: a row must never name a file that is not there. A file left by a failed
  // transaction is harmless (the same bytes will find it again).
  await storeOriginal(ctx.media.dir, clean.hash, originalName(probe.format), clean.bytes);
  const now = ctx.clock();
  const item: MediaItem = {
    id: newId(now),
    hash: clean.hash,
    filename: cleanFilename(input.filename),
    format: probe.format,
    mime: MEDIA_MIME[probe.format],
    width: clean.width,
    height: clean.height,
    bytes: clean.bytes.length,
    alt: applyTextChange({}, metadata.alt),
    caption: applyTextChange({}, metadata.caption),
    credit: metadata.credit ?? '',
    source: metadata.source ?? '',
    focalPoint: metadata.focalPoint ?? CENTRE,
    createdAt: now,
    createdBy: ctx.actor.id,
    variants: [],
  };
  try {
    await inTransaction(ctx, async (db) => {
      await createMediaRepository(db).insert(item);
      await queueImageVariants(db, item.id, now);
      await recordAuditEvent(db, ctx.actor, now, {
        action: 'media.uploaded',
        details: { mediaId: item.id, filename: item.filename, bytes: item.bytes },
      });
      return { result: undefined, events: [] };
    });
  } catch (err) {
    // The same bytes uploaded at the same moment by someone else: theirs is the item.
    const raced = await media.findByHash(clean.hash);
    if (raced) return { media: raced, created: false };
    throw err;
  }
  return { media: item, created: true };
}
