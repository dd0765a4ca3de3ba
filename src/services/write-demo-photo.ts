import { drawIllustration } from '../media/draw-illustration.js';
import type { ServiceContext } from './context.js';
import { DEMO_ALT, DEMO_PHOTO_CREDIT, demoPalette, type DemoPhoto } from './demo/demo-photos.js';
import { uploadMedia } from './upload-media.js';

/**
 * Draws a demo story's illustration and adds it to the media library with its alt text (in
 * the site's languages), English caption and credit; returns the item's id. Drawing the same
 * picture again gives the same bytes, so a second demo run finds the item already there.
 */
export async function writeDemoPhoto(ctx: ServiceContext, slug: string, place: string, photo: DemoPhoto): Promise<string> {
  const palette = demoPalette(photo.palette);
  const bytes = await drawIllustration({ motif: photo.motif, sky: palette.sky, ground: palette.ground, label: place, seed: seedOf(slug) });
  const alt = Object.fromEntries(Object.entries(DEMO_ALT[photo.motif]).filter(([lang]) => ctx.site.languages.includes(lang)));
  const { media } = await uploadMedia(ctx, {
    filename: `${slug}.jpg`,
    bytes,
    metadata: { alt, caption: ctx.site.languages.includes('en') ? { en: photo.caption } : {}, credit: DEMO_PHOTO_CREDIT, source: 'Drawn by Dateline for the demo' },
  });
  return media.id;
}

/** A number from the slug, so each story's picture differs from its neighbours'. */
function seedOf(slug: string): number {
  let h = 2166136261;
  for (const c of slug) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h >>> 0;
}
