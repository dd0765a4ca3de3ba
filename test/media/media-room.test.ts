/**
 * The media room on real files we make: what it accepts and refuses (by the bytes, with the
 * status each limit gets), orientation and metadata stripping checked on the pixels, and the
 * variants it makes — every format, never upscaled, never larger than the original.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import sharp from 'sharp';
import { MediaTooLargeError, UnprocessableMediaError, UnsupportedMediaError } from '../../src/domain/media-errors.js';
import { CENTRE, MEDIA_EXTENSION, originalName, SHARE_CARD, shareCardName } from '../../src/domain/media.js';
import { cleanOriginal } from '../../src/media/clean-original.js';
import { findMediaFile, storeOriginal } from '../../src/media/media-files.js';
import { makeVariants } from '../../src/media/make-variants.js';
import { probeImage } from '../../src/media/probe-image.js';
import { toClientError } from '../../src/web/plugins/error-handler.js';
import { NOT_AN_IMAGE, PHONE, phonePhotoWithGps, photo, pixelAt, pngBomb } from './test-images.js';

const LIMITS = { maxBytes: 25 * 1024 * 1024, maxPixels: 50_000_000 };
const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function mediaDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-media-room-'));
  dirs.push(dir);
  return dir;
}

/** The HTTP status the web room gives an error. */
function statusOf(err: unknown): number | undefined {
  return err instanceof Error ? toClientError(err)?.status : undefined;
}

describe('the media room', () => {
  for (const format of ['jpeg', 'png', 'webp', 'avif', 'gif'] as const) {
    it(`takes a ${format.toUpperCase()} in and makes AVIF, WebP and JPEG variants of it`, async () => {
      const bytes = await photo(format, 700, 450);
      const probe = await probeImage(bytes, LIMITS);
      assert.equal(probe.format, format);
      assert.deepEqual([probe.width, probe.height], [700, 450]);
      const clean = await cleanOriginal(bytes, probe, LIMITS);
      const dir = mediaDir();
      const path = await storeOriginal(dir, clean.hash, originalName(format), clean.bytes);
      const made = await makeVariants(dir, { ...clean, format, bytes: clean.bytes.length, focalPoint: CENTRE }, path, LIMITS.maxPixels);
      // Widths below the original's and the original's own width; never more.
      const widths = [...new Set(made.filter((v) => v.name.startsWith('w')).map((v) => v.width))].sort((a, b) => a - b);
      assert.ok(widths.every((w) => w <= 700), `upscaled: ${widths.join(', ')}`);
      for (const v of made) {
        const file = readFileSync(join(dir, v.path));
        const meta = await sharp(file).metadata();
        const expected = v.format === 'avif' ? 'heif' : v.format;
        assert.equal(meta.format, expected, v.name);
        assert.deepEqual([meta.width, meta.height], [v.width, v.height], v.name);
        assert.equal(file.length, v.bytes, v.name);
        assert.ok(v.bytes <= clean.bytes.length, `${v.name} (${v.bytes} bytes) is larger than the original (${clean.bytes.length})`);
      }
      // A photo this size compresses well in every format: each width has all three.
      assert.ok(made.some((v) => v.name === 'w320.avif') && made.some((v) => v.name === 'w320.webp') && made.some((v) => v.name === 'w320.jpg'));
      // The original's own width is offered too (in the formats that come out smaller than it).
      assert.ok(made.some((v) => v.width === 700), 'the original width is offered too');
      // No file is left under a temporary name.
      assert.deepEqual(readdirSync(join(dir, clean.hash.slice(0, 2), clean.hash)).filter((f) => f.endsWith('.tmp')), []);
    });
  }

  it('turns a phone photo upright by its EXIF orientation (the pixels move) and drops the GPS position', async () => {
    const bytes = await phonePhotoWithGps();
    const before = await sharp(bytes).metadata();
    assert.equal(before.orientation, 6);
    assert.ok(before.exif && before.exif.indexOf(Buffer.from([0x25, 0x88])) >= 0, 'the test photo has a GPS pointer');
    const probe = await probeImage(bytes, LIMITS);
    assert.deepEqual([probe.width, probe.height], [PHONE.height, PHONE.width]);
    const clean = await cleanOriginal(bytes, probe, LIMITS);
    const after = await sharp(clean.bytes).metadata();
    assert.equal(after.exif, undefined, 'no EXIF at all, so no GPS');
    assert.equal(after.xmp, undefined);
    assert.equal(after.orientation, undefined);
    assert.equal(clean.bytes.indexOf(Buffer.from('Dateline Test Phone')), -1);
    assert.deepEqual([after.width, after.height], [PHONE.height, PHONE.width]);
    // Stored top-left, shown top-right once turned 90° clockwise: the red block is there now.
    const [r1, , b1] = await pixelAt(clean.bytes, PHONE.height - 5, 5);
    assert.ok(r1 > 180 && b1 < 80, `top-right should be red, is ${r1},${b1}`);
    const [r2, , b2] = await pixelAt(clean.bytes, 5, 5);
    assert.ok(r2 < 80 && b2 > 180, `top-left should be blue, is ${r2},${b2}`);
  });

  it('keeps the colour profile of a photo it strips', async () => {
    const bytes = await sharp(await photo('jpeg', 200, 120)).withIccProfile('p3').withExif({ IFD0: { Make: 'Cam' } }).jpeg().toBuffer();
    const probe = await probeImage(bytes, LIMITS);
    assert.equal(probe.hasMetadata, true);
    const clean = await cleanOriginal(bytes, probe, LIMITS);
    const meta = await sharp(clean.bytes).metadata();
    assert.equal(meta.hasProfile, true);
    assert.equal(meta.exif, undefined);
  });

  it('stores an image with nothing to remove byte for byte', async () => {
    const bytes = await photo('png', 300, 200);
    const clean = await cleanOriginal(bytes, await probeImage(bytes, LIMITS), LIMITS);
    assert.ok(clean.bytes.equals(bytes));
  });

  it('refuses a PNG bomb from its header alone, with 422 naming the pixel limit', async () => {
    const bomb = pngBomb();
    assert.ok(bomb.length < 20_000, `the bomb is small (${bomb.length} bytes)`);
    const started = Date.now();
    const err = await probeImage(bomb, LIMITS).catch((e: unknown) => e);
    assert.ok(err instanceof UnprocessableMediaError);
    assert.match(err.message, /60000 × 60000 pixels .* over the limit of 50 megapixels/);
    assert.equal(statusOf(err), 422);
    assert.ok(Date.now() - started < 1000, 'refused without decoding');
  });

  it('refuses a text file named .jpg with 415: the bytes decide, not the name', async () => {
    const err = await probeImage(NOT_AN_IMAGE, LIMITS).catch((e: unknown) => e);
    assert.ok(err instanceof UnsupportedMediaError);
    assert.match(err.message, /not an image .* JPEG, PNG, WebP, AVIF or GIF/);
    assert.equal(statusOf(err), 415);
  });

  it('refuses formats browsers do not take as photos (SVG, TIFF) with 415', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>');
    await assert.rejects(probeImage(svg, LIMITS), (e: unknown) => e instanceof UnsupportedMediaError && /SVG/.test((e as Error).message));
    const tiff = await sharp(await photo('png', 20, 20)).tiff().toBuffer();
    await assert.rejects(probeImage(tiff, LIMITS), (e: unknown) => e instanceof UnsupportedMediaError && /TIFF/.test((e as Error).message));
  });

  it('refuses a file over the byte limit with 413 naming the limit', async () => {
    const bytes = await photo('png', 300, 200);
    const err = await probeImage(bytes, { ...LIMITS, maxBytes: 1024 }).catch((e: unknown) => e);
    assert.ok(err instanceof MediaTooLargeError);
    assert.match(err.message, /over the upload limit of 1 KB/);
    assert.equal(statusOf(err), 413);
  });

  it('refuses a truncated photo with 422 rather than storing something that cannot be shown', async () => {
    const bytes = await photo('jpeg', 400, 300);
    const cut = bytes.subarray(0, Math.floor(bytes.length / 2));
    const probe = await probeImage(cut, LIMITS);
    await assert.rejects(cleanOriginal(cut, probe, LIMITS), (e: unknown) => e instanceof UnprocessableMediaError && statusOf(e) === 422);
  });

  it('never upscales a small original and never keeps a variant larger than it', async () => {
    // A tiny flat PNG: its JPEG and WebP renditions are bigger than it is.
    const flat = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#1d4e89' } }).png().toBuffer();
    const probe = await probeImage(flat, LIMITS);
    const clean = await cleanOriginal(flat, probe, LIMITS);
    const dir = mediaDir();
    const path = await storeOriginal(dir, clean.hash, originalName('png'), clean.bytes);
    const made = await makeVariants(dir, { ...clean, format: 'png', bytes: clean.bytes.length, focalPoint: CENTRE }, path, LIMITS.maxPixels);
    assert.ok(made.every((v) => v.bytes <= clean.bytes.length));
    assert.ok(made.every((v) => v.width <= 400));
    const names = made.map((v) => v.name);
    assert.ok(!names.includes('w480.avif') && !names.includes('w640.webp'), names.join(', '));
    // A variant not kept is answered with the original: never a broken image.
    const skipped = ['w400.jpg', 'w400.webp', 'w400.avif'].find((n) => !names.includes(n));
    if (skipped) {
      const file = await findMediaFile(dir, clean.hash, skipped);
      assert.equal(file?.name, `original.${MEDIA_EXTENSION.png}`);
      assert.equal(file?.exact, false);
    }
  });

  it('cuts the sharing card around the focal point, 1200 × 630', async () => {
    // A wide photo, left half black and right half white: the card follows the focal point.
    const width = 3000;
    const height = 1000;
    const raw = Buffer.alloc(width * height * 3);
    for (let y = 0; y < height; y++) raw.fill(255, (y * width + width / 2) * 3, (y + 1) * width * 3);
    const bytes = await sharp(raw, { raw: { width, height, channels: 3 } }).jpeg().toBuffer();
    const probe = await probeImage(bytes, LIMITS);
    const clean = await cleanOriginal(bytes, probe, LIMITS);
    const dir = mediaDir();
    const path = await storeOriginal(dir, clean.hash, originalName('jpeg'), clean.bytes);
    const brightness = async (focal: { x: number; y: number }) => {
      const made = await makeVariants(dir, { ...clean, format: 'jpeg', bytes: clean.bytes.length, focalPoint: focal }, path, LIMITS.maxPixels);
      const card = made.find((v) => v.name === shareCardName(focal));
      assert.ok(card, `a card for ${JSON.stringify(focal)}`);
      assert.deepEqual([card.width, card.height], [SHARE_CARD.width, SHARE_CARD.height]);
      const stats = await sharp(readFileSync(join(dir, card.path))).stats();
      return stats.channels[0]!.mean / 255;
    };
    // The card is the widest 1200:630 box (1905 × 1000) as near the focal point as the edges allow.
    assert.ok((await brightness({ x: 0.9, y: 0.5 })) > 0.75, 'a focal point on the right gives a mostly white card');
    assert.ok((await brightness({ x: 0.1, y: 0.5 })) < 0.25, 'a focal point on the left gives a mostly black card');
  });
});
