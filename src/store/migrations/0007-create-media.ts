import type { Kysely } from 'kysely';
import type { MigrationTraits } from './index.js';

/**
 * The media library: one row per stored original (unique by content hash), the variants made
 * from it, and a story's hero image with the story's own caption and credit.
 */
export async function up(db: Kysely<any>, t: MigrationTraits): Promise<void> {
  await db.schema
    .createTable('media')
    .addColumn('id', 'text', (c) => c.primaryKey())
    /** SHA-256 (hex) of the stored original. */
    .addColumn('hash', 'text', (c) => c.notNull().unique())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    /** JSON object: language → alt text. */
    .addColumn('alt', 'text', (c) => c.notNull().defaultTo('{}'))
    /** JSON object: language → caption. */
    .addColumn('caption', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('credit', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('source', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('focal_x', 'real', (c) => c.notNull().defaultTo(0.5))
    .addColumn('focal_y', 'real', (c) => c.notNull().defaultTo(0.5))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('media_created_at_idx').on('media').column('created_at').execute();

  await db.schema
    .createTable('media_variants')
    .addColumn('media_id', 'text', (c) => c.notNull().references('media.id').onDelete('cascade'))
    /** `w640.avif`, `share-500-500.jpg`: the file's name and the last part of its URL. */
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    /** Relative to the media directory. */
    .addColumn('path', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('media_variants_pk', ['media_id', 'name'])
    .execute();

  await db.schema.alterTable('stories').addColumn('hero_media_id', 'text').execute();
  await db.schema.alterTable('stories').addColumn('hero_caption', 'text').execute();
  await db.schema.alterTable('stories').addColumn('hero_credit', 'text').execute();
  await db.schema.createIndex('stories_hero_media_idx').on('stories').column('hero_media_id').execute();
}
