import { describeSession, isSessionLive, type SessionInfo, type SessionPolicy } from '../domain/session.js';
import { assertSelfOrAdmin } from '../domain/user.js';
import { createSessionRepository } from '../store/session-repository.js';
import type { ServiceContext } from './context.js';

/**
 * Where a user is signed in: their live sessions, most recently used first. People see their
 * own; admins anyone's. @throws ForbiddenError
 */
export async function listSessions(ctx: ServiceContext, input: { userId: string }, policy: SessionPolicy): Promise<SessionInfo[]> {
  assertSelfOrAdmin(ctx.actor, input.userId, 'see the sessions');
  const now = ctx.clock();
  const stored = await createSessionRepository(ctx.db).listUnrevokedByUser(input.userId, now);
  return stored.filter((s) => isSessionLive(s, now, policy)).map((s) => describeSession(s, policy));
}
