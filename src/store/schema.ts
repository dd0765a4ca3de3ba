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
  /** The user who created the story (null for imports, API keys and the demo). */
  created_by: string | null;
  /** The media item the story leads with. */
  hero_media_id: string | null;
  /** The story's own caption and credit for it (null: the library's). */
  hero_caption: string | null;
  hero_credit: string | null;
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
  /** For personal access tokens: the user whose role the key acts with. */
  user_id: string | null;
}

export interface UsersTable {
  id: string;
  /** Lower case; unique. */
  email: string;
  name: string;
  role: string;
  /** argon2id (PHC string); never leaves the store and services. */
  password_hash: string;
  /** Preferred language of the admin UI (null: the site's default). */
  locale: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  disabled_at: Timestamp | null;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  /** SHA-256 of the session token, hex; the token itself lives only in the browser's cookie. */
  token_hash: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  /** Absolute expiry; idle expiry is last_seen_at + the idle limit. */
  expires_at: Timestamp;
  address: string | null;
  user_agent: string | null;
  revoked_at: Timestamp | null;
}

export interface SignInFailuresTable {
  id: string;
  /** The email tried, lower case. */
  account: string;
  address: string;
  at: Timestamp;
}

export interface JobsTable {
  id: string;
  /** Which handler runs it, e.g. `publish-scheduled-story`. */
  kind: string;
  /** At most one unfinished job per key, e.g. `publish:{storyId}`. */
  key: string;
  /** JSON. */
  payload: string;
  run_at: Timestamp;
  attempts: number;
  max_attempts: number;
  /** A claimed job is invisible to other workers until then. */
  locked_until: Timestamp | null;
  locked_by: string | null;
  last_error: string | null;
  finished_at: Timestamp | null;
  /** `done`, `failed` (attempts exhausted) or `cancelled`. */
  outcome: string | null;
  created_at: Timestamp;
}

export interface AuditEventsTable {
  id: string;
  at: Timestamp;
  actor_kind: string;
  actor_id: string;
  actor_label: string;
  /** e.g. `story.published`, `user.signed_in`, `user.role_changed`. */
  action: string;
  story_id: string | null;
  subject_user_id: string | null;
  /** JSON with what else matters (a send-back comment, old and new role, …). */
  details: string;
}

export interface WebhooksTable {
  id: string;
  url: string;
  /** JSON list of event names. */
  events: string;
  /** The HMAC key every delivery is signed with; never leaves the store and the delivery job. */
  secret: string;
  created_at: Timestamp;
  /** Id of the user or API key that registered it. */
  created_by: string;
  /** Set when the webhook was deleted (its log is kept, its secret erased). */
  disabled_at: Timestamp | null;
}

export interface WebhookDeliveriesTable {
  /** Also the X-Dateline-Delivery header. */
  id: string;
  webhook_id: string;
  event: string;
  story_id: string;
  /** The exact JSON body, sent (and signed) the same on every attempt. */
  payload: string;
  /** `pending`, `delivered` or `failed`. */
  status: string;
  attempts: number;
  last_status_code: number | null;
  last_error: string | null;
  created_at: Timestamp;
  delivered_at: Timestamp | null;
}

export interface MediaTable {
  id: string;
  /** SHA-256 (hex) of the stored original; unique. */
  hash: string;
  filename: string;
  mime: string;
  width: number;
  height: number;
  bytes: number;
  /** JSON object: language code → alt text. */
  alt: string;
  /** JSON object: language code → caption. */
  caption: string;
  credit: string;
  source: string;
  focal_x: number;
  focal_y: number;
  created_at: Timestamp;
  created_by: string;
}

export interface MediaVariantsTable {
  media_id: string;
  /** `w640.avif`, `share-500-500.jpg`. */
  name: string;
  width: number;
  height: number;
  format: string;
  bytes: number;
  /** Relative to the media directory. */
  path: string;
}

export interface EntitiesTable {
  id: string;
  /** `person`, `organisation` or `place`. */
  type: string;
  /** Unique per type. */
  slug: string;
  name: string;
  /** JSON object: language code → the name stories in that language use. */
  names: string;
  /** JSON list of lasting other names. */
  aliases: string;
  created_at: Timestamp;
}

export interface EntityKeysTable {
  entity_id: string;
  type: string;
  /** A normalised name or lasting alias (domain/entity.ts entityKey); unique per type. */
  key: string;
}

export interface StoryEntitiesTable {
  story_id: string;
  entity_id: string;
  mentions: number;
  salience: number;
  role: string | null;
}

export interface QuotesTable {
  id: string;
  story_id: string;
  /** The speaker, when the story names them. */
  entity_id: string | null;
  text: string;
  speaker_role: string | null;
  position: number;
}

export interface StorySuggestionsTable {
  id: string;
  story_id: string;
  kind: string;
  /** Entity id or term slug. */
  key: string;
  label: string;
  reason: string;
  score: number;
  /** Null, `accepted` or `rejected`. */
  decision: string | null;
  decided_by: string | null;
  decided_at: Timestamp | null;
}

export interface StoryAnalysesTable {
  story_id: string;
  revision: number;
  analysed_at: Timestamp;
  lang: string;
  /** JSON list of {text, start, end}. */
  dates: string;
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
  users: UsersTable;
  sessions: SessionsTable;
  sign_in_failures: SignInFailuresTable;
  jobs: JobsTable;
  audit_events: AuditEventsTable;
  webhooks: WebhooksTable;
  webhook_deliveries: WebhookDeliveriesTable;
  entities: EntitiesTable;
  entity_keys: EntityKeysTable;
  story_entities: StoryEntitiesTable;
  quotes: QuotesTable;
  story_suggestions: StorySuggestionsTable;
  story_analyses: StoryAnalysesTable;
  media: MediaTable;
  media_variants: MediaVariantsTable;
}
