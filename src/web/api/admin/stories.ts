/**
 * `/api/admin/v1/stories`: create, list, read, change and delete stories. Thin: the schema
 * validates the request, a service does the work, the presenter shapes the answer.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { parseInstant, STORY_LIMITS, type StoryFields } from '../../../domain/story-input.js';
import { STORY_STATUSES, STORY_TYPES } from '../../../domain/story.js';
import { createStory } from '../../../services/create-story.js';
import { deleteStory } from '../../../services/delete-story.js';
import { getStory } from '../../../services/get-story.js';
import { listStories } from '../../../services/list-stories.js';
import { updateStory } from '../../../services/update-story.js';
import type { AppDeps } from '../../build-app.js';
import { pageQuery, PaginationJson, paginationOf } from './pagination.js';
import { actorOf } from './require-admin-key.js';
import {
  COMMON_ERRORS,
  ErrorJson,
  presentStory,
  presentStorySummary,
  StoryEnvelope,
  StoryIdParams,
  StorySummaryJson,
} from './story-schemas.js';

const slugList = (what: string) =>
  Type.Array(Type.String({ maxLength: STORY_LIMITS.slug }), {
    maxItems: STORY_LIMITS.terms,
    description: `Slugs of the ${what}, in order`,
  });

/** The fields a writer sets; all optional here, the create schema makes some required. */
const editableFields = {
  headline: Type.String({ maxLength: STORY_LIMITS.headline, description: 'Headline (plain text)' }),
  body: Type.String({ maxLength: STORY_LIMITS.body, description: 'Body in CommonMark; raw HTML is not rendered' }),
  standfirst: Type.Optional(
    Type.String({ maxLength: STORY_LIMITS.standfirst, description: 'One or two sentences shown under the headline' }),
  ),
  type: Type.Optional(Type.Enum([...STORY_TYPES], { description: 'Kind of story (default news)' })),
  topics: Type.Optional(slugList("site's topics (unknown ones are refused)")),
  regions: Type.Optional(slugList("site's regions (unknown ones are refused)")),
  tags: Type.Optional(slugList('tags (new ones are created)')),
  authors: Type.Optional(slugList('authors in the byline')),
  datelinePlace: Type.Optional(
    Type.Union([Type.String({ maxLength: STORY_LIMITS.datelinePlace }), Type.Null()], {
      description: 'Place the story was reported from, e.g. GENEVA; null or empty for none',
    }),
  ),
  slug: Type.Optional(
    Type.String({ maxLength: STORY_LIMITS.slug, description: 'URL slug; made from the headline when absent' }),
  ),
  featured: Type.Optional(Type.Boolean({ description: 'Make this the lead story of its home page' })),
  heroMediaId: Type.Optional(
    Type.Union([Type.String({ maxLength: 24 }), Type.Null()], {
      description:
        'The media library item the story leads with (POST /media gives its id); null for none. Publishing needs ' +
        "its alt text in the story's language",
    }),
  ),
  heroCaption: Type.Optional(
    Type.Union([Type.String({ maxLength: STORY_LIMITS.heroCaption }), Type.Null()], {
      description: "The story's own caption for its hero image; null or empty uses the library's caption",
    }),
  ),
  heroCredit: Type.Optional(
    Type.Union([Type.String({ maxLength: STORY_LIMITS.heroCredit }), Type.Null()], {
      description: "The story's own credit for its hero image; null or empty uses the library's credit",
    }),
  ),
  embargoUntil: Type.Optional(
    Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
      description:
        'Embargo: the story cannot be published or scheduled before this time (ISO 8601 with a time zone); ' +
        'null lifts it. Editors and admins only',
    }),
  ),
};

/** The body's fields as the services take them: the embargo as a Date. */
function toStoryFields<T extends { embargoUntil?: string | null }>(body: T): Omit<T, 'embargoUntil'> & StoryFields {
  const { embargoUntil, ...rest } = body;
  if (embargoUntil === undefined) return rest;
  return { ...rest, embargoUntil: embargoUntil === null ? null : parseInstant('embargoUntil', embargoUntil) };
}

const CreateBody = Type.Object(
  { lang: Type.String({ description: "Language of the story, one of the site's languages" }), ...editableFields },
  { additionalProperties: false },
);

const UpdateBody = Type.Object(
  {
    revision: Type.Integer({ minimum: 1, description: 'The revision this change was made against' }),
    ...editableFields,
    headline: Type.Optional(editableFields.headline),
    body: Type.Optional(editableFields.body),
  },
  { additionalProperties: false },
);

const DEFAULT_LIMIT = 15;

const ListQuery = Type.Object(
  {
    status: Type.Optional(Type.Enum([...STORY_STATUSES], { description: 'Only stories in this status' })),
    lang: Type.Optional(Type.String({ description: 'Only stories in this language' })),
    topic: Type.Optional(Type.String({ description: 'Only stories filed under this topic slug' })),
    type: Type.Optional(Type.Enum([...STORY_TYPES], { description: 'Only stories of this kind' })),
    author: Type.Optional(Type.String({ description: 'Only stories with this author (slug) in the byline' })),
    createdBy: Type.Optional(Type.String({ description: 'Only stories created by this user (id)' })),
    q: Type.Optional(Type.String({ maxLength: 200, description: 'Only stories whose headline contains this text, ignoring case' })),
    ...pageQuery('Stories', DEFAULT_LIMIT),
  },
  { additionalProperties: false },
);

const StoryList = Type.Object({
  stories: Type.Array(StorySummaryJson, { description: 'The stories of this page (without bodies), most recently saved first' }),
  meta: Type.Object({ pagination: PaginationJson }),
});

/** Routes of `/stories` and `/stories/{id}` (registered inside the authenticated Admin API). */
export const storyRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const siteUrl = deps.config.siteUrl;

  app.post(
    '/stories',
    {
      schema: {
        summary: 'Create a story',
        description:
          'Writes a new draft and its first revision; it belongs to the user whose token created it. ' +
          'Any role may; only editors and admins may set an embargo (403).',
        tags: ['stories'],
        body: CreateBody,
        response: { 201: StoryEnvelope, ...COMMON_ERRORS },
      },
    },
    async (request, reply) => {
      const story = await createStory(deps.contextFor(actorOf(request)), toStoryFields(request.body));
      return reply.status(201).send({ story: presentStory(siteUrl, story) });
    },
  );

  app.get(
    '/stories',
    {
      schema: {
        summary: 'List stories',
        description: 'Stories in any status, most recently saved first, a page at a time.',
        tags: ['stories'],
        querystring: ListQuery,
        response: { 200: StoryList, ...COMMON_ERRORS },
      },
    },
    async (request) => {
      const { page = 1, limit = DEFAULT_LIMIT, ...filter } = request.query;
      const result = await listStories(deps.contextFor(actorOf(request)), { ...filter, page, limit });
      return {
        stories: result.items.map((s) => presentStorySummary(siteUrl, s)),
        meta: { pagination: paginationOf(page, limit, result.total) },
      };
    },
  );

  app.get(
    '/stories/:id',
    {
      schema: {
        summary: 'Read a story',
        tags: ['stories'],
        params: StoryIdParams,
        response: { 200: StoryEnvelope, ...COMMON_ERRORS, 404: ErrorJson },
      },
    },
    async (request) => ({ story: presentStory(siteUrl, await getStory(deps.contextFor(actorOf(request)), request.params.id)) }),
  );

  app.patch(
    '/stories/:id',
    {
      schema: {
        summary: 'Change a story',
        description:
          'Saves the given fields as a new revision. `revision` must be the story\'s current revision; ' +
          'if someone saved in between, the answer is 409 and nothing is overwritten. Contributors may change ' +
          'only their own drafts, and only editors and admins the embargo (403). An embargo that would hide a ' +
          'published story, or fall after a scheduled time, is a 422.',
        tags: ['stories'],
        params: StoryIdParams,
        body: UpdateBody,
        response: { 200: StoryEnvelope, ...COMMON_ERRORS, 404: ErrorJson, 409: ErrorJson, 422: ErrorJson },
      },
    },
    async (request) => {
      const { revision, ...fields } = request.body;
      const story = await updateStory(deps.contextFor(actorOf(request)), { id: request.params.id, revision, fields: toStoryFields(fields) });
      return { story: presentStory(siteUrl, story) };
    },
  );

  app.delete(
    '/stories/:id',
    {
      schema: {
        summary: 'Delete a draft',
        description:
          'Deletes a draft for good. A story in any other status must be unpublished instead (422). ' +
          'Contributors may delete only their own drafts (403).',
        tags: ['stories'],
        params: StoryIdParams,
        response: {
          204: Type.Null({ description: 'Deleted' }),
          ...COMMON_ERRORS,
          404: ErrorJson,
          422: ErrorJson,
        },
      },
    },
    async (request, reply) => {
      await deleteStory(deps.contextFor(actorOf(request)), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
