/**
 * Entities shared across stories, the keys they are matched by, and each story's links to them,
 * with the reader-side lists (an entity's visible stories, its latest stated role).
 */
import type { Kysely } from 'kysely';
import type { Entity, EntityType, StoryEntity } from '../domain/entity.js';
import { fromDate, toDate } from './rows.js';
import type { EntitiesTable, Tables } from './schema.js';
import { applyStoryFilter, type Paged, type PageSlice } from './story-repository.js';

/** A story's link to an entity, as the analysis stores it. */
export interface StoryEntityLink {
  entityId: string;
  mentions: number;
  salience: number;
  role: string | null;
}

/** Which stories a reader list of an entity may show. */
export interface VisibleIn {
  lang: string;
  /** Only stories a reader may see at this instant. */
  at: Date;
}

/** Entities, their match keys and their links to stories. */
export function createEntityRepository(db: Kysely<Tables>) {
  return {
    /** The entities of a type that own any of these keys, with the key that found each. */
    async findByKeys(type: EntityType, keys: readonly string[]): Promise<Array<{ key: string; entity: Entity }>> {
      if (keys.length === 0) return [];
      const rows = await db
        .selectFrom('entity_keys')
        .innerJoin('entities', 'entities.id', 'entity_keys.entity_id')
        .selectAll('entities')
        .select('entity_keys.key as matched_key')
        .where('entity_keys.type', '=', type)
        .where('entity_keys.key', 'in', keys)
        .execute();
      return rows.map((r) => ({ key: r.matched_key, entity: toEntity(r) }));
    },

    /** The entity of a type with this slug. */
    async findBySlug(type: EntityType, slug: string): Promise<Entity | undefined> {
      const row = await db.selectFrom('entities').selectAll().where('type', '=', type).where('slug', '=', slug).executeTakeFirst();
      return row ? toEntity(row) : undefined;
    },

    /** Slugs of a type that start with `prefix` (to find a free one). */
    async listSlugsStartingWith(type: EntityType, prefix: string): Promise<string[]> {
      const rows = await db
        .selectFrom('entities')
        .select('slug')
        .where('type', '=', type)
        .where('slug', 'like', `${prefix.replace(/[%_\\]/g, '')}%`)
        .execute();
      return rows.map((r) => r.slug);
    },

    /** Stores a new entity. */
    async insert(entity: Entity): Promise<void> {
      await db.insertInto('entities').values(toRow(entity)).execute();
    },

    /** Saves an entity's name, names by language and aliases (its type and slug never change). */
    async update(entity: Entity): Promise<void> {
      await db
        .updateTable('entities')
        .set({ name: entity.name, names: JSON.stringify(entity.names), aliases: JSON.stringify(entity.aliases) })
        .where('id', '=', entity.id)
        .execute();
    },

    /** Gives an entity these match keys; a key another entity of the type owns stays with it. */
    async addKeys(entityId: string, type: EntityType, keys: readonly string[]): Promise<void> {
      const unique = [...new Set(keys)].filter((k) => k !== '');
      if (unique.length === 0) return;
      await db
        .insertInto('entity_keys')
        .values(unique.map((key) => ({ entity_id: entityId, type, key })))
        .onConflict((oc) => oc.columns(['type', 'key']).doNothing())
        .execute();
    },

    /** A story's entities, most salient first. */
    async listByStory(storyId: string): Promise<StoryEntity[]> {
      const rows = await db
        .selectFrom('story_entities')
        .innerJoin('entities', 'entities.id', 'story_entities.entity_id')
        .selectAll('entities')
        .select(['story_entities.mentions', 'story_entities.salience', 'story_entities.role'])
        .where('story_entities.story_id', '=', storyId)
        .orderBy('story_entities.salience', 'desc')
        .orderBy('entities.name')
        .execute();
      return rows.map((r) => ({ entity: toEntity(r), mentions: Number(r.mentions), salience: Number(r.salience), role: r.role }));
    },

    /** Replaces a story's links with `links`. */
    async replaceStoryLinks(storyId: string, links: readonly StoryEntityLink[]): Promise<void> {
      await db.deleteFrom('story_entities').where('story_id', '=', storyId).execute();
      if (links.length === 0) return;
      await db
        .insertInto('story_entities')
        .values(links.map((l) => ({ story_id: storyId, entity_id: l.entityId, mentions: l.mentions, salience: l.salience, role: l.role })))
        .execute();
    },

    /** Removes one link of a story (an editor rejected it). */
    async removeStoryLink(storyId: string, entityId: string): Promise<void> {
      await db.deleteFrom('story_entities').where('story_id', '=', storyId).where('entity_id', '=', entityId).execute();
    },

    /** A page of the ids of the stories naming an entity that readers may see, newest first, with the total. */
    async listVisibleStoryIds(entityId: string, visible: VisibleIn, slice: PageSlice): Promise<Paged<string>> {
      const base = applyStoryFilter(db.selectFrom('stories'), { lang: visible.lang, visibleAt: visible.at }).where('stories.id', 'in', (eb) =>
        eb.selectFrom('story_entities').select('story_entities.story_id').where('story_entities.entity_id', '=', entityId),
      );
      const count = await base.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
      const rows = await base
        .select('stories.id')
        .orderBy('stories.published_at', 'desc')
        .orderBy('stories.id', 'desc')
        .limit(slice.limit)
        .offset(slice.offset)
        .execute();
      return { items: rows.map((r) => r.id), total: Number(count.n) };
    },

    /** The role the newest visible story states for the entity, or null. */
    async latestVisibleRole(entityId: string, visible: VisibleIn): Promise<string | null> {
      const row = await applyStoryFilter(db.selectFrom('stories'), { lang: visible.lang, visibleAt: visible.at })
        .innerJoin('story_entities', 'story_entities.story_id', 'stories.id')
        .select('story_entities.role')
        .where('story_entities.entity_id', '=', entityId)
        .where('story_entities.role', 'is not', null)
        .orderBy('stories.published_at', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row?.role ?? null;
    },
  };
}

export type EntityRepository = ReturnType<typeof createEntityRepository>;

/** An entities row as a domain Entity. */
export function toEntity(row: EntitiesTable): Entity {
  return {
    id: row.id,
    type: row.type as EntityType,
    slug: row.slug,
    name: row.name,
    names: JSON.parse(row.names) as Record<string, string>,
    aliases: JSON.parse(row.aliases) as string[],
    createdAt: toDate(row.created_at),
  };
}

function toRow(e: Entity): EntitiesTable {
  return {
    id: e.id,
    type: e.type,
    slug: e.slug,
    name: e.name,
    names: JSON.stringify(e.names),
    aliases: JSON.stringify(e.aliases),
    created_at: fromDate(e.createdAt),
  };
}
