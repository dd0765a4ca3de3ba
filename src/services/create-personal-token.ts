import { NotFoundError, ValidationError } from '../domain/errors.js';
import { newId } from '../domain/ids.js';
import { assertSelfOrAdmin } from '../domain/user.js';
import { createApiKeyRepository } from '../store/api-key-repository.js';
import { createUserRepository } from '../store/user-repository.js';
import { inTransaction, type ServiceContext } from './context.js';
import { recordAuditEvent } from './record-audit-event.js';
import { hashSecretToken, newSecretToken } from './secret-token.js';

/** Whose token, and what it is for. */
export interface CreatePersonalTokenInput {
  userId: string;
  /** Shown in lists of keys; "personal token" when left out. */
  name?: string;
}

/**
 * Makes a personal access token: an Admin API key that acts as the user, with their role at
 * the time of each request, and dies with the account. Only its hash is kept; the token is
 * returned once. A user makes their own; an admin anyone's.
 * @throws ForbiddenError, NotFoundError, ValidationError (a disabled account).
 */
export async function createPersonalToken(ctx: ServiceContext, input: CreatePersonalTokenInput): Promise<{ id: string; token: string }> {
  assertSelfOrAdmin(ctx.actor, input.userId, 'create personal tokens');
  const name = input.name?.trim() || 'personal token';
  if (name.length > 120) throw new ValidationError('name', 'must be at most 120 characters');
  const now = ctx.clock();
  const token = newSecretToken('dlp_');
  const id = newId(now);
  return inTransaction(ctx, async (db) => {
    const user = await createUserRepository(db).findById(input.userId);
    if (!user) throw new NotFoundError(`no user with id ${input.userId}`);
    if (user.disabledAt) throw new ValidationError('userId', `${user.email} is disabled; enable the account first`);
    await createApiKeyRepository(db).insert({
      id,
      name,
      scope: 'admin',
      keyHash: hashSecretToken(token),
      createdAt: now,
      lastUsedAt: null,
      userId: user.id,
    });
    await recordAuditEvent(db, ctx.actor, now, { action: 'user.token_created', subjectUserId: user.id, details: { tokenId: id, name } });
    return { result: { id, token }, events: [] };
  });
}
