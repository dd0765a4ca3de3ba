import type { Role } from '../domain/actor.js';
import { NotFoundError, ValidationError } from '../domain/errors.js';
import { assertMayManageUsers, normalizeName, parseRole, type User } from '../domain/user.js';
import { createSessionRepository } from '../store/session-repository.js';
import { createUserRepository } from '../store/user-repository.js';
import { inTransaction, type ServiceContext } from './context.js';
import { recordAuditEvent, type AuditEntry } from './record-audit-event.js';

/** What to change about a user; fields left out stay as they are. */
export interface UpdateUserInput {
  id: string;
  name?: string;
  role?: Role | string;
  /** True disables the account (its sessions end at once), false enables it again. */
  disabled?: boolean;
}

/**
 * Changes a user's name, role or whether they may sign in (admins only). The newsroom always
 * keeps at least one admin who can sign in: the last one cannot be demoted or disabled.
 * @throws ForbiddenError, NotFoundError, ValidationError naming the field.
 */
export async function updateUser(ctx: ServiceContext, input: UpdateUserInput): Promise<User> {
  assertMayManageUsers(ctx.actor);
  const name = input.name === undefined ? undefined : normalizeName(input.name);
  const role = input.role === undefined ? undefined : parseRole(input.role);
  const now = ctx.clock();
  return inTransaction(ctx, async (db) => {
    const users = createUserRepository(db);
    const current = await users.findById(input.id);
    if (!current) throw new NotFoundError(`no user with id ${input.id}`);
    const disabledAt = input.disabled === undefined ? current.disabledAt : input.disabled ? (current.disabledAt ?? now) : null;
    const next: User = { ...current, name: name ?? current.name, role: role ?? current.role, disabledAt, updatedAt: now };

    const wasActiveAdmin = current.role === 'admin' && current.disabledAt === null;
    const staysActiveAdmin = next.role === 'admin' && next.disabledAt === null;
    if (wasActiveAdmin && !staysActiveAdmin && (await users.lockAndCountActiveAdmins()) <= 1) {
      const field = next.role !== 'admin' ? 'role' : 'disabled';
      const what = next.role !== 'admin' ? 'demoted' : 'disabled';
      throw new ValidationError(field, `${current.email} is the last admin and cannot be ${what}; make another user admin first`);
    }

    const audit: AuditEntry[] = [];
    if (next.name !== current.name) audit.push({ action: 'user.renamed', details: { from: current.name, to: next.name } });
    if (next.role !== current.role) audit.push({ action: 'user.role_changed', details: { from: current.role, to: next.role } });
    if ((next.disabledAt === null) !== (current.disabledAt === null)) {
      audit.push({ action: next.disabledAt ? 'user.disabled' : 'user.enabled' });
    }
    if (audit.length === 0) return { result: current, events: [] };

    await users.update(current.id, { name: next.name, role: next.role, disabledAt: next.disabledAt, updatedAt: now });
    // A disabled account must not stay signed in anywhere.
    if (next.disabledAt && !current.disabledAt) await createSessionRepository(db).revokeAllOfUser(current.id, now);
    for (const entry of audit) await recordAuditEvent(db, ctx.actor, now, { ...entry, subjectUserId: current.id });
    return { result: next, events: [] };
  });
}
