/**
 * Row types of every table, as Kysely sees them. Timestamps are written as ISO 8601 strings
 * (UTC, milliseconds) and read back as `string` (SQLite) or `Date` (PostgreSQL); `toDate`
 * in rows.ts turns either into a Date. Flags are integers 0/1 in both dialects.
 */

type Timestamp = string | Date;

export interface StoriesTable {
  id: string;
  translation_group_id: string;
  lang: string;
  slug: string;
  type: string;
  status: string;
  headline: string;
  standfirst: string;
  body: string;
  dateline_place: string | null;
  featured: number;
  created_at: Timestamp;
  updated_at: Timestamp;
  published_at: Timestamp | null;
  scheduled_at: Timestamp | null;
  embargo_until: Timestamp | null;
  revision: number;
}

export interface AuthorsTable {
  id: string;
  slug: string;
  name: string;
  bio: string;
}

export interface StoryAuthorsTable {
  story_id: string;
  author_id: string;
  position: number;
}

export interface TermsTable {
  id: string;
  kind: string;
  slug: string;
  /** JSON object: language code → name. */
  names: string;
}

export interface StoryTermsTable {
  story_id: string;
  term_id: string;
  position: number;
}

export interface RevisionsTable {
  story_id: string;
  revision: number;
  created_at: Timestamp;
  actor_label: string;
  note: string | null;
  /** JSON of a StorySnapshot. */
  snapshot: string;
}

export interface CorrectionsTable {
  id: string;
  story_id: string;
  at: Timestamp;
  text: string;
}

export interface ApiKeysTable {
  id: string;
  name: string;
  scope: string;
  /** SHA-256 of the key, hex; the key itself is shown once and never stored. */
  key_hash: string;
  created_at: Timestamp;
  last_used_at: Timestamp | null;
}

/** Every table Dateline owns. */
export interface Tables {
  stories: StoriesTable;
  authors: AuthorsTable;
  story_authors: StoryAuthorsTable;
  terms: TermsTable;
  story_terms: StoryTermsTable;
  revisions: RevisionsTable;
  corrections: CorrectionsTable;
  api_keys: ApiKeysTable;
}
