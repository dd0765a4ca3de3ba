/**
 * What an upload really is, read from its bytes (never its name or declared type): the format,
 * the size after EXIF orientation, and whether it carries metadata that must not reach readers.
 * Refuses, naming the limit, a file over the byte limit (413), anything that is not a JPEG, PNG,
 * WebP, AVIF or GIF (415), and an image over the pixel limit (422) — read from the header, before
 * any pixel is decoded, so a decompression bomb costs nothing.
 */
import sharp from 'sharp';
import { MediaTooLargeError, UnprocessableMediaError, UnsupportedMediaError } from '../domain/media-errors.js';
import { describeBytes, type MediaFormat, type MediaSettings } from '../domain/media.js';

/** What the probe learnt about an image. */
export interface ImageProbe {
  format: MediaFormat;
  /** Width and height as shown, EXIF orientation applied. */
  width: number;
  height: number;
  /** EXIF orientation (1–8); anything but 1 means the pixels must be turned. */
  orientation: number;
  /** True when the file carries EXIF, XMP, IPTC or text chunks (camera, place, software…). */
  hasMetadata: boolean;
  /** Frames of an animated image (1 otherwise). */
  pages: number;
}

/** The limits a probe checks. */
export type ImageLimits = Pick<MediaSettings, 'maxBytes' | 'maxPixels'>;

/** Reads the image's header and checks it against the limits. */
export async function probeImage(bytes: Buffer, limits: ImageLimits): Promise<ImageProbe> {
  if (bytes.length > limits.maxBytes) {
    throw new MediaTooLargeError(
      `the file is ${describeBytes(bytes.length)}, over the upload limit of ${describeBytes(limits.maxBytes)}`,
      { limit: limits.maxBytes, bytes: bytes.length },
    );
  }
  if (bytes.length === 0) throw new UnsupportedMediaError('the file is empty; send a JPEG, PNG, WebP, AVIF or GIF image');
  let metadata: sharp.Metadata;
  try {
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new UnsupportedMediaError('the file is not an image Dateline can read; send a JPEG, PNG, WebP, AVIF or GIF image');
  }
  const format = acceptedFormat(metadata);
  if (!format) {
    const found = metadata.format === 'heif' ? `HEIF (${metadata.compression ?? 'unknown'})` : String(metadata.format).toUpperCase();
    throw new UnsupportedMediaError(`the file is a ${found} image; Dateline accepts JPEG, PNG, WebP, AVIF and GIF`, { format: metadata.format });
  }
  const width = metadata.width ?? 0;
  const height = metadata.height ?? 0;
  if (width < 1 || height < 1) throw new UnprocessableMediaError('the image has no pixels (its width or height is zero)');
  const pixels = width * height;
  if (pixels > limits.maxPixels) {
    throw new UnprocessableMediaError(
      `the image is ${width} × ${height} pixels (${describePixels(pixels)}), over the limit of ${describePixels(limits.maxPixels)}`,
      { limit: limits.maxPixels, width, height },
    );
  }
  const orientation = metadata.orientation ?? 1;
  const turned = orientation >= 5 && orientation <= 8;
  return {
    format,
    width: turned ? height : width,
    height: turned ? width : height,
    orientation,
    hasMetadata: Boolean(metadata.exif || metadata.xmp || metadata.iptc || metadata.comments?.length),
    pages: metadata.pages ?? 1,
  };
}

function acceptedFormat(metadata: sharp.Metadata): MediaFormat | undefined {
  switch (metadata.format) {
    case 'jpeg':
    case 'png':
    case 'webp':
    case 'gif':
      return metadata.format;
    case 'heif':
      // AVIF is HEIF with AV1; HEIC (HEVC) is not something browsers show.
      return metadata.compression === 'av1' ? 'avif' : undefined;
    default:
      return undefined;
  }
}

function describePixels(pixels: number): string {
  return `${trim(pixels / 1_000_000)} megapixels`;
}

function trim(n: number): string {
  return n >= 10 ? String(Math.round(n)) : String(Math.round(n * 10) / 10);
}
