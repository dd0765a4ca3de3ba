/**
 * `/api/admin/v1/stories/{id}/revisions`: a story's history, one snapshot per save, newest
 * first; one revision; the word-level diff between any two; and restoring an old one as a new
 * revision.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { DIFFED_FIELDS } from '../../../domain/revision-diff.js';
import { presentAdminRevision } from '../../../render/json/admin-story.js';
import { presentAdminRevisionDiff } from '../../../render/json/admin-revision-diff.js';
import { diffRevisions } from '../../../services/diff-revisions.js';
import { getRevision } from '../../../services/get-revision.js';
import { listRevisions } from '../../../services/list-revisions.js';
import { restoreRevision } from '../../../services/restore-revision.js';
import type { AppDeps } from '../../build-app.js';
import { actorOf } from './require-admin-key.js';
import { COMMON_ERRORS, ErrorJson, presentStory, SnapshotJson, StoryEnvelope, StoryIdParams } from './story-schemas.js';

const revisionFields = {
  revision: Type.Integer({ description: 'Revision number' }),
  createdAt: Type.String({ format: 'date-time', description: 'When it was saved' }),
  actor: Type.String({ description: 'Who saved it (a user, an API key or Dateline itself)' }),
  note: Type.Union([Type.String(), Type.Null()], { description: 'Why, when the saver said (workflow steps say which)' }),
};

const RevisionJson = Type.Object({ ...revisionFields, snapshot: SnapshotJson });

const RevisionList = Type.Object({ revisions: Type.Array(RevisionJson, { description: 'Revisions, newest first' }) });

const RevisionEnvelope = Type.Object({ revision: RevisionJson }, { description: 'The revision' });

const RevisionParams = Type.Object({
  id: StoryIdParams.properties.id,
  n: Type.Integer({ minimum: 1, description: 'Revision number' }),
});

const DiffParams = Type.Object({
  id: StoryIdParams.properties.id,
  a: Type.Integer({ minimum: 1, description: 'The revision to compare from' }),
  b: Type.Integer({ minimum: 1, description: 'The revision to compare to' }),
});

const DiffPartJson = Type.Object({
  kind: Type.Enum(['same', 'added', 'removed'], {
    description: 'same: in both; added: only in revision b; removed: only in revision a',
  }),
  text: Type.String({ description: 'The words (with their spacing)' }),
});

const RevisionDiffJson = Type.Object({
  diff: Type.Object(
    {
      from: Type.Object(revisionFields, { description: 'Revision a' }),
      to: Type.Object(revisionFields, { description: 'Revision b' }),
      fields: Type.Array(
        Type.Object({
          field: Type.Enum([...DIFFED_FIELDS], { description: 'Which field' }),
          changed: Type.Boolean({ description: 'False when the field is the same in both' }),
          parts: Type.Array(DiffPartJson, {
            description: 'The text in order; same+removed parts give revision a, same+added parts revision b',
          }),
        }),
        { description: 'Headline, standfirst and body, word by word' },
      ),
    },
    { description: 'What changed from revision a to revision b' },
  ),
});

const RestoreBody = Type.Object(
  {
    revision: Type.Integer({
      minimum: 1,
      description: "The story's current revision as the caller saw it; a newer stored one is a 409 and nothing changes",
    }),
  },
  { additionalProperties: false },
);

/** Routes of a story's revision history (registered inside the authenticated Admin API). */
export const storyRevisionRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  app.get(
    '/stories/:id/revisions',
    {
      schema: {
        summary: "List a story's revisions",
        tags: ['revisions'],
        params: StoryIdParams,
        response: { 200: RevisionList, ...COMMON_ERRORS, 404: ErrorJson },
      },
    },
    async (request) => {
      const revisions = await listRevisions(deps.contextFor(actorOf(request)), request.params.id);
      return { revisions: revisions.map(presentAdminRevision) };
    },
  );

  app.get(
    '/stories/:id/revisions/:n',
    {
      schema: {
        summary: 'Read one revision',
        tags: ['revisions'],
        params: RevisionParams,
        response: { 200: RevisionEnvelope, ...COMMON_ERRORS, 404: ErrorJson },
      },
    },
    async (request) => {
      const revision = await getRevision(deps.contextFor(actorOf(request)), request.params.id, request.params.n);
      return { revision: presentAdminRevision(revision) };
    },
  );

  app.get(
    '/stories/:id/revisions/:a/diff/:b',
    {
      schema: {
        summary: 'Compare two revisions',
        description: 'The word-level differences in headline, standfirst and body from revision a to revision b (either order).',
        tags: ['revisions'],
        params: DiffParams,
        response: { 200: RevisionDiffJson, ...COMMON_ERRORS, 404: ErrorJson },
      },
    },
    async (request) => {
      const { id, a, b } = request.params;
      return { diff: presentAdminRevisionDiff(await diffRevisions(deps.contextFor(actorOf(request)), id, a, b)) };
    },
  );

  app.post(
    '/stories/:id/revisions/:n/restore',
    {
      schema: {
        summary: 'Restore an old revision',
        description:
          "Saves revision n's headline, standfirst, body, type, dateline, sections, tags and byline as a NEW " +
          'revision (the history is kept); status, slug and embargo do not change. The same rules as an edit ' +
          'apply (403 for a contributor on a story not their own draft); a stale `revision` is a 409.',
        tags: ['revisions'],
        params: RevisionParams,
        body: RestoreBody,
        response: { 200: StoryEnvelope, ...COMMON_ERRORS, 404: ErrorJson, 409: ErrorJson },
      },
    },
    async (request) => {
      const input = { id: request.params.id, from: request.params.n, revision: request.body.revision };
      const story = await restoreRevision(deps.contextFor(actorOf(request)), input);
      return { story: presentStory(deps.config.siteUrl, story) };
    },
  );
};
