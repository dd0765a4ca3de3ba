import { randomBytes } from 'node:crypto';
import { newId } from '../domain/ids.js';
import { UnauthenticatedError, ValidationError } from '../domain/errors.js';
import type { Actor } from '../domain/actor.js';
import { userActor } from '../domain/user.js';
import { createApiKeyRepository } from '../store/api-key-repository.js';
import { createUserRepository } from '../store/user-repository.js';
import type { ServiceContext } from './context.js';
import { hashSecretToken, newSecretToken } from './secret-token.js';

/** What a key may do: `admin` writes through the Admin API, `content` reads published content. */
export type ApiKeyScope = 'admin' | 'content';

/**
 * Makes a key and stores only its hash; the key is returned once, to be shown once.
 * Content keys are 26 hexadecimal characters, the form Ghost's Content API client insists on.
 */
export async function createApiKey(
  ctx: ServiceContext,
  input: { name: string; scope: ApiKeyScope },
): Promise<{ id: string; key: string }> {
  const name = input.name.trim();
  if (name === '') throw new ValidationError('name', 'must not be empty');
  if (input.scope !== 'admin' && input.scope !== 'content') {
    throw new ValidationError('scope', 'must be admin or content');
  }
  const key = input.scope === 'content' ? randomBytes(13).toString('hex') : newSecretToken('dla_');
  const id = newId(ctx.clock());
  await createApiKeyRepository(ctx.db).insert({
    id,
    name,
    scope: input.scope,
    keyHash: hashSecretToken(key),
    createdAt: ctx.clock(),
    lastUsedAt: null,
    userId: null,
  });
  return { id, key };
}

/**
 * The actor behind a key of the wanted scope. A plain admin key acts as admin; a personal
 * access token acts as its user, with the user's current role, and stops working when the
 * user is disabled.
 * @throws UnauthenticatedError when the key is unknown, of another scope, or its user disabled.
 */
export async function authenticateApiKey(ctx: Pick<ServiceContext, 'db'>, key: string, scope: ApiKeyScope): Promise<Actor> {
  const stored = key ? await createApiKeyRepository(ctx.db).findByHash(hashSecretToken(key)) : undefined;
  if (!stored || stored.scope !== scope) throw new UnauthenticatedError(`not a valid ${scope} API key`);
  if (stored.userId === null) return { kind: 'api-key', id: stored.id, label: `API key “${stored.name}”`, role: 'admin' };
  const user = await createUserRepository(ctx.db).findById(stored.userId);
  if (!user || user.disabledAt !== null) {
    throw new UnauthenticatedError('this personal access token belongs to a disabled account');
  }
  return userActor(user);
}
