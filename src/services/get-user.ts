import { NotFoundError } from '../domain/errors.js';
import { assertMayManageUsers, normalizeEmail, type User } from '../domain/user.js';
import { createUserRepository } from '../store/user-repository.js';
import type { ServiceContext } from './context.js';

/** One user by id: admins read anyone, everyone reads themselves. @throws ForbiddenError, NotFoundError */
export async function getUser(ctx: ServiceContext, id: string): Promise<User> {
  if (!(ctx.actor.kind === 'user' && ctx.actor.id === id)) assertMayManageUsers(ctx.actor);
  const user = await createUserRepository(ctx.db).findById(id);
  if (!user) throw new NotFoundError(`no user with id ${id}`);
  return user;
}

/** One user by email, for admins (the CLI names people by email). @throws ForbiddenError, ValidationError, NotFoundError */
export async function getUserByEmail(ctx: ServiceContext, email: string): Promise<User> {
  assertMayManageUsers(ctx.actor);
  const normalized = normalizeEmail(email);
  const user = await createUserRepository(ctx.db).findByEmail(normalized);
  if (!user) throw new NotFoundError(`no user with the email ${normalized}`);
  return user;
}
