/**
 * People of the newsroom: who they are, the rules their email, name and password follow, and
 * the actor a signed-in person acts as. The password hash is not part of a User: it stays in
 * the store and the services that check it.
 */
import { ROLES, type Actor, type Role } from './actor.js';
import { ForbiddenError, ValidationError } from './errors.js';

/** A person who signs in to the newsroom. */
export interface User {
  id: string;
  /** Lower case; unique. */
  email: string;
  name: string;
  role: Role;
  /** Preferred language of the admin UI (null: the site's default). */
  locale: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** Set when an admin disabled the account: no sign-in, no session, no token works. */
  disabledAt: Date | null;
}

/** Limits of a user's fields. */
export const USER_LIMITS = Object.freeze({
  email: 254,
  name: 120,
  passwordMin: 12,
  // argon2 takes any length, but hashing megabytes per attempt would be a cheap way to load us.
  passwordMax: 1024,
});

// Deliberately loose: one @, something on each side, no spaces, no empty label in the domain
// (a host without a dot, like an intranet's, is allowed, as DATELINE_ADMIN_EMAIL allows it).
const EMAIL = /^[^@\s]+@[^@\s.]+(\.[^@\s.]+)*$/;

/** The email as stored: trimmed and lower case. @throws ValidationError when it does not look like an email. */
export function normalizeEmail(email: string): string {
  const value = email.trim().toLowerCase();
  if (value === '') throw new ValidationError('email', 'must not be empty');
  if (value.length > USER_LIMITS.email) throw new ValidationError('email', `must be at most ${USER_LIMITS.email} characters`);
  if (!EMAIL.test(value)) throw new ValidationError('email', `"${email.trim()}" is not an email address`);
  return value;
}

/** The name as stored: trimmed. @throws ValidationError when empty or too long. */
export function normalizeName(name: string): string {
  const value = name.trim().replace(/\s+/g, ' ');
  if (value === '') throw new ValidationError('name', 'must not be empty');
  if (value.length > USER_LIMITS.name) throw new ValidationError('name', `must be at most ${USER_LIMITS.name} characters`);
  return value;
}

/** Checks a new password's length (kept as typed: spaces count). @throws ValidationError */
export function checkNewPassword(password: string): void {
  if ([...password].length < USER_LIMITS.passwordMin) {
    throw new ValidationError('password', `must be at least ${USER_LIMITS.passwordMin} characters`);
  }
  if (password.length > USER_LIMITS.passwordMax) {
    throw new ValidationError('password', `must be at most ${USER_LIMITS.passwordMax} characters`);
  }
}

/** True for one of the roles. */
export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** The role named by `value`. @throws ValidationError naming the roles there are. */
export function parseRole(value: string): Role {
  if (!isRole(value)) throw new ValidationError('role', `must be one of ${ROLES.join(', ')}, not "${value}"`);
  return value;
}

/** The actor a signed-in user (or their personal token) acts as. */
export function userActor(user: Pick<User, 'id' | 'name' | 'role'>): Actor {
  return { kind: 'user', id: user.id, label: user.name, role: user.role };
}

/** Checks that the actor may manage users (admins only). @throws ForbiddenError naming the role that may. */
export function assertMayManageUsers(actor: Actor): void {
  if (actor.role !== 'admin') throw new ForbiddenError(`only admin may manage users; you are ${actor.role}`);
}

/**
 * Checks that the actor may act on this user's own things (sessions, tokens): the user
 * themselves, or an admin. @throws ForbiddenError
 */
export function assertSelfOrAdmin(actor: Actor, userId: string, what: string): void {
  if (actor.role === 'admin') return;
  if (actor.kind === 'user' && actor.id === userId) return;
  throw new ForbiddenError(`only admin may ${what} of another user; you are ${actor.role}`);
}
