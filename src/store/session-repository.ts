import type { Kysely } from 'kysely';
import { fromDate, toDate, toDateOrNull } from './rows.js';
import type { SessionsTable, Tables } from './schema.js';

/** A sign-in session as stored: only the SHA-256 of its token, never the token. */
export interface StoredSession {
  id: string;
  userId: string;
  tokenHash: string;
  createdAt: Date;
  lastSeenAt: Date;
  /** Absolute expiry. */
  expiresAt: Date;
  address: string | null;
  userAgent: string | null;
  revokedAt: Date | null;
}

function toSession(row: SessionsTable): StoredSession {
  return {
    id: row.id,
    userId: row.user_id,
    tokenHash: row.token_hash,
    createdAt: toDate(row.created_at),
    lastSeenAt: toDate(row.last_seen_at),
    expiresAt: toDate(row.expires_at),
    address: row.address,
    userAgent: row.user_agent,
    revokedAt: toDateOrNull(row.revoked_at),
  };
}

/** Sign-in sessions. */
export function createSessionRepository(db: Kysely<Tables>) {
  return {
    /** Stores a new session. */
    async insert(session: StoredSession): Promise<void> {
      await db
        .insertInto('sessions')
        .values({
          id: session.id,
          user_id: session.userId,
          token_hash: session.tokenHash,
          created_at: fromDate(session.createdAt),
          last_seen_at: fromDate(session.lastSeenAt),
          expires_at: fromDate(session.expiresAt),
          address: session.address,
          user_agent: session.userAgent,
          revoked_at: null,
        })
        .execute();
    },

    /** The session whose token hashes to this. */
    async findByTokenHash(tokenHash: string): Promise<StoredSession | undefined> {
      const row = await db.selectFrom('sessions').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
      return row && toSession(row);
    },

    /** The session with this id. */
    async findById(id: string): Promise<StoredSession | undefined> {
      const row = await db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toSession(row);
    },

    /**
     * A user's sessions that are neither revoked nor past their absolute expiry (idle expiry
     * depends on a setting the services know), most recently seen first.
     */
    async listUnrevokedByUser(userId: string, now: Date): Promise<StoredSession[]> {
      const rows = await db
        .selectFrom('sessions')
        .selectAll()
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', fromDate(now))
        .orderBy('last_seen_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map(toSession);
    },

    /** Records that the session was used at `at`. */
    async touch(id: string, at: Date): Promise<void> {
      await db.updateTable('sessions').set({ last_seen_at: fromDate(at) }).where('id', '=', id).execute();
    },

    /** Ends one session; false when it was already ended or does not exist. */
    async revoke(id: string, at: Date): Promise<boolean> {
      const result = await db
        .updateTable('sessions')
        .set({ revoked_at: fromDate(at) })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    /** Ends every open session of a user; returns how many. */
    async revokeAllOfUser(userId: string, at: Date): Promise<number> {
      const result = await db
        .updateTable('sessions')
        .set({ revoked_at: fromDate(at) })
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  };
}

export type SessionRepository = ReturnType<typeof createSessionRepository>;
