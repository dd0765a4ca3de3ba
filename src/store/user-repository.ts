import type { Kysely } from 'kysely';
import type { Role } from '../domain/actor.js';
import type { User } from '../domain/user.js';
import { fromDate, fromDateOrNull, toDate, toDateOrNull } from './rows.js';
import type { Tables, UsersTable } from './schema.js';

/** A user with the hash of their password: only the services that check passwords ask for it. */
export interface UserCredentials {
  user: User;
  passwordHash: string;
}

/** The fields of a user that change (by an admin, or the person's own preferences). */
export interface UserChanges {
  name?: string;
  role?: Role;
  disabledAt?: Date | null;
  passwordHash?: string;
  /** Preferred language of the admin UI; null for the site's default. */
  locale?: string | null;
  updatedAt: Date;
}

function toUser(row: UsersTable): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    locale: row.locale,
    createdAt: toDate(row.created_at),
    updatedAt: toDate(row.updated_at),
    disabledAt: toDateOrNull(row.disabled_at),
  };
}

/** The newsroom's people. Every read but `findCredentialsByEmail` leaves the hash out. */
export function createUserRepository(db: Kysely<Tables>) {
  return {
    /** Stores a new user. */
    async insert(user: User, passwordHash: string): Promise<void> {
      await db
        .insertInto('users')
        .values({
          id: user.id,
          email: user.email,
          name: user.name,
          role: user.role,
          password_hash: passwordHash,
          locale: user.locale,
          created_at: fromDate(user.createdAt),
          updated_at: fromDate(user.updatedAt),
          disabled_at: fromDateOrNull(user.disabledAt),
        })
        .execute();
    },

    /** The user with this id. */
    async findById(id: string): Promise<User | undefined> {
      const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toUser(row);
    },

    /** The user with this (lower-case) email. */
    async findByEmail(email: string): Promise<User | undefined> {
      const row = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
      return row && toUser(row);
    },

    /** The user with this (lower-case) email and their password hash, for signing in. */
    async findCredentialsByEmail(email: string): Promise<UserCredentials | undefined> {
      const row = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
      return row && { user: toUser(row), passwordHash: row.password_hash };
    },

    /** True when some user has this (lower-case) email. */
    async existsEmail(email: string): Promise<boolean> {
      const row = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
      return row !== undefined;
    },

    /** Every user, by name then email. */
    async list(): Promise<User[]> {
      const rows = await db.selectFrom('users').selectAll().orderBy('name').orderBy('email').execute();
      return rows.map(toUser);
    },

    /** How many users there are. */
    async count(): Promise<number> {
      const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /**
     * How many admins can sign in, after locking their rows for the rest of the transaction, so
     * two admins demoting each other at once cannot both pass the last-admin check: the second
     * waits for the first to commit and then counts what it left (a no-op UPDATE takes the locks
     * in PostgreSQL; SQLite has a single writer anyway).
     */
    async lockAndCountActiveAdmins(): Promise<number> {
      await db
        .updateTable('users')
        .set((eb) => ({ updated_at: eb.ref('updated_at') }))
        .where('role', '=', 'admin')
        .where('disabled_at', 'is', null)
        .execute();
      const row = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('role', '=', 'admin')
        .where('disabled_at', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** Applies changes to a user; false when there is no such user. */
    async update(id: string, changes: UserChanges): Promise<boolean> {
      const values: Partial<UsersTable> = { updated_at: fromDate(changes.updatedAt) };
      if (changes.name !== undefined) values.name = changes.name;
      if (changes.role !== undefined) values.role = changes.role;
      if (changes.disabledAt !== undefined) values.disabled_at = fromDateOrNull(changes.disabledAt);
      if (changes.passwordHash !== undefined) values.password_hash = changes.passwordHash;
      if (changes.locale !== undefined) values.locale = changes.locale;
      const result = await db.updateTable('users').set(values).where('id', '=', id).executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
  };
}

export type UserRepository = ReturnType<typeof createUserRepository>;
