/**
 * The original as Dateline stores it: turned the way EXIF orientation says, with EXIF, XMP,
 * IPTC and text chunks removed (a phone photo's GPS position must never reach readers), the
 * colour profile kept. An image with nothing to remove is kept byte for byte (re-encoding would
 * cost quality); every image is decoded once here, so a damaged file is refused at upload rather
 * than failing later in the variants job.
 */
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { UnprocessableMediaError } from '../domain/media-errors.js';
import type { MediaFormat } from '../domain/media.js';
import type { ImageLimits, ImageProbe } from './probe-image.js';

/** The original to store: its bytes, their SHA-256 and the size as shown. */
export interface CleanOriginal {
  bytes: Buffer;
  /** SHA-256 of `bytes`, hex: names the item's files and makes a second upload of them the same item. */
  hash: string;
  width: number;
  height: number;
}

/** Quality of a re-encoded original: high, since every variant is made from it. */
const ORIGINAL_QUALITY = { jpeg: 92, webp: 92, avif: 70 } as const;

/** Applies orientation and strips metadata as needed; refuses an image whose pixels cannot be read. */
export async function cleanOriginal(bytes: Buffer, probe: ImageProbe, limits: ImageLimits): Promise<CleanOriginal> {
  const animated = probe.format === 'gif' || probe.format === 'webp' ? probe.pages > 1 : false;
  const input = () => sharp(bytes, { limitInputPixels: limits.maxPixels, animated });
  let out = bytes;
  try {
    if (probe.orientation !== 1 || probe.hasMetadata) {
      // Without withMetadata/keepExif sharp writes no EXIF, XMP or IPTC; keepIccProfile keeps the colours as shot.
      out = await encodeAs(input().rotate().keepIccProfile(), probe.format);
    } else {
      // Decoding a small rendition proves the pixels are all there (a truncated file fails here).
      await input().resize({ width: 64, withoutEnlargement: true }).raw().toBuffer();
    }
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new UnprocessableMediaError(`the image data could not be read (${reason.split('\n')[0]})`);
  }
  return {
    bytes: out,
    hash: createHash('sha256').update(out).digest('hex'),
    width: probe.width,
    height: probe.height,
  };
}

function encodeAs(image: sharp.Sharp, format: MediaFormat): Promise<Buffer> {
  switch (format) {
    case 'jpeg':
      return image.jpeg({ quality: ORIGINAL_QUALITY.jpeg }).toBuffer();
    case 'png':
      return image.png().toBuffer();
    case 'webp':
      return image.webp({ quality: ORIGINAL_QUALITY.webp }).toBuffer();
    case 'avif':
      return image.avif({ quality: ORIGINAL_QUALITY.avif }).toBuffer();
    case 'gif':
      return image.gif().toBuffer();
  }
}
