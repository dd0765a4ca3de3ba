/**
 * The reader site's words. Templates use message keys, never literal UI text, so a new
 * language is one more catalogue here. A missing message falls back to English, key by key.
 * Placeholders are `{name}`; `messageParts` lets a component put elements (a link, a
 * `<time>`) where a placeholder stands, so word order stays the translator's choice.
 */

import { ar } from './catalogues/ar.js';
import { es } from './catalogues/es.js';
import { fr } from './catalogues/fr.js';
import { ru } from './catalogues/ru.js';
import { zh } from './catalogues/zh.js';

/** The English catalogue: every key the reader site uses, and the reference for translators. */
export const en = {
  'skip.toContent': 'Skip to content',
  'nav.topics': 'Topics',
  'nav.regions': 'Regions',
  'nav.archive': 'Archive',
  'nav.languages': 'Languages',
  'nav.pages': 'Pages',
  'footer.about': '{siteName} reports the news from around the world for readers everywhere, in their own language.',
  'title.page': '{title} — {siteName}',
  'title.paged': '{title}, page {page} of {pages}',
  'home.title': '{siteName}: news from around the world',
  'home.description': 'The latest news from {siteName}: stories reported from every region of the world.',
  'home.lead': 'Lead story',
  'home.top': 'Top stories',
  'home.latest': 'Latest',
  'home.more': 'More in {topic}',
  'home.empty': 'No stories have been published yet. Please come back soon.',
  'story.by': 'By {authors}',
  'story.published': 'Published {date}',
  'story.updated': 'Updated {date}',
  'story.corrections': 'Corrections',
  'story.correction': 'Correction ({date}):',
  'story.related': 'Related stories',
  'story.filed': 'Filed under',
  'story.topics': 'Topics',
  'story.regions': 'Regions',
  'story.tags': 'Tags',
  'story.inThisStory': 'In this story',
  'story.people': 'People',
  'story.organisations': 'Organisations',
  'story.places': 'Places',
  'type.news': 'News',
  'type.feature': 'Feature',
  'type.interview': 'Interview',
  'type.audio': 'Audio',
  'type.photo': 'Photo',
  'type.brief': 'In brief',
  'section.topic': 'Topic',
  'section.region': 'Region',
  'section.tag': 'Tag',
  'section.type': 'Story type',
  'section.author': 'Author',
  'section.archive': 'Archive',
  'section.description': '{title}: the latest stories from {siteName}.',
  'section.archiveDescription': 'Every story {siteName} published in {title}.',
  'section.empty': 'There are no stories here yet.',
  'entity.person': 'Person',
  'entity.organisation': 'Organisation',
  'entity.place': 'Place',
  'entity.description': 'Stories from {siteName} that name {name}.',
  'entity.stories': 'Stories',
  'entity.quotes': 'Quotes',
  'entity.quoteFrom': 'From {story}, {date}',
  'pagination.status': 'Page {page} of {pages}',
  'pagination.previous': 'Previous page',
  'pagination.next': 'Next page',
  'notFound.title': 'Page not found',
  'notFound.description': 'There is no page at this address.',
  'notFound.message': 'We could not find anything at {path}.',
  'notFound.help': 'The link may be broken, or the page may have moved or been taken down.',
  'notFound.home': 'Go to the front page',
  'notFound.latest': 'Latest stories',
} as const;

/** The name of one message. */
export type MessageKey = keyof typeof en;

/** A language's messages; any key left out is taken from English. */
export type Catalogue = Partial<Record<MessageKey, string>>;

/** Catalogues by primary language subtag. Add a language by adding its catalogue. */
const catalogues: Readonly<Record<string, Catalogue>> = { en, fr, es, ar, zh, ru };

/** The languages with a catalogue of their own. */
export const CATALOGUE_LANGUAGES: readonly string[] = Object.keys(catalogues);

/** A language's own catalogue (no English fallback), for checking that it is complete. */
export function catalogueOf(lang: string): Catalogue | undefined {
  return catalogues[lang];
}

/** Values that fill a message's `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)\}/g;
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm', 'rohg']);

function primarySubtag(lang: string): string {
  return lang.split(/[-_]/, 1)[0]!.toLowerCase();
}

function template(lang: string, key: MessageKey): string {
  return catalogues[lang]?.[key] ?? catalogues[primarySubtag(lang)]?.[key] ?? en[key];
}

/** The message `key` in `lang` (falling back to English), placeholders filled from `params`. */
export function t(lang: string, key: MessageKey, params?: MessageParams): string {
  return fillPlaceholders(template(lang, key), params);
}

/**
 * The message `key` split at its placeholders: literal text stays a string, each placeholder
 * becomes the value given for it (an element, say). Unknown placeholders stay as text.
 */
export function messageParts<T>(lang: string, key: MessageKey, values: Readonly<Record<string, T>>): Array<string | T> {
  return splitAtPlaceholders(template(lang, key), values);
}

/** A message's `{name}` placeholders filled from `params`; unknown ones stay as written. Shared by every catalogue. */
export function fillPlaceholders(text: string, params?: MessageParams): string {
  if (!params) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** A message split at its placeholders, each replaced by the value given for it. Shared by every catalogue. */
export function splitAtPlaceholders<T>(text: string, values: Readonly<Record<string, T>>): Array<string | T> {
  const parts: Array<string | T> = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1]!;
    if (!(name in values)) continue;
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push(values[name]!);
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** The writing direction of a language tag: right-to-left for Arabic, Hebrew, Persian, Urdu and kin. */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  const subtags = lang.toLowerCase().split(/[-_]/);
  if (RTL_LANGUAGES.has(subtags[0]!)) return 'rtl';
  // A script subtag (`ku-Arab`, `pa-Arab`) decides for languages written in more than one script.
  return subtags.slice(1).some((s) => s.length === 4 && RTL_SCRIPTS.has(s)) ? 'rtl' : 'ltr';
}

/** The key of a story type's label, or null for a type without one. */
export function storyTypeKey(type: string): MessageKey | null {
  const key = `type.${type}`;
  return key in en ? (key as MessageKey) : null;
}
