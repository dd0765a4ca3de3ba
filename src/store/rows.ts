/** Conversions between column values and domain values, shared by the repositories. */

/** A timestamp column's value as a Date (SQLite gives strings, PostgreSQL Dates). */
export function toDate(value: string | Date): Date {
  return value instanceof Date ? value : new Date(value);
}

/** A nullable timestamp column's value as a Date or null. */
export function toDateOrNull(value: string | Date | null): Date | null {
  return value === null ? null : toDate(value);
}

/** A Date as written to a timestamp column (ISO 8601, UTC). */
export function fromDate(date: Date): string {
  return date.toISOString();
}

/** A nullable Date as written to a timestamp column. */
export function fromDateOrNull(date: Date | null): string | null {
  return date === null ? null : date.toISOString();
}
