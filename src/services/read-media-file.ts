import { findMediaFile, type MediaFile } from '../media/media-files.js';
import type { ServiceContext } from './context.js';

export type { MediaFile } from '../media/media-files.js';

/**
 * The file behind `/media/{hash}/{name}`: the variant asked for, or the item's original while
 * that variant does not exist (`exact: false`); undefined when the item has no files. Public:
 * the hash is the address, and an item's files are what its published stories show.
 */
export function readMediaFile(ctx: Pick<ServiceContext, 'media'>, hash: string, name: string): Promise<MediaFile | undefined> {
  return findMediaFile(ctx.media.dir, hash, name);
}
