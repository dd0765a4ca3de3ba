/** Small pictures of library items for the admin pages: a JPEG variant near the width asked for, or the original. */
import { isShareCardName, mediaPath, originalName, textIn, type MediaItem } from '../../domain/media.js';
import type { AdminThumbnail } from '../../render/admin-media-view-models.js';

/** The narrowest JPEG variant at least `width` px wide (else the widest there is, else the original). */
export function adminThumbnail(media: MediaItem, width: number, lang: string): AdminThumbnail {
  const jpegs = media.variants.filter((v) => v.format === 'jpeg' && !isShareCardName(v.name)).sort((a, b) => a.width - b.width);
  const chosen = jpegs.find((v) => v.width >= width) ?? jpegs[jpegs.length - 1];
  const alt = textIn(media.alt, lang) ?? Object.values(media.alt).find((t) => t.trim() !== '') ?? '';
  return {
    src: mediaPath(media.hash, chosen ? chosen.name : originalName(media.format)),
    width: media.width,
    height: media.height,
    alt,
  };
}
