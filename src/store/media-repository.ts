/** The media library: stored originals with their metadata and variants, and where they are used. */
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import {
  MEDIA_FORMATS,
  type MediaFormat,
  type MediaItem,
  type MediaUse,
  type MediaVariant,
  type VariantFormat,
} from '../domain/media.js';
import { fromDate, toDate } from './rows.js';
import type { MediaTable, MediaVariantsTable, Tables } from './schema.js';
import type { Paged, PageSlice } from './story-repository.js';

/** Which items a library list asks for; every field narrows it. */
export interface MediaFilter {
  /** Text the filename, a caption (any language) or the credit contains, ignoring case. */
  text?: string;
  format?: MediaFormat;
  /** true: only items a story uses; false: only unused ones. */
  used?: boolean;
  /** Only items without alt text in this language. */
  missingAltIn?: string;
}

/** A variant row to store: the variant and its path relative to the media directory. */
export type StoredVariant = MediaVariant & { path: string };

/** Media items, their variants and their uses. */
export function createMediaRepository(db: Kysely<Tables>) {
  async function withVariants(rows: MediaTable[]): Promise<MediaItem[]> {
    if (rows.length === 0) return [];
    const variantRows = await db
      .selectFrom('media_variants')
      .selectAll()
      .where('media_id', 'in', rows.map((r) => r.id))
      .orderBy('width')
      .orderBy('name')
      .execute();
    const byMedia = new Map<string, MediaVariant[]>();
    for (const v of variantRows) {
      const list = byMedia.get(v.media_id) ?? [];
      list.push(toVariant(v));
      byMedia.set(v.media_id, list);
    }
    return rows.map((r) => toMedia(r, byMedia.get(r.id) ?? []));
  }

  return {
    /** The item with this id. */
    async findById(id: string): Promise<MediaItem | undefined> {
      const row = await db.selectFrom('media').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? (await withVariants([row]))[0] : undefined;
    },

    /** The item whose stored original has this hash. */
    async findByHash(hash: string): Promise<MediaItem | undefined> {
      const row = await db.selectFrom('media').selectAll().where('hash', '=', hash).executeTakeFirst();
      return row ? (await withVariants([row]))[0] : undefined;
    },

    /** The items with these ids, by id; unknown ids are left out. */
    async findByIds(ids: readonly string[]): Promise<Map<string, MediaItem>> {
      const unique = [...new Set(ids)];
      if (unique.length === 0) return new Map();
      const rows = await db.selectFrom('media').selectAll().where('id', 'in', unique).execute();
      return new Map((await withVariants(rows)).map((m) => [m.id, m]));
    },

    /** A page of the library, newest first, with the total. */
    async list(filter: MediaFilter, slice: PageSlice): Promise<Paged<MediaItem>> {
      let q = db.selectFrom('media');
      const text = filter.text?.trim().toLowerCase();
      if (text) {
        const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        q = q.where((eb) =>
          eb.or([
            sql<boolean>`lower(${sql.ref('media.filename')}) like ${pattern} escape '\\'`,
            sql<boolean>`lower(${sql.ref('media.caption')}) like ${pattern} escape '\\'`,
            sql<boolean>`lower(${sql.ref('media.credit')}) like ${pattern} escape '\\'`,
          ]),
        );
      }
      if (filter.format) q = q.where('media.mime', '=', mimeOf(filter.format));
      if (filter.used !== undefined) {
        q = filter.used ? q.where((eb) => usedBySomeStory(eb)) : q.where((eb) => eb.not(usedBySomeStory(eb)));
      }
      if (filter.missingAltIn) {
        // The alt column is a JSON object written by this repository: `"lang":"text"` with a non-empty text.
        const present = `%${JSON.stringify(filter.missingAltIn).replace(/[\\%_]/g, (c) => `\\${c}`)}:"_%`;
        q = q.where(sql<boolean>`${sql.ref('media.alt')} not like ${present} escape '\\'`);
      }
      const count = await q.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
      const rows = await q
        .selectAll()
        .orderBy('media.created_at', 'desc')
        .orderBy('media.id', 'desc')
        .limit(slice.limit)
        .offset(slice.offset)
        .execute();
      return { items: await withVariants(rows), total: Number(count.n) };
    },

    /** Stores a new item (its variants are added later). */
    async insert(media: MediaItem): Promise<void> {
      await db.insertInto('media').values(toRow(media)).execute();
    },

    /** Saves an item's metadata (alt, caption, credit, source, focal point). */
    async updateMetadata(media: MediaItem): Promise<void> {
      await db
        .updateTable('media')
        .set({
          alt: JSON.stringify(media.alt),
          caption: JSON.stringify(media.caption),
          credit: media.credit,
          source: media.source,
          focal_x: media.focalPoint.x,
          focal_y: media.focalPoint.y,
        })
        .where('id', '=', media.id)
        .execute();
    },

    /** Replaces an item's variants with these. */
    async replaceVariants(mediaId: string, variants: readonly StoredVariant[]): Promise<void> {
      await db.deleteFrom('media_variants').where('media_id', '=', mediaId).execute();
      if (variants.length === 0) return;
      await db
        .insertInto('media_variants')
        .values(
          variants.map((v) => ({
            media_id: mediaId,
            name: v.name,
            width: v.width,
            height: v.height,
            format: v.format,
            bytes: v.bytes,
            path: v.path,
          })),
        )
        .execute();
    },

    /** Deletes an item and its variant rows. */
    async delete(id: string): Promise<void> {
      await db.deleteFrom('media_variants').where('media_id', '=', id).execute();
      await db.deleteFrom('media').where('id', '=', id).execute();
    },

    /** The stories that use the item as their hero image, most recently saved first. */
    async listUses(mediaId: string): Promise<MediaUse[]> {
      const rows = await db
        .selectFrom('stories')
        .select(['id', 'lang', 'headline', 'status'])
        .where('hero_media_id', '=', mediaId)
        .orderBy('updated_at', 'desc')
        .execute();
      return rows.map((r) => ({ storyId: r.id, lang: r.lang, headline: r.headline, status: r.status }));
    },

    /** How many stories use each of these items, by id (items no story uses are left out). */
    async countUses(mediaIds: readonly string[]): Promise<Map<string, number>> {
      if (mediaIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('stories')
        .select((eb) => ['hero_media_id', eb.fn.countAll<string | number>().as('n')])
        .where('hero_media_id', 'in', mediaIds)
        .groupBy('hero_media_id')
        .execute();
      return new Map(rows.map((r) => [r.hero_media_id!, Number(r.n)]));
    },
  };
}

export type MediaRepository = ReturnType<typeof createMediaRepository>;

function usedBySomeStory(eb: ExpressionBuilder<Tables, 'media'>) {
  return eb.exists(eb.selectFrom('stories').select('stories.id').whereRef('stories.hero_media_id', '=', 'media.id'));
}

function mimeOf(format: MediaFormat): string {
  return `image/${format}`;
}

function formatOfMime(mime: string): MediaFormat {
  const format = MEDIA_FORMATS.find((f) => mimeOf(f) === mime);
  if (!format) throw new Error(`store: media row has an unknown type "${mime}"`);
  return format;
}

function toMedia(row: MediaTable, variants: MediaVariant[]): MediaItem {
  return {
    id: row.id,
    hash: row.hash,
    filename: row.filename,
    format: formatOfMime(row.mime),
    mime: row.mime,
    width: Number(row.width),
    height: Number(row.height),
    bytes: Number(row.bytes),
    alt: parseTexts(row.alt),
    caption: parseTexts(row.caption),
    credit: row.credit,
    source: row.source,
    focalPoint: { x: Number(row.focal_x), y: Number(row.focal_y) },
    createdAt: toDate(row.created_at),
    createdBy: row.created_by,
    variants,
  };
}

function toVariant(row: MediaVariantsTable): MediaVariant {
  return {
    name: row.name,
    width: Number(row.width),
    height: Number(row.height),
    format: row.format as VariantFormat,
    bytes: Number(row.bytes),
  };
}

function toRow(m: MediaItem): MediaTable {
  return {
    id: m.id,
    hash: m.hash,
    filename: m.filename,
    mime: m.mime,
    width: m.width,
    height: m.height,
    bytes: m.bytes,
    alt: JSON.stringify(m.alt),
    caption: JSON.stringify(m.caption),
    credit: m.credit,
    source: m.source,
    focal_x: m.focalPoint.x,
    focal_y: m.focalPoint.y,
    created_at: fromDate(m.createdAt),
    created_by: m.createdBy,
  };
}

function parseTexts(json: string): Record<string, string> {
  const value: unknown = JSON.parse(json);
  return value && typeof value === 'object' ? (value as Record<string, string>) : {};
}
