import type { Kysely } from 'kysely';
import type { MigrationTraits } from './index.js';

/**
 * Understanding: entities shared across stories (with the normalised names they are matched
 * by), each story's links to them, its quotes, its dates, and the suggestions editors decide on.
 */
export async function up(db: Kysely<any>, t: MigrationTraits): Promise<void> {
  await db.schema
    .createTable('entities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    /** JSON object: language code → the name stories in that language use. */
    .addColumn('names', 'text', (c) => c.notNull().defaultTo('{}'))
    /** JSON list of lasting other names ("CSTO"). */
    .addColumn('aliases', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addUniqueConstraint('entities_type_slug_unique', ['type', 'slug'])
    .execute();

  // Every normalised name and lasting alias of an entity: how a new story's names find it.
  await db.schema
    .createTable('entity_keys')
    .addColumn('entity_id', 'text', (c) => c.notNull().references('entities.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('entity_keys_pk', ['type', 'key'])
    .execute();
  await db.schema.createIndex('entity_keys_entity_idx').on('entity_keys').column('entity_id').execute();

  await db.schema
    .createTable('story_entities')
    .addColumn('story_id', 'text', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('entity_id', 'text', (c) => c.notNull().references('entities.id').onDelete('cascade'))
    .addColumn('mentions', 'integer', (c) => c.notNull())
    .addColumn('salience', 'double precision', (c) => c.notNull())
    /** People: the role as the story states it. */
    .addColumn('role', 'text')
    .addPrimaryKeyConstraint('story_entities_pk', ['story_id', 'entity_id'])
    .execute();
  await db.schema.createIndex('story_entities_entity_idx').on('story_entities').column('entity_id').execute();

  await db.schema
    .createTable('quotes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('story_id', 'text', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    // A quote outlives nothing: set null keeps it, unattributed, if its speaker were ever removed.
    .addColumn('entity_id', 'text', (c) => c.references('entities.id').onDelete('set null'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('speaker_role', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('quotes_story_idx').on('quotes').columns(['story_id', 'position']).execute();
  await db.schema.createIndex('quotes_entity_idx').on('quotes').column('entity_id').execute();

  await db.schema
    .createTable('story_suggestions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('story_id', 'text', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    /** The entity id (people, organisations, places) or the term slug (topics, regions). */
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('score', 'double precision', (c) => c.notNull().defaultTo(0))
    /** Null (undecided), `accepted` or `rejected`; decided rows survive every new analysis. */
    .addColumn('decision', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', t.timestamp)
    .addUniqueConstraint('story_suggestions_unique', ['story_id', 'kind', 'key'])
    .execute();

  // Which revision the stored analysis describes, and the dates it found.
  await db.schema
    .createTable('story_analyses')
    .addColumn('story_id', 'text', (c) => c.primaryKey().references('stories.id').onDelete('cascade'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('analysed_at', t.timestamp, (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    /** JSON list of {text, start, end}. */
    .addColumn('dates', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
}
