import type { Kysely } from 'kysely';
import { fromDate, toDate, toDateOrNull } from './rows.js';
import type { Tables } from './schema.js';

/** An API key as stored: never the key itself, only its hash. */
export interface StoredApiKey {
  id: string;
  name: string;
  scope: 'admin' | 'content';
  keyHash: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  /** For a personal access token: the user it acts as (with their role); null for a plain key. */
  userId: string | null;
}

/** API keys for the Admin and Content APIs, and personal access tokens (keys tied to a user). */
export function createApiKeyRepository(db: Kysely<Tables>) {
  return {
    /** Stores a new key. */
    async insert(key: StoredApiKey): Promise<void> {
      await db
        .insertInto('api_keys')
        .values({
          id: key.id,
          name: key.name,
          scope: key.scope,
          key_hash: key.keyHash,
          created_at: fromDate(key.createdAt),
          last_used_at: null,
          user_id: key.userId,
        })
        .execute();
    },

    /** The key whose hash this is. */
    async findByHash(keyHash: string): Promise<StoredApiKey | undefined> {
      const row = await db.selectFrom('api_keys').selectAll().where('key_hash', '=', keyHash).executeTakeFirst();
      if (!row) return undefined;
      return {
        id: row.id,
        name: row.name,
        scope: row.scope as StoredApiKey['scope'],
        keyHash: row.key_hash,
        createdAt: toDate(row.created_at),
        lastUsedAt: toDateOrNull(row.last_used_at),
        userId: row.user_id,
      };
    },
  };
}

export type ApiKeyRepository = ReturnType<typeof createApiKeyRepository>;
