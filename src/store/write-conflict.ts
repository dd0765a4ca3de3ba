/**
 * Recognising a write that lost a race with another transaction (two jobs creating the same
 * entity at once): a unique key taken meanwhile, a deadlock, a serialization failure. Such a
 * write is worth repeating, because the repeat sees what the winner committed.
 */

// PostgreSQL SQLSTATEs: unique_violation, serialization_failure, deadlock_detected.
const POSTGRES_CONFLICTS = new Set(['23505', '40001', '40P01']);
// better-sqlite3's codes for the same (SQLite runs one writer at a time, so they are rare).
const SQLITE_CONFLICTS = new Set(['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY', 'SQLITE_BUSY']);

/** True when `err` is a database error that repeating the transaction can get past. */
export function isWriteConflict(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (POSTGRES_CONFLICTS.has(code) || SQLITE_CONFLICTS.has(code));
}
