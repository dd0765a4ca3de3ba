import type { Role } from '../domain/actor.js';
import { DuplicateError } from '../domain/errors.js';
import { newId } from '../domain/ids.js';
import { assertMayManageUsers, checkNewPassword, normalizeEmail, normalizeName, parseRole, type User } from '../domain/user.js';
import { createUserRepository } from '../store/user-repository.js';
import { inTransaction, type ServiceContext } from './context.js';
import { hashPassword } from './password.js';
import { recordAuditEvent } from './record-audit-event.js';

/** Who to add: the email they sign in with, their name, role and first password. */
export interface CreateUserInput {
  email: string;
  name: string;
  role: Role | string;
  password: string;
}

/**
 * Adds a person to the newsroom (admins only). The password is stored as an argon2id hash;
 * the result carries no trace of it.
 * @throws ForbiddenError, ValidationError naming the field, DuplicateError when the email is taken.
 */
export async function createUser(ctx: ServiceContext, input: CreateUserInput): Promise<User> {
  assertMayManageUsers(ctx.actor);
  const email = normalizeEmail(input.email);
  const name = normalizeName(input.name);
  const role = parseRole(input.role);
  checkNewPassword(input.password);
  // Hashed before the transaction: it takes a while and needs nothing from the database.
  const passwordHash = await hashPassword(input.password);
  const now = ctx.clock();
  const user: User = { id: newId(now), email, name, role, locale: null, createdAt: now, updatedAt: now, disabledAt: null };
  return inTransaction(ctx, async (db) => {
    const users = createUserRepository(db);
    if (await users.existsEmail(email)) throw new DuplicateError('email', `a user with the email ${email} already exists`);
    await users.insert(user, passwordHash);
    await recordAuditEvent(db, ctx.actor, now, { action: 'user.created', subjectUserId: user.id, details: { email, role } });
    return { result: user, events: [] };
  });
}
