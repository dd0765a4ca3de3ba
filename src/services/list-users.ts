import { assertMayManageUsers, type User } from '../domain/user.js';
import { createUserRepository } from '../store/user-repository.js';
import type { ServiceContext } from './context.js';

/** Every person of the newsroom, by name (admins only). @throws ForbiddenError */
export async function listUsers(ctx: ServiceContext): Promise<User[]> {
  assertMayManageUsers(ctx.actor);
  return createUserRepository(ctx.db).list();
}
