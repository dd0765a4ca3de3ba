/**
 * The files of the media library under the media directory: `{aa}/{hash}/original.jpg` and its
 * variants beside it (`w640.avif`, `share-500-500.jpg`). Every file is written under a temporary
 * name and renamed into place, so a reader never gets half a file and a crash leaves none.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { MEDIA_FILE_NAME, MEDIA_HASH, formatOfName, MEDIA_MIME, type MediaFormat } from '../domain/media.js';

/** The directory of an item's files, relative to the media directory. */
export function itemDirectory(hash: string): string {
  if (!MEDIA_HASH.test(hash)) throw new Error(`media: "${hash}" is not a content hash`);
  return join(hash.slice(0, 2), hash);
}

/** The path of one of an item's files, relative to the media directory. */
export function itemFilePath(hash: string, name: string): string {
  if (!MEDIA_FILE_NAME.test(name)) throw new Error(`media: "${name}" is not a media file name`);
  return join(itemDirectory(hash), name);
}

/** Writes `bytes` to `path` through a temporary file in the same directory, then renames it into place. */
export async function writeFileAtomically(path: string, bytes: Buffer): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (err) {
    await unlink(temporary).catch(() => {});
    throw err;
  }
}

/** Stores an original under its hash (once: the same hash is the same bytes); returns its relative path. */
export async function storeOriginal(mediaDir: string, hash: string, name: string, bytes: Buffer): Promise<string> {
  const relative = itemFilePath(hash, name);
  const path = join(mediaDir, relative);
  if (!(await exists(path))) await writeFileAtomically(path, bytes);
  return relative;
}

/** A file ready to send. */
export interface MediaFile {
  /** Absolute (or media-directory-based) path. */
  path: string;
  /** The name of the file sent (the original's when a variant was asked for that is not there). */
  name: string;
  size: number;
  contentType: string;
  /** False when the original stands in for a variant not made (yet). */
  exact: boolean;
}

/**
 * The file a URL names, or the item's original when that variant does not exist (not made yet,
 * or skipped as larger than the original): never a broken image. Undefined when the item has no
 * files at all.
 */
export async function findMediaFile(mediaDir: string, hash: string, name: string): Promise<MediaFile | undefined> {
  if (!MEDIA_HASH.test(hash) || !MEDIA_FILE_NAME.test(name)) return undefined;
  const exact = await fileOf(mediaDir, hash, name);
  if (exact) return { ...exact, exact: true };
  const original = (await readdir(join(mediaDir, itemDirectory(hash))).catch(() => [] as string[])).find((f) => f.startsWith('original.'));
  if (!original || !MEDIA_FILE_NAME.test(original)) return undefined;
  const fallback = await fileOf(mediaDir, hash, original);
  return fallback ? { ...fallback, exact: false } : undefined;
}

async function fileOf(mediaDir: string, hash: string, name: string): Promise<Omit<MediaFile, 'exact'> | undefined> {
  const format = formatOfName(name) as MediaFormat;
  const path = join(mediaDir, itemFilePath(hash, name));
  try {
    const s = await stat(path);
    return s.isFile() ? { path, name, size: s.size, contentType: MEDIA_MIME[format] } : undefined;
  } catch {
    return undefined;
  }
}

/** Removes an item's files that are neither its original nor named in `keep` (old sharing cards). */
export async function removeFilesExcept(mediaDir: string, hash: string, keep: ReadonlySet<string>): Promise<void> {
  const dir = join(mediaDir, itemDirectory(hash));
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    if (name.startsWith('original.') || keep.has(name) || name.endsWith('.tmp')) continue;
    await unlink(join(dir, name)).catch(() => {});
  }
}

/** Removes every file of an item. */
export async function removeItemFiles(mediaDir: string, hash: string): Promise<void> {
  await rm(join(mediaDir, itemDirectory(hash)), { recursive: true, force: true });
}

/** True when the file exists. */
export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
