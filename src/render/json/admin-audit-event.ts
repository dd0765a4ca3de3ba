/** The Admin API's JSON shape of an audit log entry. */

/** An audit event as the services give it (render knows only these fields). */
export interface AuditEventInput {
  at: Date;
  actor: { kind: string; id: string; label: string };
  action: string;
  storyId: string | null;
  subjectUserId: string | null;
  details: Record<string, unknown>;
}

/** An audit event as the Admin API shows it. */
export interface AdminAuditEventJson {
  action: string;
  actor: { kind: string; id: string; name: string };
  storyId: string | null;
  userId: string | null;
  at: string;
  details: Record<string, unknown>;
}

/** The Admin API's audit event. */
export function presentAdminAuditEvent(event: AuditEventInput): AdminAuditEventJson {
  return {
    action: event.action,
    actor: { kind: event.actor.kind, id: event.actor.id, name: event.actor.label },
    storyId: event.storyId,
    userId: event.subjectUserId,
    at: event.at.toISOString(),
    details: event.details,
  };
}
