/** `/api/admin/v1/stories/{id}/publish` and `/unpublish`: move a story on or off the site. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { publishStory } from '../../../services/publish-story.js';
import { unpublishStory } from '../../../services/unpublish-story.js';
import type { AppDeps } from '../../build-app.js';
import { actorOf } from './require-admin-key.js';
import { COMMON_ERRORS, ErrorJson, OPTIONAL_BODY, presentStory, StoryEnvelope, StoryIdParams } from './story-schemas.js';

const StatusChangeBody = Type.Object(
  {
    revision: Type.Optional(
      Type.Integer({ minimum: 1, description: 'The revision the caller saw; a newer stored one is a 409' }),
    ),
  },
  { additionalProperties: false, description: 'Optional: the revision the caller saw' },
);

/** The body may be left out altogether: it is then checked (and read) as `{}`. */
async function bodyMayBeAbsent(request: FastifyRequest): Promise<void> {
  request.body ??= {};
}

const RESPONSES = { 200: StoryEnvelope, ...COMMON_ERRORS, 404: ErrorJson, 409: ErrorJson, 422: ErrorJson } as const;

/** Routes of the publish and unpublish steps (registered inside the authenticated Admin API). */
export const storyWorkflowRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const siteUrl = deps.config.siteUrl;

  app.post(
    '/stories/:id/publish',
    {
      schema: {
        summary: 'Publish a story',
        description:
          'Puts the story on the site now; it is visible on the very next request. ' +
          'A story that is already published cannot be published again (422).',
        tags: ['workflow'],
        params: StoryIdParams,
        body: StatusChangeBody,
        response: RESPONSES,
        [OPTIONAL_BODY]: true,
      },
      preValidation: bodyMayBeAbsent,
    },
    async (request) => {
      const input = { id: request.params.id, revision: request.body.revision };
      return { story: presentStory(siteUrl, await publishStory(deps.contextFor(actorOf(request)), input)) };
    },
  );

  app.post(
    '/stories/:id/unpublish',
    {
      schema: {
        summary: 'Unpublish a story',
        description: 'Takes a published story off the site, feeds and APIs; only a published story can be unpublished (422).',
        tags: ['workflow'],
        params: StoryIdParams,
        body: StatusChangeBody,
        response: RESPONSES,
        [OPTIONAL_BODY]: true,
      },
      preValidation: bodyMayBeAbsent,
    },
    async (request) => {
      const input = { id: request.params.id, revision: request.body.revision };
      return { story: presentStory(siteUrl, await unpublishStory(deps.contextFor(actorOf(request)), input)) };
    },
  );
};
