/**
 * `/api/content/v1/stories`: published stories, listed with filters (plain parameters or
 * Ghost's NQL in `filter`), ordered, paged and field-limited, and read by id or slug.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { storyPath, STORY_TYPES } from '../../../domain/story.js';
import { CONTENT_BODY_FIELDS, CONTENT_STORY_FIELDS, pickFields, presentContentStory } from '../../../render/json/content-story.js';
import { getContentStory } from '../../../services/get-content-story.js';
import { listContentStories, type ContentStory } from '../../../services/list-content-stories.js';
import type { AppDeps } from '../../build-app.js';
import { COMMON_ERRORS, ContentStoryJson, ErrorJson, keyQuery, listEnvelope, pageQuery, paginationOf, parseFields } from './content-schemas.js';

const DEFAULT_LIMIT = 15;

const fieldsQuery = {
  fields: Type.Optional(
    Type.String({ description: `Comma-separated fields to return, from: ${CONTENT_STORY_FIELDS.join(', ')}` }),
  ),
};

const ListQuery = Type.Object(
  {
    ...keyQuery,
    filter: Type.Optional(
      Type.String({
        description:
          "Ghost's NQL, e.g. `tag:climate+published_at:>'2026-01-01'`. Fields: id, slug, lang, type, featured, published_at, " +
          'updated_at, created_at, tag (a topic or tag slug, `hash-region-{slug}`, `hash-type-{type}`), tags, primary_tag, author, ' +
          'authors, primary_author, topic, region. `+` is and, `,` is or, `-` negates, parentheses group.',
      }),
    ),
    lang: Type.Optional(Type.String({ description: 'Only stories in this language (default: every language)' })),
    topic: Type.Optional(Type.String({ description: 'Only stories filed under this topic (slug)' })),
    region: Type.Optional(Type.String({ description: 'Only stories filed under this region (slug)' })),
    tag: Type.Optional(Type.String({ description: 'Only stories with this tag (slug)' })),
    author: Type.Optional(Type.String({ description: 'Only stories with this author (slug) in the byline' })),
    type: Type.Optional(Type.Enum([...STORY_TYPES], { description: 'Only stories of this kind' })),
    featured: Type.Optional(Type.Boolean({ description: 'Only lead stories (true) or only the others (false)' })),
    order: Type.Optional(
      Type.String({ description: 'e.g. `published_at desc` (the default), `updated_at desc`, `title asc`; several comma-separated' }),
    ),
    ...fieldsQuery,
    ...pageQuery('Stories'),
  },
  { additionalProperties: false },
);

const ReadQuery = Type.Object({ ...keyQuery, ...fieldsQuery }, { additionalProperties: false });

const SlugQuery = Type.Object(
  { ...keyQuery, ...fieldsQuery, lang: Type.Optional(Type.String({ description: "The story's language; without it the site's languages are tried in order" })) },
  { additionalProperties: false },
);

const StoryEnvelope = Type.Object({ story: ContentStoryJson });

/** Fields a list gives when `fields` is not set: everything but the body and what is made from it. */
const LIST_FIELDS = CONTENT_STORY_FIELDS.filter((f) => !CONTENT_BODY_FIELDS.includes(f));

/** Routes of `/stories`. */
export const contentStoryRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const siteUrl = deps.config.siteUrl;
  const present = (story: ContentStory, fields: readonly string[] | undefined) =>
    pickFields(presentContentStory(story, siteUrl, storyPath(story)), fields);

  app.get(
    '/stories',
    {
      schema: {
        summary: 'List published stories',
        description:
          'Stories readers can see now, newest published first, in every language unless `lang` or the filter narrows it. ' +
          'Without `fields`, each story comes without its body (ask for `html`, `body`, `plaintext`, `corrections` or `readingTime`).',
        tags: ['stories'],
        querystring: ListQuery,
        response: { 200: listEnvelope('stories', ContentStoryJson, 'The stories of this page'), ...COMMON_ERRORS },
      },
    },
    async (request) => {
      const { key: _key, page = 1, limit = DEFAULT_LIMIT, fields: rawFields, ...filters } = request.query;
      const fields = parseFields(rawFields, CONTENT_STORY_FIELDS) ?? LIST_FIELDS;
      const withBodies = fields.some((f) => (CONTENT_BODY_FIELDS as readonly string[]).includes(f));
      const result = await listContentStories(deps.contextFor(), { ...filters, page, limit, withBodies });
      return {
        stories: result.stories.map((s) => present(s, fields)),
        meta: { pagination: paginationOf(page, limit, result.total) },
      };
    },
  );

  app.get(
    '/stories/:id',
    {
      schema: {
        summary: 'Read a published story by id',
        tags: ['stories'],
        params: Type.Object({ id: Type.String({ description: 'Identifier of the story' }) }),
        querystring: ReadQuery,
        response: { 200: StoryEnvelope, ...COMMON_ERRORS, 404: ErrorJson },
      },
    },
    async (request) => {
      const fields = parseFields(request.query.fields, CONTENT_STORY_FIELDS);
      return { story: present(await getContentStory(deps.contextFor(), { id: request.params.id }), fields) };
    },
  );

  app.get(
    '/stories/slug/:slug',
    {
      schema: {
        summary: 'Read a published story by slug',
        description: 'Slugs are unique within a language; give `lang` when several languages use the same one.',
        tags: ['stories'],
        params: Type.Object({ slug: Type.String({ description: 'Slug of the story' }) }),
        querystring: SlugQuery,
        response: { 200: StoryEnvelope, ...COMMON_ERRORS, 404: ErrorJson },
      },
    },
    async (request) => {
      const { fields: rawFields, lang } = request.query;
      const fields = parseFields(rawFields, CONTENT_STORY_FIELDS);
      const address = lang === undefined ? { slug: request.params.slug } : { slug: request.params.slug, lang };
      return { story: present(await getContentStory(deps.contextFor(), address), fields) };
    },
  );
};
