/**
 * Dates: every expression of a date in the text and the days it means, resolved against the
 * publication day and never into the future by accident. English has our own rules
 * (`english-dates.ts`: weeks, months, years, decades and weekdays as spans); the other
 * languages go through chrono-node's parser for that language (reference = publication day,
 * `forwardDate: false`), a day, a month or a year as chrono knows it.
 */
import * as chrono from 'chrono-node';
import { dayOf, iso, monthRange, resolveWeekday, yearRange, type DaySpan } from './date-calendar.js';
import { findEnglishDates, type FoundDate } from './english-dates.js';
import type { DateMention } from './types.js';

type ChronoParser = { parse(text: string, ref: Date, options?: { forwardDate?: boolean }): chrono.ParsedResult[] };
// chrono-node's parsers for Dateline's other languages (Arabic, Chinese, French, Russian, Spanish).
const PARSERS: Record<string, ChronoParser> = { fr: chrono.fr, es: chrono.es, ru: chrono.ru, zh: chrono.zh, ar: chrono.ar };

/** Every date expression of `text` in `lang`, with the days it means, in text order. */
export function findDates(text: string, lang: string, publishedAt: Date, sentences: Array<{ start: number; end: number }>): DateMention[] {
  const found = lang === 'en' || !PARSERS[lang] ? findEnglishDates(text, publishedAt, sentences) : findWithChrono(PARSERS[lang]!, text, publishedAt);
  return found.map(({ start, end, span }) => ({ text: text.slice(start, end), start: span[0], end: span[1], offset: { start, end } }));
}

/**
 * chrono's results as spans: a day when chrono knows the day, else the month, else the year.
 * Left out: "now", clock times, and durations chrono reads as dates ("dans six mois", "41 ans").
 * A weekday alone is the latest one, as in English.
 */
function findWithChrono(parser: ChronoParser, text: string, ref: Date): FoundDate[] {
  const out: FoundDate[] = [];
  for (const r of parser.parse(text, ref, { forwardDate: false })) {
    const tags = r.tags();
    if (tags.has('casualReference/now')) continue;
    const c = r.start;
    if (!c.isCertain('day') && !c.isCertain('weekday') && !c.isCertain('month') && !c.isCertain('year')) continue;
    if (!/\d/.test(r.text) && !c.isCertain('day') && !c.isCertain('weekday') && !c.isCertain('month')) continue;
    // A duration read as a date ("dans six mois", "两年后"): no number, no month name, and far from the day.
    const named = /\d/.test(r.text) || [...tags].some((t) => /MonthName|casualReference/.test(t)) || c.isCertain('weekday');
    if ((tags.has('result/relativeDate') || !named) && !nearOrWholeYear(c.date(), ref)) continue;
    const lead = /^\s+/.exec(r.text)?.[0].length ?? 0;
    const start = r.index + lead;
    const end = r.index + r.text.replace(/[\s,.;:،，。]+$/u, '').length;
    const weekdayOnly = c.isCertain('weekday') && !c.isCertain('day') && !c.isCertain('month');
    const from = weekdayOnly ? oneDayOf(resolveWeekday(ref, c.get('weekday')!, 'past')) : spanOf(c);
    const to = r.end && !weekdayOnly ? spanOf(r.end) : from;
    if (from && to) out.push({ start, end, span: [from[0], to[1]] });
  }
  return out;
}

const oneDayOf = (day: string): DaySpan => [day, day];

/** A relative date within two months of `ref`, or a whole year away ("l'an dernier"): not a duration. */
function nearOrWholeYear(date: Date, ref: Date): boolean {
  const days = Math.abs(date.getTime() - ref.getTime()) / 86_400_000;
  return days <= 62 || Math.abs(days - 365) <= 2;
}

function spanOf(c: chrono.ParsedComponents): DaySpan | null {
  const year = c.get('year');
  const month = c.get('month');
  if (year === null || month === null) return null;
  if (c.isCertain('day') || c.isCertain('weekday') || !c.isCertain('month')) {
    if (!c.isCertain('day') && !c.isCertain('weekday') && c.isCertain('year')) return yearRange(year);
    const d = iso(dayOf(c.date()));
    return [d, d];
  }
  return monthRange(year, month);
}
