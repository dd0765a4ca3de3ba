import { userActor } from '../domain/user.js';
import { createSessionRepository } from '../store/session-repository.js';
import { createUserRepository } from '../store/user-repository.js';
import { inTransaction, type ServiceContext } from './context.js';
import { recordAuditEvent } from './record-audit-event.js';
import { hashSecretToken } from './secret-token.js';

/**
 * Ends the session of this token (the cookie's). Returns false when there was no open
 * session: signing out twice is not an error.
 */
export async function signOut(ctx: ServiceContext, token: string | undefined): Promise<boolean> {
  if (!token) return false;
  const now = ctx.clock();
  return inTransaction(ctx, async (db) => {
    const sessions = createSessionRepository(db);
    const stored = await sessions.findByTokenHash(hashSecretToken(token));
    if (!stored || !(await sessions.revoke(stored.id, now))) return { result: false, events: [] };
    const user = await createUserRepository(db).findById(stored.userId);
    const actor = user ? userActor(user) : ctx.actor;
    await recordAuditEvent(db, actor, now, { action: 'user.signed_out', subjectUserId: stored.userId, details: { sessionId: stored.id } });
    return { result: true, events: [] };
  });
}
