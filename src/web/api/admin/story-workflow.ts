/**
 * `/api/admin/v1/stories/{id}/…`: the workflow steps (submit, send back, schedule, unschedule,
 * publish, unpublish). Each route is thin: the services apply the role, ownership, status and
 * embargo rules (403 naming who may, 422 saying why), and a stale `revision` is a 409.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type, type TProperties } from 'typebox';
import { parseInstant, STORY_LIMITS } from '../../../domain/story-input.js';
import { publishStory } from '../../../services/publish-story.js';
import { scheduleStory } from '../../../services/schedule-story.js';
import { sendBackStory } from '../../../services/send-back-story.js';
import { submitStory } from '../../../services/submit-story.js';
import { unpublishStory } from '../../../services/unpublish-story.js';
import { unscheduleStory } from '../../../services/unschedule-story.js';
import type { AppDeps } from '../../build-app.js';
import { actorOf } from './require-admin-key.js';
import { COMMON_ERRORS, ErrorJson, OPTIONAL_BODY, presentStory, StoryEnvelope, StoryIdParams } from './story-schemas.js';

const revisionField = {
  revision: Type.Optional(Type.Integer({ minimum: 1, description: 'The revision the caller saw; a newer stored one is a 409' })),
};

/** A step's body: the optional revision plus the step's own fields. */
const stepBody = <P extends TProperties>(fields: P, description: string) =>
  Type.Object({ ...revisionField, ...fields }, { additionalProperties: false, description });

const StatusChangeBody = stepBody({}, 'Optional: the revision the caller saw');

const SendBackBody = stepBody(
  {
    comment: Type.String({
      maxLength: STORY_LIMITS.comment,
      description: 'What the writers should change; required, and shown to them in the editor',
    }),
  },
  'The comment, and optionally the revision the caller saw',
);

const ScheduleBody = stepBody(
  {
    at: Type.String({
      format: 'date-time',
      description: 'When to publish (ISO 8601 with a time zone): in the future and not before the embargo',
    }),
  },
  'The publication time, and optionally the revision the caller saw',
);

/** The body may be left out altogether: it is then checked (and read) as `{}`. */
async function bodyMayBeAbsent(request: FastifyRequest): Promise<void> {
  request.body ??= {};
}

const RESPONSES = { 200: StoryEnvelope, ...COMMON_ERRORS, 404: ErrorJson, 409: ErrorJson, 422: ErrorJson } as const;

/** Routes of the workflow steps (registered inside the authenticated Admin API). */
export const storyWorkflowRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const siteUrl = deps.config.siteUrl;
  const optionalBody = { [OPTIONAL_BODY]: true };

  app.post(
    '/stories/:id/submit',
    {
      schema: {
        summary: 'Submit a draft for review',
        description:
          'Moves a draft to in review. Its writer (a contributor, on their own story), an editor or an admin may; ' +
          "someone else's story is a 403, a story that is not a draft a 422.",
        tags: ['workflow'],
        params: StoryIdParams,
        body: StatusChangeBody,
        response: RESPONSES,
        ...optionalBody,
      },
      preValidation: bodyMayBeAbsent,
    },
    async (request) => {
      const input = { id: request.params.id, revision: request.body.revision };
      return { story: presentStory(siteUrl, await submitStory(deps.contextFor(actorOf(request)), input)) };
    },
  );

  app.post(
    '/stories/:id/send-back',
    {
      schema: {
        summary: 'Send a story back to its writers',
        description: 'Returns a story in review to draft with a comment (editors and admins). The comment is required (400).',
        tags: ['workflow'],
        params: StoryIdParams,
        body: SendBackBody,
        response: RESPONSES,
      },
    },
    async (request) => {
      const input = { id: request.params.id, revision: request.body.revision, comment: request.body.comment };
      return { story: presentStory(siteUrl, await sendBackStory(deps.contextFor(actorOf(request)), input)) };
    },
  );

  app.post(
    '/stories/:id/schedule',
    {
      schema: {
        summary: 'Schedule a story',
        description:
          'Publishes the story at `at` (editors and admins), even across a restart: the time is kept in the ' +
          'database. Scheduling again moves the time. A time in the past is a 400; a time before the embargo, ' +
          'or a story already published, a 422.',
        tags: ['workflow'],
        params: StoryIdParams,
        body: ScheduleBody,
        response: RESPONSES,
      },
    },
    async (request) => {
      const at = parseInstant('at', request.body.at);
      const input = { id: request.params.id, revision: request.body.revision, at };
      return { story: presentStory(siteUrl, await scheduleStory(deps.contextFor(actorOf(request)), input)) };
    },
  );

  app.post(
    '/stories/:id/unschedule',
    {
      schema: {
        summary: 'Unschedule a story',
        description: 'Calls off a scheduled publication (editors and admins); the story becomes a draft again.',
        tags: ['workflow'],
        params: StoryIdParams,
        body: StatusChangeBody,
        response: RESPONSES,
        ...optionalBody,
      },
      preValidation: bodyMayBeAbsent,
    },
    async (request) => {
      const input = { id: request.params.id, revision: request.body.revision };
      return { story: presentStory(siteUrl, await unscheduleStory(deps.contextFor(actorOf(request)), input)) };
    },
  );

  app.post(
    '/stories/:id/publish',
    {
      schema: {
        summary: 'Publish a story',
        description:
          'Puts the story on the site now (editors and admins); it is visible on the very next request. ' +
          'A story that is already published, or still under embargo, is a 422 (the message names the embargo time).',
        tags: ['workflow'],
        params: StoryIdParams,
        body: StatusChangeBody,
        response: RESPONSES,
        ...optionalBody,
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
        description:
          'Takes a published story off the site, feeds and APIs, or stops a scheduled one from going out ' +
          '(editors and admins); any other story is a 422.',
        tags: ['workflow'],
        params: StoryIdParams,
        body: StatusChangeBody,
        response: RESPONSES,
        ...optionalBody,
      },
      preValidation: bodyMayBeAbsent,
    },
    async (request) => {
      const input = { id: request.params.id, revision: request.body.revision };
      return { story: presentStory(siteUrl, await unpublishStory(deps.contextFor(actorOf(request)), input)) };
    },
  );
};
