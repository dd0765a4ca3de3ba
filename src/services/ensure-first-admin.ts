import { ValidationError } from '../domain/errors.js';
import type { User } from '../domain/user.js';
import { createUserRepository } from '../store/user-repository.js';
import type { ServiceContext } from './context.js';
import { createUser } from './create-user.js';

/** The first admin named by configuration (DATELINE_ADMIN_EMAIL and DATELINE_ADMIN_PASSWORD). */
export interface FirstAdmin {
  email: string;
  password: string;
}

/**
 * Makes the configured first admin when the database has no user yet, and never again: once
 * anyone exists, the configuration is ignored (changing it does not reset a password).
 * Returns the admin it made, or null. Run at start-up, acting as the system.
 * @throws ValidationError naming the variable when the configured email or password breaks a rule.
 */
export async function ensureFirstAdmin(ctx: ServiceContext, firstAdmin: FirstAdmin | null): Promise<User | null> {
  if (!firstAdmin) return null;
  const users = createUserRepository(ctx.db);
  if ((await users.count()) > 0) return null;
  try {
    return await createUser(ctx, { ...firstAdmin, name: 'Administrator', role: 'admin' });
  } catch (err) {
    if (err instanceof ValidationError) {
      throw new ValidationError(`DATELINE_ADMIN_${err.field.toUpperCase()}`, err.message.slice(err.field.length + 2));
    }
    // Two instances starting on one empty database: the other one made the admin first.
    if ((await users.count()) > 0) return null;
    throw err;
  }
}
