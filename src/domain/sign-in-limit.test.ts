import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSessionLive, sessionEndsAt, sessionNeedsTouch } from './session.js';
import { retryAfterSeconds, signInWindowStart } from './sign-in-limit.js';

const at = (minute: number, second = 0) => new Date(Date.UTC(2026, 2, 18, 9, minute, second));

describe('sign-in rate limit', () => {
  it('allows attempts below the limit', () => {
    assert.equal(retryAfterSeconds([], 10, at(0)), null);
    assert.equal(retryAfterSeconds(Array.from({ length: 9 }, (_, i) => at(i)), 10, at(10)), null);
  });

  it('at the limit, waits until the oldest counted failure leaves the 15-minute window', () => {
    const times = Array.from({ length: 10 }, (_, i) => at(i)); // 09:00 … 09:09
    assert.equal(retryAfterSeconds(times, 10, at(10)), 5 * 60, 'the 09:00 failure leaves at 09:15');
    assert.equal(retryAfterSeconds(times, 10, at(14, 59)), 1);
  });

  it('with more failures than the limit, waits until enough have left', () => {
    const times = Array.from({ length: 12 }, (_, i) => at(i)); // 09:00 … 09:11
    assert.equal(retryAfterSeconds(times, 10, at(12)), 5 * 60, 'the third oldest (09:02) must leave: 09:17');
  });

  it('counts failures after the window start only', () => {
    assert.deepEqual(signInWindowStart(at(20)), at(5));
  });
});

describe('session lifetime', () => {
  const policy = { idleMinutes: 30, maxDays: 1 };
  const session = { lastSeenAt: at(0), expiresAt: at(45), revokedAt: null };

  it('ends after the idle limit or at the absolute expiry, whichever is first', () => {
    assert.deepEqual(sessionEndsAt(session, policy), at(30));
    assert.deepEqual(sessionEndsAt({ ...session, lastSeenAt: at(20) }, policy), at(45));
    assert.equal(isSessionLive(session, at(29, 59), policy), true);
    assert.equal(isSessionLive(session, at(30), policy), false);
    assert.equal(isSessionLive({ ...session, lastSeenAt: at(40) }, at(45), policy), false);
  });

  it('a revoked session is over at once', () => {
    assert.equal(isSessionLive({ ...session, revokedAt: at(1) }, at(2), policy), false);
  });

  it('writes the last use back at most once a minute', () => {
    assert.equal(sessionNeedsTouch(session, at(0, 59)), false);
    assert.equal(sessionNeedsTouch(session, at(1)), true);
  });
});
