import { NotFoundError } from '../domain/errors.js';
import { assertSelfOrAdmin } from '../domain/user.js';
import { createSessionRepository } from '../store/session-repository.js';
import { inTransaction, type ServiceContext } from './context.js';
import { recordAuditEvent } from './record-audit-event.js';

/**
 * Ends one session by id ("sign out that other browser"): a user ends their own, an admin
 * anyone's. Returns false when it had already ended. @throws ForbiddenError, NotFoundError
 */
export async function revokeSession(ctx: ServiceContext, input: { sessionId: string }): Promise<boolean> {
  const now = ctx.clock();
  return inTransaction(ctx, async (db) => {
    const sessions = createSessionRepository(db);
    const stored = await sessions.findById(input.sessionId);
    if (!stored) throw new NotFoundError(`no session with id ${input.sessionId}`);
    assertSelfOrAdmin(ctx.actor, stored.userId, 'end the sessions');
    if (!(await sessions.revoke(stored.id, now))) return { result: false, events: [] };
    await recordAuditEvent(db, ctx.actor, now, {
      action: 'user.session_revoked',
      subjectUserId: stored.userId,
      details: { sessionId: stored.id },
    });
    return { result: true, events: [] };
  });
}
