/** The Admin API's shape of a media library item: metadata, absolute file URLs, variants, uses. */
import type { MediaItem, MediaUse } from '../../domain/media.js';

/** A variant as the Admin API shows it. */
export interface AdminMediaVariantJson {
  name: string;
  width: number;
  height: number;
  format: string;
  bytes: number;
  url: string;
}

/** A media item as the Admin API shows it. */
export interface AdminMediaJson {
  id: string;
  hash: string;
  filename: string;
  mime: string;
  width: number;
  height: number;
  bytes: number;
  alt: Record<string, string>;
  caption: Record<string, string>;
  credit: string;
  source: string;
  focalPoint: { x: number; y: number };
  createdAt: string;
  createdBy: string;
  /** Absolute URL of the stored original. */
  url: string;
  variants: AdminMediaVariantJson[];
  /** In lists: how many stories use it. */
  useCount?: number;
  /** On a single item: the stories that use it. */
  uses?: Array<{ storyId: string; lang: string; headline: string; status: string }>;
}

/** The absolute URLs of an item's files (the web room knows the site's address and the paths). */
export interface MediaLinks {
  original: string;
  file(name: string): string;
}

/** An item for the Admin API; `extra` adds the use count (lists) or the uses (one item). */
export function presentAdminMedia(
  media: MediaItem,
  links: MediaLinks,
  extra: { useCount?: number; uses?: readonly MediaUse[] } = {},
): AdminMediaJson {
  const json: AdminMediaJson = {
    id: media.id,
    hash: media.hash,
    filename: media.filename,
    mime: media.mime,
    width: media.width,
    height: media.height,
    bytes: media.bytes,
    alt: { ...media.alt },
    caption: { ...media.caption },
    credit: media.credit,
    source: media.source,
    focalPoint: { ...media.focalPoint },
    createdAt: media.createdAt.toISOString(),
    createdBy: media.createdBy,
    url: links.original,
    variants: media.variants.map((v) => ({ ...v, url: links.file(v.name) })),
  };
  if (extra.useCount !== undefined) json.useCount = extra.useCount;
  if (extra.uses) json.uses = extra.uses.map((u) => ({ ...u }));
  return json;
}
