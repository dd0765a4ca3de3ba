/**
 * What a reader's browser downloads for a story's hero image: the page's `<picture>` is read the
 * way a browser reads it (first `<source>` type it supports, the narrowest `srcset` width that
 * covers the slot `sizes` gives at the device's pixel ratio), and the chosen file is fetched
 * for its size. Compared with the stored original, which is what a page without variants sends.
 */
import { request } from 'node:http';

/** The bytes one screen downloads for the hero. */
export interface HeroDownload {
  label: string;
  /** The file chosen (its last path part), e.g. `w480.avif`. */
  file: string;
  bytes: number;
}

/** A phone 360 CSS px wide; the story column is the screen less 1 rem on each side (site.css). */
const PHONE = { width: 360, margin: 32 };

/** Reads the hero `<picture>` of `html` and returns what a 360 px phone at 1×, 2× and 3× downloads. */
export async function heroDownloads(origin: string, html: string): Promise<HeroDownload[]> {
  const figure = /<figure class="hero">([\s\S]*?)<\/figure>/.exec(html)?.[1];
  if (!figure) throw new Error('the story page has no hero figure');
  const avif = /<source type="image\/avif" srcset="([^"]+)"/.exec(figure)?.[1];
  const jpeg = /<img [^>]*srcset="([^"]+)"/.exec(figure)?.[1];
  const slot = PHONE.width - PHONE.margin;
  const out: HeroDownload[] = [];
  for (const [format, srcset] of [['AVIF', avif], ['JPEG (browsers without AVIF or WebP)', jpeg]] as const) {
    if (!srcset) continue;
    const candidates = srcset.split(',').map((c) => {
      const [url, w] = c.trim().split(/\s+/);
      return { url: url!, width: Number(w!.replace('w', '')) };
    });
    for (const dpr of [1, 2, 3]) {
      const need = slot * dpr;
      const chosen = candidates.find((c) => c.width >= need) ?? candidates[candidates.length - 1]!;
      out.push({ label: `360 px phone at ${dpr}×, ${format}`, file: chosen.url.split('/').pop()!, bytes: await sizeOf(origin, chosen.url) });
    }
  }
  return out;
}

/** The size of the body at `path`, fetched whole. */
export function sizeOf(origin: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, origin), (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => (res.statusCode === 200 ? resolve(bytes) : reject(new Error(`${path} answered ${res.statusCode}`))));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
