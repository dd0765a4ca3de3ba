/** `/api/admin/v1/audit`: the audit log (who did what to which story or user, when), for admins. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { presentAdminAuditEvent } from '../../../render/json/admin-audit-event.js';
import { listAuditEvents } from '../../../services/list-audit-events.js';
import type { AppDeps } from '../../build-app.js';
import { pageQuery, PaginationJson, paginationOf } from './pagination.js';
import { actorOf } from './require-admin-key.js';
import { COMMON_ERRORS } from './story-schemas.js';

const DEFAULT_LIMIT = 50;

const AuditQuery = Type.Object(
  {
    storyId: Type.Optional(Type.String({ description: 'Only events about this story' })),
    action: Type.Optional(Type.String({ description: 'Only events of this action, e.g. story.published' })),
    ...pageQuery('Events', DEFAULT_LIMIT),
  },
  { additionalProperties: false },
);

const AuditEventJson = Type.Object({
  action: Type.String({
    description:
      'What happened: story.created, story.updated, story.submitted, story.sent_back, story.scheduled, ' +
      'story.unscheduled, story.published, story.unpublished, story.corrected, story.restored, story.deleted, ' +
      'user.signed_in, user.role_changed, …',
  }),
  actor: Type.Object(
    {
      kind: Type.String({ description: 'user, api-key or system (scheduled publishing, imports)' }),
      id: Type.String({ description: 'Id of the user or API key; "system" for Dateline itself' }),
      name: Type.String({ description: 'Name of the user or key at the time' }),
    },
    { description: 'Who did it' },
  ),
  storyId: Type.Union([Type.String(), Type.Null()], { description: 'The story it concerned, if any' }),
  userId: Type.Union([Type.String(), Type.Null()], { description: 'The user it concerned (sign-ins, role changes), if any' }),
  at: Type.String({ format: 'date-time', description: 'When' }),
  details: Type.Object({}, {
    additionalProperties: true,
    description: 'What else matters: {comment} of a send-back, {at} of a schedule, {revision} of a restore, …',
  }),
});

const AuditList = Type.Object({
  events: Type.Array(AuditEventJson, { description: 'Events of this page, newest first' }),
  meta: Type.Object({ pagination: PaginationJson }),
});

/** Route of the audit log (registered inside the authenticated Admin API). */
export const auditRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  app.get(
    '/audit',
    {
      schema: {
        summary: 'Read the audit log',
        description: 'Who did what to which story or user, and when, newest first. Admins only (403 for others).',
        tags: ['audit'],
        querystring: AuditQuery,
        response: { 200: AuditList, ...COMMON_ERRORS },
      },
    },
    async (request) => {
      const { page = 1, limit = DEFAULT_LIMIT, ...filter } = request.query;
      const result = await listAuditEvents(deps.contextFor(actorOf(request)), { ...filter, page, limit });
      return {
        events: result.items.map(presentAdminAuditEvent),
        meta: { pagination: paginationOf(page, limit, result.total) },
      };
    },
  );
};
