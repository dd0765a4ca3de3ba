/**
 * Reading fields of a JSON document kept in a text column (a revision's snapshot), in SQL.
 * SQLite reads a field straight from the text (`json_extract`, which keeps recent parses);
 * PostgreSQL must cast the text to a JSON type, and a long, compressed document is costly to
 * read, so it is parsed into `jsonb` once and its fields taken from that (`->>`). A query
 * selects the document in a step of its own ({@link jsonDocumentStep}), then its fields
 * ({@link jsonTextField}): the rest of the SQL is the same in both dialects.
 */
import { PostgresIntrospector, sql, type Kysely, type RawBuilder } from 'kysely';

const POSTGRES = new WeakMap<Kysely<any>, boolean>();

/** True when `db` speaks PostgreSQL (asked of Kysely's public introspector, once per handle). */
function speaksPostgres(db: Kysely<any>): boolean {
  let answer = POSTGRES.get(db);
  if (answer === undefined) {
    answer = db.introspection instanceof PostgresIntrospector;
    POSTGRES.set(db, answer);
  }
  return answer;
}

/**
 * The common table expression `name AS (select)` whose `select` takes documents with
 * {@link jsonDocument}: materialized in PostgreSQL, so each document is parsed once however
 * many fields are read; inlined in SQLite, where copying the text would cost more than reading it.
 */
export function jsonDocumentStep(db: Kysely<any>, name: string, select: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`${sql.id(name)} AS ${speaksPostgres(db) ? sql`MATERIALIZED` : sql`NOT MATERIALIZED`} (${select})`;
}

/** The JSON text in `column` (a qualified column name such as `r.snapshot`) as a document to read fields of. */
export function jsonDocument(db: Kysely<any>, column: string): RawBuilder<unknown> {
  return speaksPostgres(db) ? sql`cast(${sql.ref(column)} as jsonb)` : sql`${sql.ref(column)}`;
}

/**
 * The text of the top-level field `key` of a document that {@link jsonDocument} made (the
 * column it was selected as), or null when the field is missing. `key` is a fixed identifier
 * of ours, never user input: it is checked, then written into the SQL.
 */
export function jsonTextField(db: Kysely<any>, documentColumn: string, key: string): RawBuilder<string | null> {
  if (!/^[A-Za-z_]\w*$/.test(key)) throw new Error(`store: "${key}" is not a JSON field name`);
  return speaksPostgres(db)
    ? sql<string | null>`(${sql.ref(documentColumn)} ->> ${sql.lit(key)})`
    : sql<string | null>`json_extract(${sql.ref(documentColumn)}, ${sql.lit(`$.${key}`)})`;
}
