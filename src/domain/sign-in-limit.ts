/**
 * The sign-in rate limit: at most 10 failed attempts per account and 30 per address within 15
 * minutes. Past that, every attempt is refused, even with the right password, until enough of
 * the counted failures have left the window.
 */

/** The limits. */
export const SIGN_IN_LIMITS = Object.freeze({
  windowMinutes: 15,
  perAccount: 10,
  perAddress: 30,
});

/** The start of the window that counts at `now`: failures after it count. */
export function signInWindowStart(now: Date): Date {
  return new Date(now.getTime() - SIGN_IN_LIMITS.windowMinutes * 60_000);
}

/**
 * Seconds until one more attempt is allowed, given the counted failures' times (oldest first),
 * or null when an attempt is allowed now. Normally that is when the oldest counted failure
 * leaves the window; if more than the limit were recorded (attempts racing), enough must leave.
 */
export function retryAfterSeconds(failureTimes: readonly Date[], limit: number, now: Date): number | null {
  if (failureTimes.length < limit) return null;
  const mustLeave = failureTimes[failureTimes.length - limit];
  if (!mustLeave) return null;
  const leavesAt = mustLeave.getTime() + SIGN_IN_LIMITS.windowMinutes * 60_000;
  return Math.max(1, Math.ceil((leavesAt - now.getTime()) / 1000));
}
