/**
 * Makes an original's variants (domain/media.ts planVariants): each width in AVIF, WebP and
 * JPEG, and the sharing card cut around the focal point, each written under a temporary name
 * and renamed into place. A variant that would be larger than the original is not kept (a
 * small flat illustration can be smaller as a PNG than as a JPEG). Files already there are
 * reused — a name always stands for the same pixels — so running it again (a retried job, a
 * new focal point) redoes only what is missing.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import type { MediaItem, MediaVariant, VariantFormat, VariantPlan } from '../domain/media.js';
import { planVariants } from '../domain/media.js';
import { itemFilePath, writeFileAtomically } from './media-files.js';

/** A variant made (or found) on disk, with its path relative to the media directory. */
export type MadeVariant = MediaVariant & { path: string };

/** Encoder settings of the variants: chosen for photos on phones, where bytes cost most. */
const ENCODE: Record<VariantFormat, (image: sharp.Sharp) => sharp.Sharp> = {
  avif: (image) => image.avif({ quality: 50, effort: 2 }),
  webp: (image) => image.webp({ quality: 74, effort: 4 }),
  jpeg: (image) => image.jpeg({ quality: 78, mozjpeg: true, progressive: true }),
};

/** What the variants are made from. */
export type VariantSource = Pick<MediaItem, 'hash' | 'format' | 'width' | 'height' | 'bytes' | 'focalPoint'>;

/**
 * Makes every planned variant of `media` that is not on disk yet, skipping those larger than
 * the original; returns the variants that exist afterwards.
 */
export async function makeVariants(mediaDir: string, media: VariantSource, originalPath: string, maxPixels: number): Promise<MadeVariant[]> {
  const plans = planVariants(media.width, media.height, media.focalPoint);
  let original: Buffer | undefined;
  const made: MadeVariant[] = [];
  // The formats of one width are encoded side by side (the AVIF encoder keeps one core busy
  // while WebP and JPEG use another); widths one after another, to bound the memory used.
  for (const group of groupBy(plans, (p) => p.name.split('.')[0]!)) {
    const results = await Promise.all(
      group.map(async (plan): Promise<MadeVariant | undefined> => {
        const relative = itemFilePath(media.hash, plan.name);
        const path = join(mediaDir, relative);
        const existing = await stat(path).catch(() => undefined);
        if (existing?.isFile()) return variantOf(plan, existing.size, relative);
        original ??= await readFile(join(mediaDir, originalPath));
        const bytes = await render(original, plan, maxPixels);
        if (bytes.length > media.bytes) return undefined;
        await writeFileAtomically(path, bytes);
        return variantOf(plan, bytes.length, relative);
      }),
    );
    for (const v of results) if (v) made.push(v);
  }
  return made;
}

function render(original: Buffer, plan: VariantPlan, maxPixels: number): Promise<Buffer> {
  // The stored original is already turned upright and stripped; variants are converted to sRGB
  // (sharp's default), the colour space every browser assumes for untagged images.
  let image = sharp(original, { limitInputPixels: maxPixels });
  if (plan.crop) image = image.extract(plan.crop);
  image = image.resize({ width: plan.width, height: plan.height, fit: 'fill' });
  // A transparent PNG or GIF gets a white ground in JPEG, as it would on the page.
  if (plan.format === 'jpeg') image = image.flatten({ background: '#ffffff' });
  return ENCODE[plan.format](image).toBuffer();
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.values()];
}

function variantOf(plan: VariantPlan, bytes: number, path: string): MadeVariant {
  return { name: plan.name, width: plan.width, height: plan.height, format: plan.format, bytes, path };
}
