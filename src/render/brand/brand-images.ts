/**
 * The publication's images for search engines and sharing, drawn here rather than shipped as
 * files: a square logo (the publisher logo of structured data, the feeds' icon) and a 1200×630
 * card used when a story has no picture of its own. Both are the masthead's navy with a white
 * "D" mark, its edges drawn with 4×4 supersampling so the curve is smooth. Made once, on first use.
 */
import { createHash } from 'node:crypto';
import { encodePng } from './png.js';

/** A drawn image and the address it is served at (content-hashed, so it can be cached for a year). */
export interface BrandImage {
  href: string;
  png: Buffer;
  width: number;
  height: number;
}

/** The images of the brand. */
export interface BrandImages {
  logo: BrandImage;
  share: BrandImage;
}

const NAVY = [0x0b, 0x2f, 0x55] as const;
const WHITE = [0xff, 0xff, 0xff] as const;
const SAMPLES = 4;

let images: BrandImages | undefined;

/** The logo and the share card, drawn on the first call. */
export function brandImages(): BrandImages {
  images ??= { logo: draw('logo', 512, 512, 0.8), share: draw('share', 1200, 630, 0.55) };
  return images;
}

/**
 * True when the point (x, y), in units of the mark's box (0–1 each way), is on the "D": a
 * vertical stem and a half ring whose outer edge meets the stem's ends.
 */
function onMark(x: number, y: number): boolean {
  if (x >= 0.25 && x <= 0.39 && y >= 0.14 && y <= 0.86) return true;
  if (x < 0.39) return false;
  const dx = x - 0.39;
  const dy = y - 0.5;
  const r = Math.sqrt(dx * dx + dy * dy);
  return r <= 0.36 && r >= 0.22;
}

/** Draws the mark centred on navy, the mark's box `scale` times the image's height. */
function draw(name: string, width: number, height: number, scale: number): BrandImage {
  const box = height * scale;
  const left = (width - box) / 2;
  const top = (height - box) / 2;
  const rgb = new Uint8Array(width * height * 3);
  const inside = (px: number, py: number) => {
    const u = (px - left) / box;
    const v = (py - top) / box;
    return u >= 0 && u <= 1 && v >= 0 && v <= 1 && onMark(u, v);
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // Supersample only pixels the mark's edge crosses (their corners disagree).
      const corners = [inside(x, y), inside(x + 1, y), inside(x, y + 1), inside(x + 1, y + 1)];
      let a = corners[0] ? 1 : 0;
      if (corners.some((c) => c !== corners[0])) {
        let hits = 0;
        for (let sy = 0; sy < SAMPLES; sy++) {
          for (let sx = 0; sx < SAMPLES; sx++) if (inside(x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES)) hits++;
        }
        a = hits / (SAMPLES * SAMPLES);
      }
      const at = (y * width + x) * 3;
      for (let c = 0; c < 3; c++) rgb[at + c] = Math.round(NAVY[c]! * (1 - a) + WHITE[c]! * a);
    }
  }
  const png = encodePng(width, height, rgb);
  const hash = createHash('sha256').update(png).digest('hex').slice(0, 12);
  return { href: `/assets/${name}.${hash}.png`, png, width, height };
}
