import type { Kysely } from 'kysely';
import type { MigrationTraits } from './index.js';

/** Stories, their bylines and taxonomies, revisions and corrections. */
export async function up(db: Kysely<any>, t: MigrationTraits): Promise<void> {
  await db.schema
    .createTable('authors')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('bio', 'text', (c) => c.notNull().defaultTo(''))
    .execute();

  await db.schema
    .createTable('terms')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('names', 'text', (c) => c.notNull().defaultTo('{}'))
    .addUniqueConstraint('terms_kind_slug_unique', ['kind', 'slug'])
    .execute();

  await db.schema
    .createTable('stories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('translation_group_id', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('headline', 'text', (c) => c.notNull())
    .addColumn('standfirst', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('dateline_place', 'text')
    .addColumn('featured', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('published_at', t.timestamp)
    .addColumn('scheduled_at', t.timestamp)
    .addColumn('embargo_until', t.timestamp)
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addUniqueConstraint('stories_lang_slug_unique', ['lang', 'slug'])
    .execute();
  await db.schema
    .createIndex('stories_public_idx')
    .on('stories')
    .columns(['lang', 'status', 'published_at'])
    .execute();
  await db.schema.createIndex('stories_group_idx').on('stories').column('translation_group_id').execute();
  await db.schema.createIndex('stories_updated_idx').on('stories').column('updated_at').execute();

  await db.schema
    .createTable('story_authors')
    .addColumn('story_id', 'text', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('authors.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('story_authors_pk', ['story_id', 'author_id'])
    .execute();
  await db.schema.createIndex('story_authors_author_idx').on('story_authors').column('author_id').execute();

  await db.schema
    .createTable('story_terms')
    .addColumn('story_id', 'text', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('term_id', 'text', (c) => c.notNull().references('terms.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('story_terms_pk', ['story_id', 'term_id'])
    .execute();
  await db.schema.createIndex('story_terms_term_idx').on('story_terms').column('term_id').execute();

  await db.schema
    .createTable('revisions')
    .addColumn('story_id', 'text', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('actor_label', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('revisions_pk', ['story_id', 'revision'])
    .execute();

  await db.schema
    .createTable('corrections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('story_id', 'text', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('at', t.timestamp, (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('corrections_story_idx').on('corrections').column('story_id').execute();
}
