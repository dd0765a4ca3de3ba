/** `GET /admin/audit` (admins): the audit log, newest first, optionally of one story. */
import type { FastifyPluginAsync } from 'fastify';
import type { AuditModel } from '../../render/admin-view-models.js';
import { renderAuditPage } from '../../render/pages/admin/audit-page.js';
import { getStory } from '../../services/get-story.js';
import { listAuditEvents, type ListAuditEventsInput } from '../../services/list-audit-events.js';
import { listUsers } from '../../services/list-users.js';
import { ADMIN_PATHS, chromeOf, contextOf, pageParam, paginationOf, queryParam, sendPage, storyHref, type AdminOptions } from './admin-request.js';

const PER_PAGE = 50;

/** Keys of an event's details that only machines read (ids of sessions and tokens). */
const HIDDEN_DETAILS = new Set(['sessionId', 'tokenId']);

/** An event's details in one line ("comment: Check the figures; from: editor; to: admin"), or null. */
export function describeDetails(details: Readonly<Record<string, unknown>>): string | null {
  const parts = Object.entries(details)
    .filter(([key, value]) => !HIDDEN_DETAILS.has(key) && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'))
    .map(([key, value]) => `${key}: ${String(value)}`);
  return parts.length > 0 ? parts.join('; ') : null;
}

/** Route of the audit log. */
export const auditRoutes: FastifyPluginAsync<AdminOptions> = async (app, options) => {
  app.get('/audit', async (request, reply) => {
    const storyId = queryParam(request.query, 'storyId').trim();
    const page = pageParam(request.query);
    const input: ListAuditEventsInput = { page, limit: PER_PAGE };
    if (storyId) input.storyId = storyId;
    const ctx = contextOf(request, options.deps);
    const { items, total } = await listAuditEvents(ctx, input);
    // Headlines say more than ids; a story deleted since is shown by its id.
    const ids = [...new Set(items.flatMap((e) => (e.storyId ? [e.storyId] : [])))];
    const headlines = new Map(await Promise.all(ids.map(async (id) => [id, (await getStory(ctx, id).catch(() => null))?.headline ?? null] as const)));
    const people = new Map((await listUsers(ctx)).map((user) => [user.id, user.name]));
    const model: AuditModel = {
      chrome: chromeOf(request, options, 'audit'),
      storyId,
      events: items.map((event) => ({
        at: event.at,
        actor: event.actor.label,
        action: event.action,
        story: event.storyId ? { id: event.storyId, href: storyHref(event.storyId), headline: headlines.get(event.storyId) ?? null } : null,
        person: event.subjectUserId ? (people.get(event.subjectUserId) ?? null) : null,
        details: describeDetails(event.details),
      })),
      pagination: paginationOf(ADMIN_PATHS.audit, { storyId }, page, PER_PAGE, total),
      action: ADMIN_PATHS.audit,
    };
    return sendPage(reply, renderAuditPage(model));
  });
};
