import type { Kysely } from 'kysely';
import type { Actor } from '../domain/actor.js';
import { newId } from '../domain/ids.js';
import { createAuditRepository } from '../store/audit-repository.js';
import type { Tables } from '../store/schema.js';

/** What happened, for the audit log. */
export interface AuditEntry {
  action: string;
  storyId?: string;
  subjectUserId?: string;
  details?: Record<string, unknown>;
}

/**
 * Appends to the audit log. Call it with the transaction of the change it records, so the log
 * never claims something that was rolled back.
 */
export async function recordAuditEvent(db: Kysely<Tables>, actor: Actor, at: Date, entry: AuditEntry): Promise<void> {
  await createAuditRepository(db).insert({
    id: newId(at),
    at,
    actor: { kind: actor.kind, id: actor.id, label: actor.label },
    action: entry.action,
    storyId: entry.storyId ?? null,
    subjectUserId: entry.subjectUserId ?? null,
    details: entry.details ?? {},
  });
}
