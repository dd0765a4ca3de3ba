/**
 * A story's entities as the reader pages show them: the "In this story" links and the JSON-LD
 * `about` / `mentions` of its NewsArticle, each pointing at the entity's page in the story's language.
 */
import { entityName, entityPath, entityTag, type EntityType, type StoryEntity } from '../../domain/entity.js';
import type { ThingRef } from '../../render/structured-data/news-article.js';
import type { Link, StoryEntityLinks } from '../../render/view-models.js';

/** Links shown per kind at most (the most central ones). */
const LINKS_PER_TYPE = 8;
/** An entity at least this central (1 = the most) is what the story is `about`; the rest it `mentions`. */
const ABOUT_SALIENCE = 0.6;
const ABOUT_MAX = 4;
const MENTIONS_MAX = 20;

const SCHEMA_TYPE: Readonly<Record<EntityType, ThingRef['type']>> = { person: 'Person', organisation: 'Organization', place: 'Place' };

/** The link to an entity's page in `lang`, labelled with the name that language uses. */
export function entityLink(entity: StoryEntity['entity'], lang: string): Link {
  return { href: entityPath(lang, entity), label: entityName(entity, lang) };
}

/** "In this story": people, organisations and places, most central first. */
export function storyEntityLinks(entities: readonly StoryEntity[], lang: string): StoryEntityLinks {
  const of = (type: EntityType) => entities.filter((e) => e.entity.type === type).slice(0, LINKS_PER_TYPE).map((e) => entityLink(e.entity, lang));
  return { people: of('person'), organisations: of('organisation'), places: of('place') };
}

/** What the story is about and what it mentions, for its NewsArticle (URLs absolute). */
export function structuredEntities(entities: readonly StoryEntity[], lang: string, siteUrl: string): { about: ThingRef[]; mentions: ThingRef[] } {
  const ref = (e: StoryEntity): ThingRef => ({ type: SCHEMA_TYPE[e.entity.type], name: entityName(e.entity, lang), url: `${siteUrl}${entityPath(lang, e.entity)}` });
  const sorted = [...entities].sort((a, b) => b.salience - a.salience);
  const about = sorted.filter((e, i) => i === 0 || e.salience >= ABOUT_SALIENCE).slice(0, ABOUT_MAX);
  const mentions = sorted.filter((e) => !about.includes(e)).slice(0, MENTIONS_MAX);
  return { about: about.map(ref), mentions: mentions.map(ref) };
}

/** Cache tags of a page that shows or ranks by these entities. */
export function entityTags(entities: readonly StoryEntity[]): string[] {
  return entities.map((e) => entityTag(e.entity.id));
}
