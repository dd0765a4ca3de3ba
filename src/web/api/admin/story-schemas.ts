/**
 * Schemas the Admin API's route files share: the story and revision they answer with, the
 * error body, and the story id in the path. Each field's description becomes its OpenAPI text.
 */
import { Type, type TSchema } from 'typebox';
import { STORY_STATUSES, STORY_TYPES, storyPath, type Story, type StorySummary } from '../../../domain/story.js';
import {
  presentAdminStory,
  presentAdminStorySummary,
  type AdminStoryJson,
  type AdminStorySummaryJson,
} from '../../../render/json/admin-story.js';

const nullable = <T extends TSchema>(schema: T, description: string) =>
  Type.Union([schema, Type.Null()], { description });

const NamedSlug = (what: string) =>
  Type.Object({
    slug: Type.String({ description: `Slug of the ${what}` }),
    name: Type.String({ description: `Name of the ${what} in the story's language` }),
  });

/** A story as every story endpoint returns it. */
export const StoryJson = Type.Object({
  id: Type.String({ description: 'Identifier of the story' }),
  translationGroupId: Type.String({ description: 'Shared by every language version of the same story' }),
  lang: Type.String({ description: 'Language of the story (BCP 47)' }),
  slug: Type.String({ description: 'Last part of the story URL, unique within the language' }),
  type: Type.Enum([...STORY_TYPES], { description: 'Kind of story' }),
  status: Type.Enum([...STORY_STATUSES], { description: 'Where the story is in its workflow' }),
  headline: Type.String({ description: 'Headline' }),
  standfirst: Type.String({ description: 'Summary shown under the headline' }),
  body: Type.String({ description: 'Body in CommonMark (raw HTML is never rendered)' }),
  datelinePlace: nullable(Type.String(), 'Place the story was reported from, e.g. GENEVA'),
  featured: Type.Boolean({ description: 'True for the lead story of the home page' }),
  authors: Type.Array(NamedSlug('author'), { description: 'Bylines, in order' }),
  topics: Type.Array(NamedSlug('topic'), { description: 'Topics the story is filed under' }),
  regions: Type.Array(NamedSlug('region'), { description: 'Regions the story is filed under' }),
  tags: Type.Array(NamedSlug('tag'), { description: 'Free-form tags' }),
  corrections: Type.Array(
    Type.Object({
      at: Type.String({ format: 'date-time', description: 'When the correction was made' }),
      text: Type.String({ description: 'The public correction note' }),
    }),
    { description: 'Public corrections, oldest first' },
  ),
  createdAt: Type.String({ format: 'date-time', description: 'When the story was created' }),
  updatedAt: Type.String({ format: 'date-time', description: 'When the story was last saved' }),
  publishedAt: nullable(Type.String({ format: 'date-time' }), 'When the story was first published'),
  scheduledAt: nullable(
    Type.String({ format: 'date-time' }),
    'When the story is due to be published (read-only: set it with POST /stories/{id}/schedule)',
  ),
  embargoUntil: nullable(
    Type.String({ format: 'date-time' }),
    'The story cannot be published, or scheduled, before this time; readers never see it earlier',
  ),
  createdBy: nullable(Type.String(), 'Id of the user who created the story (null for API keys, imports and the demo)'),
  heroMediaId: nullable(Type.String(), 'The media library item the story leads with (GET /media/{id}), or null'),
  heroCaption: nullable(Type.String(), "The story's own caption for its hero image; null uses the library's caption"),
  heroCredit: nullable(Type.String(), "The story's own credit for its hero image; null uses the library's credit"),
  revision: Type.Integer({ description: 'Revision number; send it back with a change to detect conflicting edits' }),
  url: nullable(Type.String(), 'Absolute public URL while the story is published, else null'),
});

/** A story in a list: everything but the body and the corrections. */
export const StorySummaryJson = Type.Omit(StoryJson, ['body', 'corrections']);

/** The `{story}` envelope of single-story responses. */
export const StoryEnvelope = Type.Object({ story: StoryJson }, { description: 'The story' });

/** The editable fields of a story as one revision kept them. */
export const SnapshotJson = Type.Object(
  {
    lang: Type.String({ description: 'Language' }),
    slug: Type.String({ description: 'Slug' }),
    type: Type.String({ description: 'Kind of story' }),
    status: Type.String({ description: 'Status' }),
    headline: Type.String({ description: 'Headline' }),
    standfirst: Type.String({ description: 'Standfirst' }),
    body: Type.String({ description: 'Body (CommonMark)' }),
    datelinePlace: nullable(Type.String(), 'Dateline place'),
    topics: Type.Array(Type.String(), { description: 'Topic slugs' }),
    regions: Type.Array(Type.String(), { description: 'Region slugs' }),
    tags: Type.Array(Type.String(), { description: 'Tag slugs' }),
    authors: Type.Array(Type.String(), { description: 'Author slugs' }),
    heroMediaId: Type.Optional(nullable(Type.String(), 'Hero image (absent when the story had none)')),
    heroCaption: Type.Optional(nullable(Type.String(), "The story's caption for it")),
    heroCredit: Type.Optional(nullable(Type.String(), "The story's credit for it")),
  },
  { description: 'The story as this revision saved it' },
);

/** Every error response: a stable code, a message for people, and sometimes details. */
export const ErrorJson = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: 'Stable code, e.g. validation_failed, not_found, revision_conflict' }),
      message: Type.String({ description: 'What went wrong, for people' }),
      details: Type.Optional(
        Type.Object({}, { additionalProperties: true, description: 'Machine-readable facts, e.g. {field}' }),
      ),
    }),
  },
  { description: 'An error' },
);

/** The `{id}` path parameter. */
export const StoryIdParams = Type.Object({ id: Type.String({ description: 'Identifier of the story' }) });

/**
 * Route-schema flag of an endpoint whose body may be left out. Swagger copies `x-` keys onto
 * the operation; the Admin API's document transform turns it into `requestBody.required: false`.
 */
export const OPTIONAL_BODY = 'x-optional-body';

/** Error responses every authenticated endpoint may give (403: the caller's role may not). */
export const COMMON_ERRORS = { 400: ErrorJson, 401: ErrorJson, 403: ErrorJson } as const;

/** The Admin API's story, with its absolute public URL when published. */
export function presentStory(siteUrl: string, story: Story): AdminStoryJson {
  return presentAdminStory(story, publicUrl(siteUrl, story));
}

/** The Admin API's story in a list, with its absolute public URL when published. */
export function presentStorySummary(siteUrl: string, story: StorySummary): AdminStorySummaryJson {
  return presentAdminStorySummary(story, publicUrl(siteUrl, story));
}

function publicUrl(siteUrl: string, story: StorySummary): string | null {
  return story.status === 'published' ? siteUrl + storyPath(story) : null;
}
