/**
 * Sign-in sessions: how long they last. A session ends when it has not been used for the idle
 * limit, or when it reaches its absolute expiry however active it was, or when it is revoked.
 */

/** The two limits, from configuration. */
export interface SessionPolicy {
  /** A session ends after this long without a request. */
  idleMinutes: number;
  /** A session ends this long after sign-in. */
  maxDays: number;
}

/** A session as people see it in "where you are signed in" (never its token). */
export interface SessionInfo {
  id: string;
  userId: string;
  createdAt: Date;
  lastSeenAt: Date;
  /** When it ends if not used again: the earlier of the idle and the absolute expiry. */
  endsAt: Date;
  address: string | null;
  userAgent: string | null;
}

/** Facts of a stored session that decide whether it still holds. */
export interface SessionTimes {
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

/** How often the last use is written back: once a minute is precise enough for idle expiry and spares writes. */
export const SESSION_TOUCH_INTERVAL_MS = 60_000;

/** The absolute expiry of a session started at `now`. */
export function sessionExpiresAt(now: Date, policy: SessionPolicy): Date {
  return new Date(now.getTime() + policy.maxDays * 86_400_000);
}

/** When the session ends if it is not used again. */
export function sessionEndsAt(session: SessionTimes, policy: SessionPolicy): Date {
  const idleEnd = session.lastSeenAt.getTime() + policy.idleMinutes * 60_000;
  return new Date(Math.min(idleEnd, session.expiresAt.getTime()));
}

/** True while the session may be used at `now`. */
export function isSessionLive(session: SessionTimes, now: Date, policy: SessionPolicy): boolean {
  return session.revokedAt === null && now.getTime() < sessionEndsAt(session, policy).getTime();
}

/** True when the last use is old enough to be worth writing again. */
export function sessionNeedsTouch(session: SessionTimes, now: Date): boolean {
  return now.getTime() - session.lastSeenAt.getTime() >= SESSION_TOUCH_INTERVAL_MS;
}

/** What a person may see of a stored session: everything but its token hash, with when it ends. */
export function describeSession(
  session: SessionTimes & Pick<SessionInfo, 'id' | 'userId' | 'createdAt' | 'address' | 'userAgent'>,
  policy: SessionPolicy,
): SessionInfo {
  return {
    id: session.id,
    userId: session.userId,
    createdAt: session.createdAt,
    lastSeenAt: session.lastSeenAt,
    endsAt: sessionEndsAt(session, policy),
    address: session.address,
    userAgent: session.userAgent,
  };
}
