import { RateLimitedError, UnauthenticatedError } from '../domain/errors.js';
import { newId } from '../domain/ids.js';
import { describeSession, sessionExpiresAt, type SessionInfo, type SessionPolicy } from '../domain/session.js';
import { retryAfterSeconds, SIGN_IN_LIMITS, signInWindowStart } from '../domain/sign-in-limit.js';
import { userActor, type User } from '../domain/user.js';
import { createSessionRepository } from '../store/session-repository.js';
import { createSignInFailureRepository } from '../store/sign-in-failure-repository.js';
import { createUserRepository } from '../store/user-repository.js';
import { inTransaction, type ServiceContext } from './context.js';
import { hashPassword, needsRehash, verifyNobodysPassword, verifyPassword } from './password.js';
import { recordAuditEvent } from './record-audit-event.js';
import { hashSecretToken, newSecretToken } from './secret-token.js';

/** What a person typed, and where the attempt came from. */
export interface SignInInput {
  email: string;
  password: string;
  /** The client's IP address: failures are counted per address too. */
  address: string;
  userAgent?: string | null;
}

/** A new session: the token goes into the cookie and is never stored. */
export interface SignedInResult {
  token: string;
  user: User;
  session: SessionInfo;
}

/** The one answer for every wrong email, wrong password or disabled account: it never says which. */
export const WRONG_CREDENTIALS = 'the email or password is not right';

/**
 * Checks an email and password and opens a session. Refused attempts are counted in the
 * database (per account and per address) so the limit holds across instances; once over it,
 * even the right password is refused until the window lets one more attempt in.
 * @throws RateLimitedError with the seconds to wait; UnauthenticatedError({@link WRONG_CREDENTIALS}).
 */
export async function signIn(ctx: ServiceContext, input: SignInInput, policy: SessionPolicy): Promise<SignedInResult> {
  const now = ctx.clock();
  const account = input.email.trim().toLowerCase();
  const failures = createSignInFailureRepository(ctx.db);
  await refuseWhenLimited(failures, account, input.address, now);

  const users = createUserRepository(ctx.db);
  const credentials = account === '' ? undefined : await users.findCredentialsByEmail(account);
  const passwordRight = credentials
    ? await verifyPassword(credentials.passwordHash, input.password)
    : await verifyNobodysPassword(input.password);
  if (!credentials || !passwordRight || credentials.user.disabledAt !== null) {
    await failures.insert({ id: newId(now), account, address: input.address, at: now });
    await failures.deleteOlderThan(signInWindowStart(now), account, input.address);
    throw new UnauthenticatedError(WRONG_CREDENTIALS);
  }

  const { user, passwordHash } = credentials;
  // Hashes made under an older policy are redone while the password is at hand.
  const newHash = needsRehash(passwordHash) ? await hashPassword(input.password) : undefined;
  const token = newSecretToken();
  const stored = {
    id: newId(now),
    userId: user.id,
    tokenHash: hashSecretToken(token),
    createdAt: now,
    lastSeenAt: now,
    expiresAt: sessionExpiresAt(now, policy),
    address: input.address || null,
    userAgent: input.userAgent?.slice(0, 500) || null,
    revokedAt: null,
  };
  return inTransaction(ctx, async (db) => {
    await createSignInFailureRepository(db).deleteByAccount(account);
    await createSessionRepository(db).insert(stored);
    if (newHash) await createUserRepository(db).update(user.id, { passwordHash: newHash, updatedAt: now });
    await recordAuditEvent(db, userActor(user), now, {
      action: 'user.signed_in',
      subjectUserId: user.id,
      details: { sessionId: stored.id, address: stored.address },
    });
    return { result: { token, user, session: describeSession(stored, policy) }, events: [] };
  });
}

async function refuseWhenLimited(
  failures: ReturnType<typeof createSignInFailureRepository>,
  account: string,
  address: string,
  now: Date,
): Promise<void> {
  const since = signInWindowStart(now);
  const byAccount = retryAfterSeconds(await failures.listTimesSince({ account }, since), SIGN_IN_LIMITS.perAccount, now);
  const byAddress = retryAfterSeconds(await failures.listTimesSince({ address }, since), SIGN_IN_LIMITS.perAddress, now);
  if (byAccount === null && byAddress === null) return;
  // When both limits are reached, the later of the two is when an attempt can succeed.
  if ((byAccount ?? 0) >= (byAddress ?? 0)) {
    throw new RateLimitedError(byAccount ?? 0, 'too many failed sign-ins for this account');
  }
  throw new RateLimitedError(byAddress ?? 0, 'too many failed sign-ins from this address');
}
