/**
 * Calendar arithmetic for date expressions, on UTC calendar days: ISO weeks (Monday–Sunday),
 * whole months and years, weekdays before or after a day. A span is a pair of `YYYY-MM-DD`.
 */

/** First and last day, `YYYY-MM-DD`; equal for a single day. */
export type DaySpan = [start: string, end: string];

const DAY = 86_400_000;

/** The UTC calendar day of `d`, at 00:00 UTC. */
export function dayOf(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/** `YYYY-MM-DD` of a UTC day. */
export const iso = (d: Date): string => d.toISOString().slice(0, 10);

/** The day `n` days after `d` (before, when negative). */
export const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * DAY);

/** One day as a span. */
export const oneDay = (d: Date): DaySpan => [iso(d), iso(d)];

/** The Monday–Sunday week `offsetWeeks` weeks from the week holding `ref` (-1 = last week). */
export function weekRange(ref: Date, offsetWeeks: number): DaySpan {
  const day = dayOf(ref);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  const monday = addDays(day, -sinceMonday + 7 * offsetWeeks);
  return [iso(monday), iso(addDays(monday, 6))];
}

/** The whole month (`month` 1–12; out-of-range months roll into the next or previous year). */
export function monthRange(year: number, month: number): DaySpan {
  const first = new Date(Date.UTC(year, month - 1, 1));
  return [iso(first), iso(new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)))];
}

/** Months `from`..`to` (1–12) of one year, as one span. */
export function monthsRange(year: number, from: number, to: number): DaySpan {
  return [monthRange(year, from)[0], monthRange(year, to)[1]];
}

/** The whole year. */
export const yearRange = (year: number): DaySpan => [`${year}-01-01`, `${year}-12-31`];

/** A calendar day, or null when it does not exist (31 April). */
export function calendarDay(year: number, month: number, day: number): Date | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? d : null;
}

/**
 * The weekday (0 = Sunday) relative to `ref`: `past` is the latest such day on or before ref,
 * `future` the first on or after it; `last` is that day in the previous week, `next` in the
 * following week, `this` in ref's own Monday–Sunday week.
 */
export function resolveWeekday(ref: Date, weekday: number, mode: 'past' | 'future' | 'last' | 'next' | 'this'): string {
  const day = dayOf(ref);
  if (mode === 'last' || mode === 'next' || mode === 'this') {
    const [monday] = weekRange(day, mode === 'last' ? -1 : mode === 'next' ? 1 : 0);
    return iso(addDays(new Date(`${monday}T00:00:00Z`), (weekday + 6) % 7));
  }
  const forward = (weekday - day.getUTCDay() + 7) % 7; // days to the next such day (0 = ref itself)
  return iso(addDays(day, mode === 'future' ? forward : -((7 - forward) % 7)));
}

/** The day `n` months before (negative) or after `ref`, clamped to the month's last day. */
export function addMonths(ref: Date, n: number): Date {
  const day = dayOf(ref);
  const target = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + n, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(day.getUTCDate(), last)));
}
