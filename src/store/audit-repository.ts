import type { Kysely } from 'kysely';
import { fromDate, toDate } from './rows.js';
import type { Tables } from './schema.js';

/** One entry of the audit log: who did what to which story or user, when. */
export interface AuditEvent {
  id: string;
  at: Date;
  actor: { kind: string; id: string; label: string };
  /** e.g. `story.published`, `story.sent_back`, `user.signed_in`, `user.role_changed`. */
  action: string;
  storyId: string | null;
  subjectUserId: string | null;
  details: Record<string, unknown>;
}

/** Filters of the audit log. */
export interface AuditFilter {
  storyId?: string;
  actorId?: string;
  subjectUserId?: string;
  action?: string;
}

/** The audit log: appended to, never changed. */
export function createAuditRepository(db: Kysely<Tables>) {
  return {
    /** Appends an event. */
    async insert(event: AuditEvent): Promise<void> {
      await db
        .insertInto('audit_events')
        .values({
          id: event.id,
          at: fromDate(event.at),
          actor_kind: event.actor.kind,
          actor_id: event.actor.id,
          actor_label: event.actor.label,
          action: event.action,
          story_id: event.storyId,
          subject_user_id: event.subjectUserId,
          details: JSON.stringify(event.details),
        })
        .execute();
    },

    /** Events matching the filter, newest first, and how many match in all. */
    async list(filter: AuditFilter, slice: { limit: number; offset: number }): Promise<{ items: AuditEvent[]; total: number }> {
      let q = db.selectFrom('audit_events');
      if (filter.storyId !== undefined) q = q.where('story_id', '=', filter.storyId);
      if (filter.actorId !== undefined) q = q.where('actor_id', '=', filter.actorId);
      if (filter.subjectUserId !== undefined) q = q.where('subject_user_id', '=', filter.subjectUserId);
      if (filter.action !== undefined) q = q.where('action', '=', filter.action);
      const count = await q.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
      const rows = await q.selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(slice.limit).offset(slice.offset).execute();
      return {
        total: Number(count.n),
        items: rows.map((r) => ({
          id: r.id,
          at: toDate(r.at),
          actor: { kind: r.actor_kind, id: r.actor_id, label: r.actor_label },
          action: r.action,
          storyId: r.story_id,
          subjectUserId: r.subject_user_id,
          details: JSON.parse(r.details) as Record<string, unknown>,
        })),
      };
    },
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
