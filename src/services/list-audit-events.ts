import { ForbiddenError } from '../domain/errors.js';
import { createAuditRepository, type AuditEvent } from '../store/audit-repository.js';
import type { Paged } from '../store/story-repository.js';
import type { ServiceContext } from './context.js';

export type { AuditEvent } from '../store/audit-repository.js';

/** Which part of the audit log to read. */
export interface ListAuditEventsInput {
  /** Only events about this story. */
  storyId?: string;
  /** Only events of this action, e.g. `story.published`. */
  action?: string;
  /** Only events done by this actor (a user id, an API key id, `system`). */
  actorId?: string;
  /** 1-based page number. */
  page: number;
  limit: number;
}

/** The audit log, newest first, a page at a time: admins only. */
export async function listAuditEvents(ctx: ServiceContext, input: ListAuditEventsInput): Promise<Paged<AuditEvent>> {
  if (ctx.actor.role !== 'admin') {
    throw new ForbiddenError(`only admin may read the audit log; you are ${ctx.actor.role}`);
  }
  const { page, limit, ...filter } = input;
  return createAuditRepository(ctx.db).list(filter, { limit, offset: (page - 1) * limit });
}
