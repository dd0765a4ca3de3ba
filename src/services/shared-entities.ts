/**
 * From one story's analysed entities to the entities every story shares: a name is the same
 * entity as one already known when its type matches and its normalised name, or one of its
 * lasting aliases, is a key of that entity. New names make new entities; known ones learn the
 * name this story's language uses and any new lasting aliases.
 */
import type { Kysely } from 'kysely';
import { entityKey, isLastingAlias, type Entity, type EntityType } from '../domain/entity.js';
import { newId } from '../domain/ids.js';
import { slugify } from '../domain/slug.js';
import { createEntityRepository, type EntityRepository } from '../store/entity-repository.js';
import type { Tables } from '../store/schema.js';

/** An entity as the analysis of one story found it (the shape of understand's Entity that matters here). */
export interface FoundEntity {
  /** Unique within the analysis. */
  id: string;
  type: EntityType;
  name: string;
  aliases: readonly string[];
  mentions: ReadonlyArray<{ text: string }>;
}

/** Aliases kept on an entity at most (the first ones found stay). */
const MAX_ALIASES = 24;

/**
 * The shared entity of each found entity, by the found entity's id, creating and updating
 * entities with `db` (which MUST be the transaction that stores the story's analysis).
 */
export async function resolveSharedEntities(
  db: Kysely<Tables>,
  found: readonly FoundEntity[],
  lang: string,
  now: Date,
): Promise<Map<string, Entity>> {
  const entities = createEntityRepository(db);
  const resolved = new Map<string, Entity>();
  // Everything known by key, per type: asked once per type, then kept up to date as entities are made.
  const known = new Map<EntityType, Map<string, Entity>>();
  for (const type of new Set(found.map((e) => e.type))) {
    const keys = found.filter((e) => e.type === type).flatMap((e) => keysOf(e));
    const byKey = new Map<string, Entity>();
    for (const hit of await entities.findByKeys(type, [...new Set(keys)])) byKey.set(hit.key, hit.entity);
    known.set(type, byKey);
  }

  // One order for every analysis, so two running at once wait for each other rather than deadlock.
  const ordered = [...found].sort((a, b) => a.type.localeCompare(b.type) || entityKey(a.name).localeCompare(entityKey(b.name)));
  for (const e of ordered) {
    const byKey = known.get(e.type)!;
    const ownKey = entityKey(e.name);
    const keys = keysOf(e);
    if (keys.length === 0) continue;
    const written = nameAsWritten(e, lang);
    const match = byKey.get(ownKey) ?? keys.map((k) => byKey.get(k)).find((x) => x !== undefined);
    let entity: Entity;
    if (!match) {
      entity = {
        id: newId(now),
        type: e.type,
        slug: await freeSlug(entities, e.type, slugify(e.name) || e.type),
        name: e.name,
        names: written ? { [lang]: written } : {},
        aliases: lastingAliases(e).slice(0, MAX_ALIASES),
        createdAt: now,
      };
      await entities.insert(entity);
    } else {
      entity = merged(match, e, lang, written, byKey.get(ownKey) === undefined);
      if (entity !== match) await entities.update(entity);
    }
    await entities.addKeys(entity.id, e.type, keys);
    for (const key of keys) if (!byKey.has(key)) byKey.set(key, entity);
    // Later names of this story that led to the old form must now find the updated one.
    for (const [key, value] of byKey) if (value.id === entity.id) byKey.set(key, entity);
    resolved.set(e.id, entity);
  }
  return resolved;
}

/** The keys a found entity is matched by: its normalised name and lasting aliases. */
function keysOf(e: FoundEntity): string[] {
  return [...new Set([entityKey(e.name), ...lastingAliases(e).map(entityKey)])].filter((k) => k !== '');
}

function lastingAliases(e: FoundEntity): string[] {
  const seen = new Set([entityKey(e.name)]);
  const out: string[] = [];
  for (const alias of e.aliases) {
    const key = entityKey(alias);
    if (seen.has(key) || !isLastingAlias(e.type, alias)) continue;
    seen.add(key);
    out.push(alias.trim());
  }
  return out;
}

/**
 * How a story in another language writes the name: its most frequent mention, a dateline's
 * capitals only when nothing else is written. English uses the canonical name itself.
 */
function nameAsWritten(e: FoundEntity, lang: string): string | undefined {
  if (lang === 'en') return undefined;
  const counts = new Map<string, number>();
  for (const m of e.mentions) {
    const text = m.text.trim();
    if (text !== '') counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  const shouting = (s: string) => s === s.toLocaleUpperCase() && s !== s.toLocaleLowerCase();
  const ranked = [...counts.entries()].sort((a, b) => Number(shouting(a[0])) - Number(shouting(b[0])) || b[1] - a[1]);
  const best = ranked[0]?.[0];
  return best && best !== e.name ? best : undefined;
}

/**
 * The entity with what this story adds: the name in its language (the first one found stays),
 * new lasting aliases, and a fuller name when the entity was known only by an alias of it
 * ("CSTO" becomes "Collective Security Treaty Organization"; the slug stays). The same object
 * when nothing changed.
 */
function merged(entity: Entity, e: FoundEntity, lang: string, written: string | undefined, viaAlias: boolean): Entity {
  let next = entity;
  if (written && next.names[lang] === undefined) next = { ...next, names: { ...next.names, [lang]: written } };
  const have = new Set([entityKey(next.name), ...next.aliases.map(entityKey)]);
  const fresh = lastingAliases(e).filter((a) => !have.has(entityKey(a)));
  if (viaAlias && e.name.length > next.name.length && lastingAliases(e).some((a) => entityKey(a) === entityKey(next.name))) {
    next = { ...next, name: e.name, aliases: [...next.aliases.filter((a) => entityKey(a) !== entityKey(e.name)), next.name].slice(0, MAX_ALIASES) };
  }
  if (fresh.length > 0 && next.aliases.length < MAX_ALIASES) {
    next = { ...next, aliases: [...next.aliases, ...fresh.filter((a) => entityKey(a) !== entityKey(next.name))].slice(0, MAX_ALIASES) };
  }
  return next;
}

/** `base`, or `base-2`, `base-3` … whichever no entity of the type has yet. */
async function freeSlug(entities: EntityRepository, type: EntityType, base: string): Promise<string> {
  const taken = new Set(await entities.listSlugsStartingWith(type, base));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
