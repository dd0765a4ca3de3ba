import { NotFoundError } from '../domain/errors.js';
import { assertMayManageUsers, checkNewPassword } from '../domain/user.js';
import { createSessionRepository } from '../store/session-repository.js';
import { createUserRepository } from '../store/user-repository.js';
import { inTransaction, type ServiceContext } from './context.js';
import { hashPassword } from './password.js';
import { recordAuditEvent } from './record-audit-event.js';

/**
 * Gives a user a new password (admins only) and ends all their sessions, so whoever knew the
 * old one is signed out everywhere. Returns how many sessions were ended.
 * @throws ForbiddenError, ValidationError, NotFoundError
 */
export async function resetPassword(ctx: ServiceContext, input: { id: string; password: string }): Promise<{ sessionsEnded: number }> {
  assertMayManageUsers(ctx.actor);
  checkNewPassword(input.password);
  const passwordHash = await hashPassword(input.password);
  const now = ctx.clock();
  return inTransaction(ctx, async (db) => {
    if (!(await createUserRepository(db).update(input.id, { passwordHash, updatedAt: now }))) {
      throw new NotFoundError(`no user with id ${input.id}`);
    }
    const sessionsEnded = await createSessionRepository(db).revokeAllOfUser(input.id, now);
    await recordAuditEvent(db, ctx.actor, now, { action: 'user.password_reset', subjectUserId: input.id, details: { sessionsEnded } });
    return { result: { sessionsEnded }, events: [] };
  });
}
