/** `/api/admin/v1/stories/{id}/corrections`: add a public correction note to a published story. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { STORY_LIMITS } from '../../../domain/story-input.js';
import { correctStory } from '../../../services/correct-story.js';
import type { AppDeps } from '../../build-app.js';
import { actorOf } from './require-admin-key.js';
import { COMMON_ERRORS, ErrorJson, presentStory, StoryEnvelope, StoryIdParams } from './story-schemas.js';

const CorrectionBody = Type.Object(
  {
    text: Type.String({
      maxLength: STORY_LIMITS.correction,
      description: 'The public note, e.g. "An earlier version of this story gave the wrong date for the vote."',
    }),
    revision: Type.Optional(Type.Integer({ minimum: 1, description: 'The revision the caller saw; a newer stored one is a 409' })),
  },
  { additionalProperties: false },
);

/** Route of corrections (registered inside the authenticated Admin API). */
export const storyCorrectionRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  app.post(
    '/stories/:id/corrections',
    {
      schema: {
        summary: 'Correct a published story',
        description:
          'Adds a dated correction that the story page shows as "Correction (date): text", with the updated ' +
          'time; the change is a revision noted "Correction: …". Editors and admins only (403); only a ' +
          'published story can be corrected (422).',
        tags: ['workflow'],
        params: StoryIdParams,
        body: CorrectionBody,
        response: { 201: StoryEnvelope, ...COMMON_ERRORS, 404: ErrorJson, 409: ErrorJson, 422: ErrorJson },
      },
    },
    async (request, reply) => {
      const input = { id: request.params.id, text: request.body.text, revision: request.body.revision };
      const story = await correctStory(deps.contextFor(actorOf(request)), input);
      return reply.status(201).send({ story: presentStory(deps.config.siteUrl, story) });
    },
  );
};
