import type { Kysely } from 'kysely';
import type { Tables } from '../schema.js';

/** What differs between SQLite and PostgreSQL, in one place. */
export interface DialectTraits {
  name: 'sqlite' | 'postgres';
  /** Column type for timestamps: text (ISO 8601) in SQLite, timestamptz in PostgreSQL. */
  timestampType: 'text' | 'timestamptz';
}

/** An open database: the query builder plus what is needed to close it. */
export interface Database {
  db: Kysely<Tables>;
  traits: DialectTraits;
  /**
   * The schema unqualified tables live in (PostgreSQL's current schema); undefined where the
   * dialect has no schemas. The migrator needs it to look for its tables there only.
   */
  currentSchema(): Promise<string | undefined>;
  /** Closes every connection; safe to call twice. */
  close(): Promise<void>;
}
