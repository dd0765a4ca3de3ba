/**
 * Media: the photos a newsroom leads its stories with. An item is one original image, stored
 * once by the SHA-256 of its bytes, with what readers need to understand it (alt text and
 * caption per language, a credit) and the variants made from it for every screen: widths in
 * AVIF, WebP and JPEG, and a sharing card cropped around the focal point.
 */

/** The image formats Dateline accepts, as sharp names them (AVIF is sharp's `heif` with AV1). */
export const MEDIA_FORMATS = ['jpeg', 'png', 'webp', 'avif', 'gif'] as const;
export type MediaFormat = (typeof MEDIA_FORMATS)[number];

/** The formats variants are made in, best compression first (the order `<source>` lists them). */
export const VARIANT_FORMATS = ['avif', 'webp', 'jpeg'] as const;
export type VariantFormat = (typeof VARIANT_FORMATS)[number];

/** Widths of the resized variants, in pixels; never wider than the original. */
export const VARIANT_WIDTHS = [320, 480, 640, 960, 1280, 1600] as const;

/** The sharing card (OpenGraph, Twitter) the size social networks ask for. */
export const SHARE_CARD = Object.freeze({ width: 1200, height: 630 });

/** MIME type of each format. */
export const MEDIA_MIME: Readonly<Record<MediaFormat, string>> = Object.freeze({
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
});

/** File extension of each format. */
export const MEDIA_EXTENSION: Readonly<Record<MediaFormat, string>> = Object.freeze({
  jpeg: 'jpg',
  png: 'png',
  webp: 'webp',
  avif: 'avif',
  gif: 'gif',
});

/** Limits on uploads and where files live (from Config). */
export interface MediaSettings {
  /** Directory of the originals and their variants. */
  dir: string;
  /** Largest upload accepted, in bytes (413 above). */
  maxBytes: number;
  /** Most pixels (width × height) an image may have (422 above): decompression bombs. */
  maxPixels: number;
}

/** Where in the picture the subject is, as fractions of width and height (0.5, 0.5 is the centre). */
export interface FocalPoint {
  x: number;
  y: number;
}

/** Text in several languages, by BCP 47 code. */
export type TextByLanguage = Readonly<Record<string, string>>;

/** One file made from an original: a width in a format, or the sharing card. */
export interface MediaVariant {
  /** File name under the item's directory, and the last part of its URL: `w640.avif`, `share-500-500.jpg`. */
  name: string;
  width: number;
  height: number;
  format: VariantFormat;
  bytes: number;
}

/** A picture in the media library. */
export interface MediaItem {
  id: string;
  /** SHA-256 (hex) of the stored original; names its directory and URLs. */
  hash: string;
  /** The name it was uploaded with (for people; never used as a path). */
  filename: string;
  format: MediaFormat;
  mime: string;
  /** Of the stored original, after EXIF orientation was applied. */
  width: number;
  height: number;
  bytes: number;
  /** What the picture shows, for people who cannot see it, per language. */
  alt: TextByLanguage;
  caption: TextByLanguage;
  /** Who made it ("Dateline/Illustration", "UN Photo/…"). */
  credit: string;
  /** Where it came from (an agency, a URL, "Handout"), for the newsroom. */
  source: string;
  focalPoint: FocalPoint;
  createdAt: Date;
  /** Id of the user or API key that uploaded it. */
  createdBy: string;
  /** Variants made so far (none until the variants job has run). */
  variants: MediaVariant[];
}

/** A story that uses a media item (as its hero image). */
export interface MediaUse {
  storyId: string;
  lang: string;
  headline: string;
  status: string;
}

/** A media item with the stories that use it. */
export interface MediaWithUses {
  media: MediaItem;
  uses: MediaUse[];
}

/** Limits of the metadata fields. */
export const MEDIA_LIMITS = Object.freeze({
  alt: 1000,
  caption: 2000,
  credit: 300,
  source: 500,
  filename: 255,
});

/** Kind of the job that makes an item's variants (and re-crops its sharing card). */
export const MAKE_IMAGE_VARIANTS = 'make-image-variants';

/** The key of an item's variants job: one unfinished job per item. */
export function variantsJobKey(mediaId: string): string {
  return `variants:${mediaId}`;
}

/** Name of the stored original of a format: `original.jpg`. */
export function originalName(format: MediaFormat): string {
  return `original.${MEDIA_EXTENSION[format]}`;
}

/** Name of a resized variant: `w640.avif`. */
export function variantName(width: number, format: VariantFormat): string {
  return `w${width}.${MEDIA_EXTENSION[format]}`;
}

/**
 * Name of the sharing card cropped around `focal`: `share-500-500.jpg` (the focal point in
 * thousandths). A new focal point makes a new name, so a URL never changes what it shows
 * and can be cached for ever.
 */
export function shareCardName(focal: FocalPoint): string {
  return `share-${Math.round(focal.x * 1000)}-${Math.round(focal.y * 1000)}.jpg`;
}

/** True for the name of a sharing card. */
export function isShareCardName(name: string): boolean {
  return /^share-\d{1,4}-\d{1,4}\.jpg$/.test(name);
}

/** A file name a URL may ask for: an original, a resized variant or a sharing card. */
export const MEDIA_FILE_NAME = /^(original\.(jpg|png|webp|avif|gif)|w\d{1,5}\.(avif|webp|jpg)|share-\d{1,4}-\d{1,4}\.jpg)$/;

/** A content hash as it appears in URLs: 64 lower-case hexadecimal characters. */
export const MEDIA_HASH = /^[0-9a-f]{64}$/;

/** The format of a file name's extension, or undefined. */
export function formatOfName(name: string): MediaFormat | undefined {
  const ext = name.slice(name.lastIndexOf('.') + 1);
  return MEDIA_FORMATS.find((f) => MEDIA_EXTENSION[f] === ext);
}

/** One variant to make: its name, size and format. */
export interface VariantPlan {
  name: string;
  width: number;
  height: number;
  format: VariantFormat;
  /** For the sharing card: the region of the original to cut out before resizing. */
  crop?: CropBox;
}

/** A rectangle of the original, in pixels. */
export interface CropBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The variants of an original of this size: each standard width below the original's (and the
 * original's own width when it is under the largest), in every variant format, never upscaled;
 * then the sharing card cut around the focal point.
 */
export function planVariants(width: number, height: number, focal: FocalPoint): VariantPlan[] {
  const widths: number[] = VARIANT_WIDTHS.filter((w) => w < width);
  const largest = VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1]!;
  if (width <= largest) widths.push(width);
  const plans: VariantPlan[] = [];
  for (const w of widths) {
    const h = Math.max(1, Math.round((height * w) / width));
    for (const format of VARIANT_FORMATS) plans.push({ name: variantName(w, format), width: w, height: h, format });
  }
  const crop = focalCrop(width, height, focal, SHARE_CARD.width / SHARE_CARD.height);
  // Never upscaled either: a small original gives a smaller card of the same shape.
  const scale = Math.min(1, SHARE_CARD.width / crop.width);
  plans.push({
    name: shareCardName(focal),
    width: Math.max(1, Math.round(crop.width * scale)),
    height: Math.max(1, Math.round(crop.height * scale)),
    format: 'jpeg',
    crop,
  });
  return plans;
}

/**
 * The largest box of shape `aspect` (width / height) inside the image, centred on the focal
 * point as far as the edges allow.
 */
export function focalCrop(width: number, height: number, focal: FocalPoint, aspect: number): CropBox {
  let w = width;
  let h = Math.round(width / aspect);
  if (h > height) {
    h = height;
    w = Math.round(height * aspect);
  }
  w = Math.max(1, Math.min(w, width));
  h = Math.max(1, Math.min(h, height));
  const left = clamp(Math.round(focal.x * width - w / 2), 0, width - w);
  const top = clamp(Math.round(focal.y * height - h / 2), 0, height - h);
  return { left, top, width: w, height: h };
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(Math.max(n, min), max);
}

/** The centre: the focal point of an item nobody has placed one on. */
export const CENTRE: FocalPoint = Object.freeze({ x: 0.5, y: 0.5 });

/** The sharing card among an item's variants, if it has been made. */
export function shareCardOf(media: Pick<MediaItem, 'variants' | 'focalPoint'>): MediaVariant | undefined {
  const name = shareCardName(media.focalPoint);
  return media.variants.find((v) => v.name === name);
}

/** The item's text in `lang`, or null when it has none in that language (never another language's). */
export function textIn(texts: TextByLanguage, lang: string): string | null {
  const text = texts[lang]?.trim();
  return text ? text : null;
}

/** The public path of one of an item's files: `/media/{hash}/{name}`. */
export function mediaPath(hash: string, name: string): string {
  return `/media/${hash}/${name}`;
}

/** A size in bytes as people read it: "25 MB", "740 KB", "512 bytes". */
export function describeBytes(bytes: number): string {
  const round = (n: number) => (n >= 10 ? String(Math.round(n)) : String(Math.round(n * 10) / 10));
  if (bytes >= 1024 * 1024) return `${round(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
