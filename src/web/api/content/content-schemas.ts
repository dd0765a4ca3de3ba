/**
 * TypeBox schemas of the Content API v1: the query parameters every endpoint shares, the
 * story, term and author it answers with, pagination and errors. Each description becomes the
 * OpenAPI text. Response fields are optional because `fields=` can leave any of them out.
 */
import { Type, type TObject, type TProperties } from 'typebox';
import { ValidationError } from '../../../domain/errors.js';
import { STORY_TYPES } from '../../../domain/story.js';

const optional = <T extends TProperties>(properties: T) =>
  Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, Type.Optional(v)])) as { [K in keyof T]: ReturnType<typeof Type.Optional<T[K]>> };

/** `?key=`: every endpoint needs it. */
export const keyQuery = {
  key: Type.String({ description: 'A content API key (26 hexadecimal characters, from `dateline apikey create --scope content`)' }),
};

/** Paging: `page` from 1, `limit` 1–100. */
export const pageQuery = (what: string) => ({
  page: Type.Optional(Type.Integer({ minimum: 1, description: 'Page number, from 1 (default 1)' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, description: `${what} per page, 1 to 100 (default 15)` })),
});

/** `meta.pagination` of every list. */
export const PaginationJson = Type.Object(
  {
    page: Type.Integer({ description: 'This page' }),
    limit: Type.Integer({ description: 'Items per page' }),
    pages: Type.Integer({ description: 'Number of pages (at least 1)' }),
    total: Type.Integer({ description: 'Number of items in the whole list' }),
    next: Type.Union([Type.Integer(), Type.Null()], { description: 'The next page, or null on the last' }),
    prev: Type.Union([Type.Integer(), Type.Null()], { description: 'The previous page, or null on the first' }),
  },
  { description: 'Where this page lies in the list' },
);

/** The pagination block of a page of a list. */
export function paginationOf(page: number, limit: number, total: number) {
  const pages = Math.max(1, Math.ceil(total / limit));
  return { page, limit, pages, total, next: page < pages ? page + 1 : null, prev: page > 1 ? Math.min(page - 1, pages) : null };
}

const RefJson = (what: string) =>
  Type.Object({
    id: Type.String({ description: `Identifier of the ${what}` }),
    slug: Type.String({ description: `Slug of the ${what}` }),
    name: Type.String({ description: `Name of the ${what} in the story's language` }),
    url: Type.String({ description: `Absolute URL of the ${what}'s page in the story's language` }),
  });

/** A published story. */
export const ContentStoryJson = Type.Object(
  optional({
    id: Type.String({ description: 'Identifier (24 hexadecimal characters)' }),
    translationGroupId: Type.String({ description: 'Shared by every language version of the same story' }),
    lang: Type.String({ description: 'Language (BCP 47)' }),
    slug: Type.String({ description: 'Last part of the URL; unique within the language' }),
    type: Type.Enum([...STORY_TYPES], { description: 'Kind of story' }),
    url: Type.String({ description: 'Absolute URL of the story page' }),
    headline: Type.String({ description: 'Headline' }),
    standfirst: Type.String({ description: 'Summary under the headline (may be empty)' }),
    datelinePlace: Type.Union([Type.String(), Type.Null()], { description: 'Place the story was reported from' }),
    featured: Type.Boolean({ description: 'True for a lead story' }),
    publishedAt: Type.String({ format: 'date-time', description: 'First publication' }),
    updatedAt: Type.String({ format: 'date-time', description: 'Last change' }),
    authors: Type.Array(RefJson('author'), { description: 'Bylines, in order' }),
    topics: Type.Array(RefJson('topic'), { description: 'Topics' }),
    regions: Type.Array(RefJson('region'), { description: 'Regions' }),
    tags: Type.Array(RefJson('tag'), { description: 'Tags' }),
    readingTime: Type.Integer({ description: 'Minutes to read (with the body)' }),
    body: Type.String({ description: 'Body in CommonMark (with the body)' }),
    html: Type.String({ description: 'The story as HTML: dateline, body, absolute links (with the body)' }),
    plaintext: Type.String({ description: 'The story as plain text (with the body)' }),
    corrections: Type.Array(
      Type.Object({
        at: Type.String({ format: 'date-time', description: 'When it was corrected' }),
        text: Type.String({ description: 'The public correction note' }),
      }),
      { description: 'Public corrections, oldest first (with the body)' },
    ),
  }),
  { description: 'A published story' },
);

/** A topic, region, tag or story type. */
export const ContentTermJson = Type.Object(
  {
    id: Type.String({ description: 'Identifier' }),
    kind: Type.Enum(['topic', 'region', 'tag', 'type'], { description: 'Which taxonomy' }),
    slug: Type.String({ description: 'Slug (for a type, the type)' }),
    name: Type.String({ description: 'Name in the asked language, else English, else any' }),
    names: Type.Record(Type.String(), Type.String(), { description: 'Names by language' }),
    url: Type.String({ description: 'Absolute URL of its section page' }),
    stories: Type.Integer({ description: 'Published stories filed under it' }),
  },
  { description: 'A term in use by published stories' },
);

/** An author. */
export const ContentAuthorJson = Type.Object(
  {
    id: Type.String({ description: 'Identifier' }),
    slug: Type.String({ description: 'Slug' }),
    name: Type.String({ description: 'Name' }),
    bio: Type.String({ description: 'Short biography' }),
    url: Type.String({ description: "Absolute URL of the author's page" }),
    stories: Type.Integer({ description: 'Published stories in their byline' }),
  },
  { description: 'An author of published stories' },
);

/** Every error: `{error: {code, message, details?}}`. */
export const ErrorJson = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: 'Stable code: validation_failed, unauthenticated, not_found' }),
      message: Type.String({ description: 'What went wrong, for people' }),
      details: Type.Optional(Type.Object({}, { additionalProperties: true, description: 'Machine-readable facts, e.g. {field}' })),
    }),
  },
  { description: 'An error' },
);

/** Errors every endpoint may give. */
export const COMMON_ERRORS = { 400: ErrorJson, 401: ErrorJson } as const;

/** `{list: [...], meta: {pagination}}` of a list endpoint. */
export function listEnvelope(name: string, item: TObject, description: string) {
  return Type.Object({ [name]: Type.Array(item, { description }), meta: Type.Object({ pagination: PaginationJson }) });
}

/**
 * `fields=a,b`: the top-level fields to return, each one the resource has.
 * @returns undefined when not given (every field).
 * @throws ValidationError naming a field the resource does not have.
 */
export function parseFields(raw: string | undefined, known: readonly string[]): string[] | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const fields = raw.split(',').map((f) => f.trim()).filter(Boolean);
  for (const f of fields) {
    if (!known.includes(f)) throw new ValidationError('fields', `"${f}" is not a field; use some of ${known.join(', ')}`);
  }
  return fields;
}
