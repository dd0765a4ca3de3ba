/**
 * Pictures for reader pages, feeds and APIs, built from library items: the responsive picture
 * of a story's hero (every variant made so far, the original until there are any), a small
 * thumbnail for lists, and the sharing card for social networks and feeds.
 */
import {
  isShareCardName,
  MEDIA_MIME,
  mediaPath,
  originalName,
  shareCardOf,
  textIn,
  VARIANT_FORMATS,
  type MediaItem,
  type MediaVariant,
} from '../../domain/media.js';
import type { Story, StorySummary } from '../../domain/story.js';
import type { FigureModel, PictureModel } from '../../render/view-models.js';

/** The widest variant a thumbnail offers: lists never need more, and phones pay for every byte. */
const THUMBNAIL_MAX_WIDTH = 960;
/** The `<img>` src for browsers that ignore srcset: a middling width. */
const FALLBACK_WIDTH = 960;

/**
 * A picture of `media` with every resized variant up to `maxWidth` px; the original stands in
 * while no variant of a format exists (never a broken image).
 */
export function pictureOf(media: MediaItem, alt: string, maxWidth = Number.POSITIVE_INFINITY): PictureModel {
  const resized = media.variants.filter((v) => !isShareCardName(v.name));
  // A small thumbnail still needs some variant: keep the narrowest when none is under the cap.
  const narrowest = Math.min(...resized.map((v) => v.width));
  const usable = resized.filter((v) => v.width <= Math.max(maxWidth, narrowest));
  const byFormat = (format: MediaVariant['format']) => usable.filter((v) => v.format === format).sort((a, b) => a.width - b.width);
  const srcset = (variants: MediaVariant[]) => variants.map((v) => `${mediaPath(media.hash, v.name)} ${v.width}w`).join(', ');
  const sources = VARIANT_FORMATS.filter((f) => f !== 'jpeg' && byFormat(f).length > 0).map((f) => ({ type: MEDIA_MIME[f], srcset: srcset(byFormat(f)) }));
  const jpegs = byFormat('jpeg');
  const fallback = [...jpegs].reverse().find((v) => v.width <= FALLBACK_WIDTH) ?? jpegs[0];
  return {
    sources,
    src: mediaPath(media.hash, fallback ? fallback.name : originalName(media.format)),
    srcset: jpegs.length > 0 ? srcset(jpegs) : null,
    width: media.width,
    height: media.height,
    alt,
  };
}

/** A story's hero as a figure: its own caption and credit, else the library's (caption in the story's language). */
export function heroFigureOf(story: Pick<Story, 'lang' | 'heroMediaId' | 'heroCaption' | 'heroCredit'>, media: ReadonlyMap<string, MediaItem>): FigureModel | null {
  const item = story.heroMediaId ? media.get(story.heroMediaId) : undefined;
  if (!item) return null;
  return {
    picture: pictureOf(item, textIn(item.alt, story.lang) ?? ''),
    caption: story.heroCaption ?? textIn(item.caption, story.lang),
    credit: story.heroCredit ?? (item.credit.trim() || null),
  };
}

/** A story's thumbnail for lists (small variants; empty alt: the headline next to it says it all). */
export function thumbnailOf(story: Pick<StorySummary, 'heroMediaId'>, media: ReadonlyMap<string, MediaItem>): PictureModel | null {
  const item = story.heroMediaId ? media.get(story.heroMediaId) : undefined;
  return item ? pictureOf(item, '', THUMBNAIL_MAX_WIDTH) : null;
}

/** An image as sharing cards, feeds and structured data describe it: absolute URL, type, size, alt text. */
export interface SharedImage {
  url: string;
  type: string;
  width: number;
  height: number;
  bytes: number;
  alt: string;
  caption: string | null;
  credit: string | null;
}

/**
 * The story's picture for other sites: the 1200 × 630 card cut around the focal point, or the
 * original until the card is made.
 */
export function sharedImageOf(
  story: Pick<Story, 'lang' | 'heroMediaId' | 'heroCaption' | 'heroCredit'>,
  media: ReadonlyMap<string, MediaItem>,
  siteUrl: string,
): SharedImage | null {
  const item = story.heroMediaId ? media.get(story.heroMediaId) : undefined;
  if (!item) return null;
  const card = shareCardOf(item);
  const common = {
    alt: textIn(item.alt, story.lang) ?? '',
    caption: story.heroCaption ?? textIn(item.caption, story.lang),
    credit: story.heroCredit ?? (item.credit.trim() || null),
  };
  if (card) {
    return { url: siteUrl + mediaPath(item.hash, card.name), type: MEDIA_MIME.jpeg, width: card.width, height: card.height, bytes: card.bytes, ...common };
  }
  return {
    url: siteUrl + mediaPath(item.hash, originalName(item.format)),
    type: item.mime,
    width: item.width,
    height: item.height,
    bytes: item.bytes,
    ...common,
  };
}

/** The widest JPEG a feed offers: enough for any reader app, without the original's weight. */
const FEED_MAX_WIDTH = 1280;

/**
 * The story's picture for feeds (RSS media:content and enclosure, Atom enclosure, JSON Feed
 * image): the widest JPEG variant up to 1280 px, uncropped, or the original until there is one.
 */
export function feedImageOf(
  story: Pick<Story, 'lang' | 'heroMediaId' | 'heroCredit'>,
  media: ReadonlyMap<string, MediaItem>,
  siteUrl: string,
): { url: string; type: string; width: number; height: number; length: number; alt?: string; credit?: string } | null {
  const item = story.heroMediaId ? media.get(story.heroMediaId) : undefined;
  if (!item) return null;
  const jpeg = item.variants
    .filter((v) => v.format === 'jpeg' && !isShareCardName(v.name) && v.width <= FEED_MAX_WIDTH)
    .sort((a, b) => b.width - a.width)[0];
  const file = jpeg
    ? { name: jpeg.name, type: MEDIA_MIME.jpeg, width: jpeg.width, height: jpeg.height, length: jpeg.bytes }
    : { name: originalName(item.format), type: item.mime, width: item.width, height: item.height, length: item.bytes };
  const alt = textIn(item.alt, story.lang);
  const credit = story.heroCredit ?? (item.credit.trim() || null);
  return {
    url: siteUrl + mediaPath(item.hash, file.name),
    type: file.type,
    width: file.width,
    height: file.height,
    length: file.length,
    ...(alt ? { alt } : {}),
    ...(credit ? { credit } : {}),
  };
}

/**
 * The story's picture as Ghost's `feature_image`: the widest JPEG variant (or the original
 * until variants exist), with the alt text and caption in the story's language.
 */
export function featureImageOf(
  story: Pick<Story, 'lang' | 'heroMediaId' | 'heroCaption'>,
  media: ReadonlyMap<string, MediaItem>,
  siteUrl: string,
): { url: string; alt: string | null; caption: string | null } | null {
  const item = story.heroMediaId ? media.get(story.heroMediaId) : undefined;
  if (!item) return null;
  const widest = item.variants.filter((v) => v.format === 'jpeg' && !isShareCardName(v.name)).sort((a, b) => b.width - a.width)[0];
  return {
    url: siteUrl + mediaPath(item.hash, widest ? widest.name : originalName(item.format)),
    alt: textIn(item.alt, story.lang),
    caption: story.heroCaption ?? textIn(item.caption, story.lang),
  };
}
