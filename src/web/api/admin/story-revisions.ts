/** `/api/admin/v1/stories/{id}/revisions`: a story's history, one snapshot per save, newest first. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { presentAdminRevision } from '../../../render/json/admin-story.js';
import { listRevisions } from '../../../services/list-revisions.js';
import type { AppDeps } from '../../build-app.js';
import { actorOf } from './require-admin-key.js';
import { COMMON_ERRORS, ErrorJson, SnapshotJson, StoryIdParams } from './story-schemas.js';

const RevisionList = Type.Object({
  revisions: Type.Array(
    Type.Object({
      revision: Type.Integer({ description: 'Revision number' }),
      createdAt: Type.String({ format: 'date-time', description: 'When it was saved' }),
      actor: Type.String({ description: 'Who saved it (a user, an API key or Dateline itself)' }),
      note: Type.Union([Type.String(), Type.Null()], { description: 'Why, when the saver said' }),
      snapshot: SnapshotJson,
    }),
    { description: 'Revisions, newest first' },
  ),
});

/** Route of a story's revision history (registered inside the authenticated Admin API). */
export const storyRevisionRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  app.get(
    '/stories/:id/revisions',
    {
      schema: {
        summary: "List a story's revisions",
        tags: ['stories'],
        params: StoryIdParams,
        response: { 200: RevisionList, ...COMMON_ERRORS, 404: ErrorJson },
      },
    },
    async (request) => {
      const revisions = await listRevisions(deps.contextFor(actorOf(request)), request.params.id);
      return { revisions: revisions.map(presentAdminRevision) };
    },
  );
};
