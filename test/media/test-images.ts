/**
 * Real image files for the media tests, made here with sharp and zlib: photos with gradients in
 * every accepted format, a phone photo with GPS and an EXIF orientation, a PNG bomb and a text
 * file pretending to be a JPEG. Nothing is downloaded or checked in.
 */
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';

/** A photo-like picture (gradient, circles, noise-free) of `width` × `height`, as raw RGB. */
export function photoPixels(width: number, height: number): Buffer {
  const raw = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const dx = x - width * 0.65;
      const dy = y - height * 0.4;
      const sun = Math.max(0, 1 - Math.sqrt(dx * dx + dy * dy) / (height * 0.35));
      raw[i] = Math.round(40 + 180 * (x / width) + 35 * sun);
      raw[i + 1] = Math.round(70 + 120 * (y / height) + 60 * sun);
      raw[i + 2] = Math.round(150 - 90 * (y / height) + 20 * Math.sin(x / 17));
    }
  }
  return raw;
}

/** The photo encoded in a format sharp writes. */
export async function photo(format: 'jpeg' | 'png' | 'webp' | 'avif' | 'gif', width = 1000, height = 640): Promise<Buffer> {
  const image = sharp(photoPixels(width, height), { raw: { width, height, channels: 3 } });
  switch (format) {
    case 'jpeg':
      return image.jpeg({ quality: 90 }).toBuffer();
    case 'png':
      return image.png().toBuffer();
    case 'webp':
      return image.webp({ quality: 90 }).toBuffer();
    case 'avif':
      return image.avif({ quality: 70, effort: 2 }).toBuffer();
    case 'gif':
      return image.gif().toBuffer();
  }
}

/** Width, height and the red block of the phone photo, as stored (before orientation). */
export const PHONE = { width: 120, height: 80, block: { width: 40, height: 20 } } as const;

/**
 * A phone photo: blue, with a red block in the stored top-left corner, EXIF orientation 6
 * ("turn 90° clockwise to show") and a GPS position in its EXIF.
 */
export async function phonePhotoWithGps(): Promise<Buffer> {
  const { width, height, block } = PHONE;
  const raw = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const red = x < block.width && y < block.height;
      raw[i] = red ? 230 : 20;
      raw[i + 1] = 20;
      raw[i + 2] = red ? 20 : 220;
    }
  }
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 95 })
    .withExif({
      IFD0: { Make: 'Dateline Test Phone', Model: 'Field Unit 1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '46/1 12/1 30/1', GPSLongitudeRef: 'E', GPSLongitude: '6/1 8/1 45/1' },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

/**
 * A PNG bomb: a valid header claiming `side` × `side` pixels (1-bit grey) and a few kilobytes of
 * compressed zeros. Decoding it would need gigabytes; the header alone must be enough to refuse it.
 */
export function pngBomb(side = 60_000): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale
  // Only the first rows' data: enough for a well-formed stream, far too little to be worth decoding.
  const rows = Buffer.alloc((Math.ceil(side / 8) + 1) * 64);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A text file, whatever name it is given. */
export const NOT_AN_IMAGE = Buffer.from('These are the minutes of the editorial meeting, not a photograph.\n', 'utf8');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** The RGB colour of one pixel of an encoded image. */
export async function pixelAt(bytes: Buffer, x: number, y: number): Promise<[number, number, number]> {
  const { data, info } = await sharp(bytes).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  return [data[i]!, data[i + 1]!, data[i + 2]!];
}
