/**
 * The Content API v1's JSON shapes: stories (camelCase, like the Admin API, with absolute
 * URLs and the HTML readers see), topics, regions, tags, story types and authors. Only
 * published content reaches these presenters; nothing editorial (status, revision) is shown.
 */
import type { Author, Story, StorySummary, StoryType, Term } from '../../domain/story.js';
import { storyTypeKey, t } from '../i18n/messages.js';
import { htmlToPlaintext, readingMinutes, storyHtml } from '../story-content.js';

/** A term or author as a story names it. */
export interface ContentRefJson {
  id: string;
  slug: string;
  name: string;
  url: string;
}

/** A published story as the Content API shows it; `fields=` may leave fields out. */
export interface ContentStoryJson {
  id: string;
  translationGroupId: string;
  lang: string;
  slug: string;
  type: StoryType;
  url: string;
  headline: string;
  standfirst: string;
  datelinePlace: string | null;
  featured: boolean;
  publishedAt: string;
  updatedAt: string;
  authors: ContentRefJson[];
  topics: ContentRefJson[];
  regions: ContentRefJson[];
  tags: ContentRefJson[];
  /** Only when the body was loaded. */
  readingTime?: number;
  /** CommonMark. */
  body?: string;
  /** The body as HTML, dateline included, links absolute. */
  html?: string;
  plaintext?: string;
  corrections?: Array<{ at: string; text: string }>;
}

/** Every field a story can have, for `fields=`. */
export const CONTENT_STORY_FIELDS: ReadonlyArray<keyof ContentStoryJson> = [
  'id', 'translationGroupId', 'lang', 'slug', 'type', 'url', 'headline', 'standfirst', 'datelinePlace', 'featured',
  'publishedAt', 'updatedAt', 'authors', 'topics', 'regions', 'tags', 'readingTime', 'body', 'html', 'plaintext', 'corrections',
];

/** Fields that need the body loaded. */
export const CONTENT_BODY_FIELDS: ReadonlyArray<keyof ContentStoryJson> = ['readingTime', 'body', 'html', 'plaintext', 'corrections'];

/**
 * A story for the Content API; `path` is its site path (domain storyPath). The body fields
 * (HTML, plain text, reading time, corrections) are filled when the story carries its body.
 */
export function presentContentStory(
  story: StorySummary & Partial<Pick<Story, 'body' | 'corrections'>>,
  siteUrl: string,
  path: string,
): ContentStoryJson {
  const ref = (kind: Term['kind']) => (term: Term): ContentRefJson => ({
    id: term.id,
    slug: term.slug,
    name: term.names[story.lang] ?? term.names.en ?? Object.values(term.names)[0] ?? term.slug,
    url: `${siteUrl}/${story.lang}/${kind}/${encodeURIComponent(term.slug)}`,
  });
  const json: ContentStoryJson = {
    id: story.id,
    translationGroupId: story.translationGroupId,
    lang: story.lang,
    slug: story.slug,
    type: story.type,
    url: `${siteUrl}${path}`,
    headline: story.headline,
    standfirst: story.standfirst,
    datelinePlace: story.datelinePlace,
    featured: story.featured,
    publishedAt: (story.publishedAt ?? story.createdAt).toISOString(),
    updatedAt: story.updatedAt.toISOString(),
    authors: story.authors.map((a) => ({ id: a.id, slug: a.slug, name: a.name, url: `${siteUrl}/${story.lang}/author/${encodeURIComponent(a.slug)}` })),
    topics: story.topics.map(ref('topic')),
    regions: story.regions.map(ref('region')),
    tags: story.tags.map(ref('tag')),
  };
  if (story.body !== undefined) {
    const html = storyHtml({ lang: story.lang, body: story.body, datelinePlace: story.datelinePlace }, siteUrl);
    const plaintext = htmlToPlaintext(html);
    json.readingTime = readingMinutes(plaintext, story.lang);
    json.body = story.body;
    json.html = html;
    json.plaintext = plaintext;
    json.corrections = (story.corrections ?? []).map((c) => ({ at: c.at.toISOString(), text: c.text }));
  }
  return json;
}

/** A topic, region, tag or story type as the Content API lists it. */
export interface ContentTermJson {
  id: string;
  kind: Term['kind'] | 'type';
  slug: string;
  /** Name in the asked language (English, then any, when it has none). */
  name: string;
  /** Names by language. */
  names: Readonly<Record<string, string>>;
  url: string;
  /** Published stories filed under it (in the asked language, or in all). */
  stories: number;
}

/** A term for the Content API, named in `lang`. */
export function presentContentTerm(
  term: { id: string; kind: ContentTermJson['kind']; slug: string; names: Readonly<Record<string, string>>; stories: number },
  lang: string,
  siteUrl: string,
): ContentTermJson {
  let name = term.names[lang] ?? term.names.en ?? Object.values(term.names)[0] ?? term.slug;
  let names = term.names;
  if (term.kind === 'type') {
    const key = storyTypeKey(term.slug);
    name = key ? t(lang, key) : term.slug;
    names = key ? { [lang]: name } : {};
  }
  return { id: term.id, kind: term.kind, slug: term.slug, name, names, url: `${siteUrl}/${lang}/${term.kind}/${encodeURIComponent(term.slug)}`, stories: term.stories };
}

/** An author as the Content API lists it. */
export interface ContentAuthorJson {
  id: string;
  slug: string;
  name: string;
  bio: string;
  url: string;
  stories: number;
}

/** An author for the Content API; `url` is their page in `lang`. */
export function presentContentAuthor(author: Author, stories: number, lang: string, siteUrl: string): ContentAuthorJson {
  return { id: author.id, slug: author.slug, name: author.name, bio: author.bio, url: `${siteUrl}/${lang}/author/${encodeURIComponent(author.slug)}`, stories };
}

/** Keeps only the named top-level fields of a JSON object (all when `fields` is undefined). */
export function pickFields<T extends object>(json: T, fields: readonly string[] | undefined): Partial<T> {
  if (!fields) return json;
  const out: Partial<T> = {};
  for (const field of fields) {
    if (field in json) (out as Record<string, unknown>)[field] = (json as Record<string, unknown>)[field];
  }
  return out;
}
