/**
 * Translations in the Admin API: `POST /stories/{id}/translations` starts one,
 * `GET /stories/{id}/translations` lists a story's language versions, and `GET /translations`
 * is the translation board (which stories lack a language, which translations are outdated).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { STORY_STATUSES } from '../../../domain/story.js';
import { listTranslationStatus, TRANSLATION_STATES } from '../../../services/list-translation-status.js';
import { listTranslations } from '../../../services/list-translations.js';
import { startTranslation } from '../../../services/start-translation.js';
import type { TranslationGroup, TranslationVersion } from '../../../services/translation-group.js';
import type { AppDeps } from '../../build-app.js';
import { pageQuery, PaginationJson, paginationOf } from './pagination.js';
import { actorOf } from './require-admin-key.js';
import { COMMON_ERRORS, ErrorJson, presentStory, StoryEnvelope, StoryIdParams } from './story-schemas.js';

const TranslationBody = Type.Object(
  { lang: Type.String({ description: "The language to translate into, one of the site's languages (BCP 47)" }) },
  { additionalProperties: false },
);

const VersionJson = Type.Object({
  id: Type.String({ description: 'Identifier of the story in this language' }),
  lang: Type.String({ description: 'Its language (BCP 47)' }),
  status: Type.Enum([...STORY_STATUSES], { description: 'Where this version is in its own workflow' }),
  headline: Type.String({ description: 'Its headline' }),
  revision: Type.Integer({ description: 'Its revision number' }),
  updatedAt: Type.String({ format: 'date-time', description: 'When it was last saved' }),
  textRevisedAt: Type.String({
    format: 'date-time',
    description: 'When its headline, standfirst or body last changed (workflow steps and filing do not count)',
  }),
  source: Type.Boolean({ description: 'True for the first-created version, the one the others translate' }),
  outdated: Type.Boolean({ description: "True when the source's text changed after this version's text last did" }),
});

const GroupFields = {
  translationGroupId: Type.String({ description: 'Shared by every language version of the story' }),
  translations: Type.Array(VersionJson, { description: 'Every language version, the source first' }),
  missing: Type.Array(Type.String(), { description: "The site's languages the story has no version in" }),
};

const TranslationList = Type.Object(GroupFields, { description: 'The language versions of a story' });

const DEFAULT_LIMIT = 20;

const BoardQuery = Type.Object(
  {
    lang: Type.Optional(Type.String({ description: 'Only stories missing this language, or whose version in it is outdated' })),
    state: Type.Optional(
      Type.Enum([...TRANSLATION_STATES], { description: 'missing: only stories lacking a language; outdated: only those with an outdated translation' }),
    ),
    ...pageQuery('Stories', DEFAULT_LIMIT),
  },
  { additionalProperties: false },
);

const Board = Type.Object({
  stories: Type.Array(Type.Object(GroupFields), { description: 'Stories needing translation work, the most recently updated first' }),
  meta: Type.Object({ pagination: PaginationJson }),
});

function presentVersion(version: TranslationVersion) {
  return {
    id: version.id,
    lang: version.lang,
    status: version.status,
    headline: version.headline,
    revision: version.revision,
    updatedAt: version.updatedAt.toISOString(),
    textRevisedAt: version.textRevisedAt.toISOString(),
    source: version.isSource,
    outdated: version.outdated,
  };
}

function presentGroup(group: TranslationGroup) {
  return { translationGroupId: group.translationGroupId, translations: group.versions.map(presentVersion), missing: group.missing };
}

/** Routes of translations (registered inside the authenticated Admin API). */
export const translationRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  app.post(
    '/stories/:id/translations',
    {
      schema: {
        summary: 'Start a translation',
        description:
          'Creates a draft in another language in the same translation group, holding this version’s headline, ' +
          'standfirst and body for the translator to write over, with its type, dateline place, bylines, topics, ' +
          'regions, tags, embargo and hero image. It has its own slug, workflow, revisions and publication time. ' +
          'Editors and admins only (403); 400 for a language the site does not publish in; 409 when the story ' +
          'already has a version in that language.',
        tags: ['translations'],
        params: StoryIdParams,
        body: TranslationBody,
        response: { 201: StoryEnvelope, ...COMMON_ERRORS, 404: ErrorJson, 409: ErrorJson },
      },
    },
    async (request, reply) => {
      const story = await startTranslation(deps.contextFor(actorOf(request)), { storyId: request.params.id, lang: request.body.lang });
      return reply.status(201).send({ story: presentStory(deps.config.siteUrl, story) });
    },
  );

  app.get(
    '/stories/:id/translations',
    {
      schema: {
        summary: "List a story's language versions",
        description:
          'Every language version of the story in any status, the source (first-created) first, each saying ' +
          'whether it is older than the source; and the languages still missing.',
        tags: ['translations'],
        params: StoryIdParams,
        response: { 200: TranslationList, ...COMMON_ERRORS, 404: ErrorJson },
      },
    },
    async (request) => presentGroup(await listTranslations(deps.contextFor(actorOf(request)), request.params.id)),
  );

  app.get(
    '/translations',
    {
      schema: {
        summary: 'The translation board',
        description:
          "Stories that lack one of the site's languages, or have a translation older than its source (the " +
          "source's headline, standfirst or body changed after the translation's last did), the most recently " +
          'updated first. Editors and admins only (403).',
        tags: ['translations'],
        querystring: BoardQuery,
        response: { 200: Board, ...COMMON_ERRORS },
      },
    },
    async (request) => {
      const { page = 1, limit = DEFAULT_LIMIT, ...filter } = request.query;
      const result = await listTranslationStatus(deps.contextFor(actorOf(request)), { ...filter, page, limit });
      return { stories: result.items.map(presentGroup), meta: { pagination: paginationOf(page, limit, result.total) } };
    },
  );
};
