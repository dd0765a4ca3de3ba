import type { Actor } from '../domain/actor.js';
import { describeSession, isSessionLive, sessionNeedsTouch, type SessionInfo, type SessionPolicy } from '../domain/session.js';
import { userActor, type User } from '../domain/user.js';
import { createSessionRepository } from '../store/session-repository.js';
import { createUserRepository } from '../store/user-repository.js';
import type { ServiceContext } from './context.js';
import { hashSecretToken } from './secret-token.js';

/** Who a session cookie belongs to. */
export interface SignedInSession {
  user: User;
  /** The actor to pass to services on this person's behalf. */
  actor: Actor;
  session: SessionInfo;
}

// Tokens are 32 bytes in base64url; anything else is not worth a database lookup.
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/**
 * The person behind a session token, or null when the token is unknown, revoked, past its
 * idle or absolute expiry, or its user is disabled (the caller treats them as signed out).
 * Records the use at most once a minute, to spare writes.
 */
export async function authenticateSession(
  ctx: Pick<ServiceContext, 'db' | 'clock'>,
  token: string | undefined,
  policy: SessionPolicy,
): Promise<SignedInSession | null> {
  if (!token || !TOKEN_SHAPE.test(token)) return null;
  const now = ctx.clock();
  const sessions = createSessionRepository(ctx.db);
  const stored = await sessions.findByTokenHash(hashSecretToken(token));
  if (!stored || !isSessionLive(stored, now, policy)) return null;
  const user = await createUserRepository(ctx.db).findById(stored.userId);
  if (!user || user.disabledAt !== null) return null;
  let seen = stored;
  if (sessionNeedsTouch(stored, now)) {
    await sessions.touch(stored.id, now);
    seen = { ...stored, lastSeenAt: now };
  }
  return { user, actor: userActor(user), session: describeSession(seen, policy) };
}
