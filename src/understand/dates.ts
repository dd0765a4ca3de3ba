/**
 * Dates: relative expressions resolved against the publication day by our own rules
 * ("today", "tomorrow", "last week" = the previous Monday to Sunday, "on Monday" = the most
 * recent Monday unless the sentence speaks of the future), and written dates ("18 March 2010",
 * "March 18") by chrono-node (reference = publishedAt, forwardDate off). chrono only sees the
 * sentences that contain a month name or digits, which keeps it off the hot path.
 */
import * as chrono from 'chrono-node';
import type { DateMention } from './types.js';

const DAY = 86_400_000;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
// Compiled once: relative expressions we resolve ourselves.
const RELATIVE =
  /\b(?:(earlier |later )?(today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening))|(last|next|this|earlier this|later this) (week|month|year)|(?:(last|next|this) )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/gi;
const MAY_HOLD_DATE = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\d{1,4}[/.-]\d{1,2}/i;
const FUTURE = /\b(?:will|shall|'ll|’ll|is to|are to|is due|are due|scheduled|expected to|plans? to|planned|going to|upcoming|set to|would|next)\b/i;

/** The UTC calendar day of `d` as a Date at 00:00 UTC. */
function dayOf(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}
const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY);

/** "Last week" for a story published on `ref`: the Monday and Sunday of the week before ref's week. */
export function weekRange(ref: Date, offsetWeeks: number): [string, string] {
  const day = dayOf(ref);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  const monday = addDays(day, -sinceMonday + 7 * offsetWeeks);
  return [iso(monday), iso(addDays(monday, 6))];
}

/** The weekday named, relative to `ref`: the most recent one (ref itself included), or the next one in the future tense. */
export function resolveWeekday(ref: Date, weekday: number, mode: 'past' | 'future' | 'last' | 'next'): string {
  const day = dayOf(ref);
  const diff = (weekday - day.getUTCDay() + 7) % 7; // days forward to the next such day (0 = today)
  if (mode === 'future') return iso(addDays(day, diff));
  if (mode === 'next') return iso(addDays(day, diff === 0 ? 7 : diff));
  const back = (7 - diff) % 7;
  if (mode === 'last') return iso(addDays(day, back === 0 ? -7 : -back));
  return iso(addDays(day, -back));
}

/** Every date expression of `text` and the day(s) it means, in text order. */
export function findDates(text: string, publishedAt: Date | null, sentences: Array<{ start: number; end: number }>): DateMention[] {
  const found: DateMention[] = [];
  const sentenceAt = (pos: number) => sentences.find((s) => s.start <= pos && pos < s.end) ?? { start: Math.max(0, pos - 80), end: pos + 80 };
  for (const m of text.matchAll(RELATIVE)) {
    const start = m.index;
    const phrase = m[0];
    const mention: DateMention = { text: phrase, start, end: start + phrase.length, date: null };
    if (publishedAt) resolveRelative(m, publishedAt, text, sentenceAt(start), mention);
    found.push(mention);
  }
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    if (!MAY_HOLD_DATE.test(sentence)) continue;
    const results = chrono.parse(sentence, publishedAt ?? new Date(0), { forwardDate: false });
    for (const r of results) {
      const lead = /^(?:on|in|at|by|since|from|until|of) /i.exec(r.text)?.[0].length ?? 0;
      const start = s.start + r.index + lead;
      const end = s.start + r.index + r.text.length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      if (!r.start.isCertain('month') && !r.start.isCertain('day')) continue;
      if (!MAY_HOLD_DATE.test(r.text)) continue; // chrono's looser guesses ("the M…")
      const date = publishedAt || r.start.isCertain('year') ? iso(new Date(Date.UTC(r.start.get('year')!, r.start.get('month')! - 1, r.start.get('day')!))) : null;
      const mention: DateMention = { text: r.text.slice(lead), start, end, date };
      if (r.end) mention.endDate = iso(new Date(Date.UTC(r.end.get('year')!, r.end.get('month')! - 1, r.end.get('day')!)));
      found.push(mention);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function resolveRelative(m: RegExpMatchArray, ref: Date, text: string, sentence: { start: number; end: number }, out: DateMention): void {
  const day = dayOf(ref);
  const [, , near, when, unit, wdWhich, weekday] = m;
  if (near) {
    const n = near.toLowerCase();
    out.date = iso(n === 'yesterday' ? addDays(day, -1) : n === 'tomorrow' ? addDays(day, 1) : day);
    return;
  }
  if (when && unit) {
    const w = when.toLowerCase();
    const offset = w === 'last' ? -1 : w === 'next' ? 1 : 0;
    const u = unit.toLowerCase();
    let range: [string, string];
    if (u === 'week') range = weekRange(ref, offset);
    else if (u === 'month') {
      const first = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + offset, 1));
      range = [iso(first), iso(new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)))];
    } else {
      const y = day.getUTCFullYear() + offset;
      range = [`${y}-01-01`, `${y}-12-31`];
    }
    out.date = range[0];
    out.endDate = range[1];
    return;
  }
  if (weekday) {
    const index = WEEKDAYS.indexOf(weekday.toLowerCase());
    const which = wdWhich?.toLowerCase();
    let mode: 'past' | 'future' | 'last' | 'next' = which === 'last' ? 'last' : which === 'next' ? 'next' : 'past';
    if (mode === 'past') {
      // The tense of the clause the weekday sits in: a few words either side.
      const clause = text.slice(Math.max(sentence.start, out.start - 60), Math.min(sentence.end, out.end + 30));
      if (FUTURE.test(clause)) mode = 'future';
    }
    out.date = resolveWeekday(ref, index, mode);
  }
}
