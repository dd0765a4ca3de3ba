/**
 * Entities: the people, organisations and places stories talk about, shared across stories and
 * languages. A story's analysis names them; the rules here decide when two names are the same
 * entity (type plus a normalised name or a name-like alias), and where readers find them.
 */

/** The kinds of entity Dateline keeps. */
export const ENTITY_TYPES = ['person', 'organisation', 'place'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** A person, organisation or place, shared by every story that names it. */
export interface Entity {
  id: string;
  type: EntityType;
  /** Unique per type; the last part of the entity's page address. Never changes once given. */
  slug: string;
  /** The fullest name found, in English for places and bodies the gazetteers know. */
  name: string;
  /** The name as stories in other languages write it, by language code ("Mauritanie" for fr). */
  names: Readonly<Record<string, string>>;
  /** Other names stories use for it that can only mean it ("CSTO", "Russian Federation"). */
  aliases: readonly string[];
  createdAt: Date;
}

/** An entity as one story names it. */
export interface StoryEntity {
  entity: Entity;
  /** How many times the story names it. */
  mentions: number;
  /** 0..1: how central it is to the story (1 for the most central). */
  salience: number;
  /** People: the role as this story states it ("Secretary-General"), else null. */
  role: string | null;
}

/** The path segment of each type's reader pages: `/{lang}/people/{slug}`. */
export const ENTITY_PATH_SEGMENTS: Readonly<Record<EntityType, string>> = Object.freeze({
  person: 'people',
  organisation: 'organisations',
  place: 'places',
});

/** The reader page of an entity in a language: `/{lang}/people/{slug}`, the slug percent-encoded. */
export function entityPath(lang: string, entity: Pick<Entity, 'type' | 'slug'>): string {
  return `/${lang}/${ENTITY_PATH_SEGMENTS[entity.type]}/${encodeURIComponent(entity.slug)}`;
}

/** The entity's name in a language: the name stories in that language use, else the canonical one. */
export function entityName(entity: Pick<Entity, 'name' | 'names'>, lang: string): string {
  return entity.names[lang] ?? entity.name;
}

/** Cache tag of every page that shows an entity or ranks stories by it. */
export function entityTag(entityId: string): string {
  return `entity:${entityId}`;
}

/**
 * The form two names are compared in: accents, case, punctuation and a leading "the" do not
 * matter ("the Democratic People’s Republic of Korea" = "Democratic People's Republic of Korea").
 */
export function entityKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en')
    .replace(/['’ʼ`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

const HONORIFIC = /^(mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|mx|mme|mlle|sr|sra|srta|herr|frau)\.?\s/i;
const ACRONYM = /^[\p{Lu}\p{N}&-]{2,12}$/u;
// A word that starts a name: capitalised, or in a script without case (Arabic, Chinese).
const NAME_WORD = /^[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u;
// Small words names contain in lower case ("Ministry of Health", "Bashar al-Assad").
const JOINING_WORD = /^(of|the|and|for|on|de|du|des|la|le|el|al|bin|ibn|van|von|der|da|do|dos|y|et)$/u;

/**
 * True when an alias can only mean the entity it names in any story, so matching on it across
 * stories is safe. "CSTO" and "Russian Federation" can; "Mr. Ban", "the Secretary-General",
 * "UN chief", "Ban" or "the Institute" name it only within one story.
 */
export function isLastingAlias(type: EntityType, alias: string): boolean {
  const text = alias.trim();
  if (text === '' || HONORIFIC.test(text)) return false;
  if (ACRONYM.test(text)) return type !== 'person';
  const words = text.split(/\s+/);
  if (!NAME_WORD.test(text) || !words.every((w) => NAME_WORD.test(w) || JOINING_WORD.test(w))) return false;
  // A place's other name is a name ("Burma"); one word of a person or body is not ("Ban", "Quartet").
  return type === 'place' || words.length >= 2;
}
