/**
 * English date expressions and the days they mean, resolved against the publication day:
 * "today", "yesterday evening", "on Monday", "last Friday", "the weekend", "last week",
 * "earlier this year", "two weeks ago", "Aug. 19", "18 March 2010", "in March 2022",
 * "in June next year", "last April", "December", "in 2016", "the 1960s", "the first three
 * months of the year", "between January 2020 and March 2021". A weekday, weekend, month or
 * day without a year is in the past unless its clause speaks of the future ("will meet on
 * Monday", "until March 31"). Vague expressions ("recently", "years ago") are not dates.
 */
import { addDays, addMonths, calendarDay, dayOf, iso, monthRange, monthsRange, oneDay, resolveWeekday, weekRange, yearRange, type DaySpan } from './date-calendar.js';

/** A date expression found in the text: its character offsets and the days it means. */
export interface FoundDate {
  start: number;
  end: number;
  span: DaySpan;
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: 4 };

// Month names as news copy writes them: full, or abbreviated with a full stop.
const M = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.)';
const WD = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const PART = '(?: (?:morning|afternoon|evening|night))?';
const YEAR = '((?:1[6-9]|20)\\d\\d)';
const ON = '(?:[Oo]n )?';
const IN = '(?:[Ii]n )?';
const NUM = '(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})';

type Kind =
  | 'between' | 'monthDay' | 'dayMonth' | 'monthYear' | 'monthRelYear' | 'relMonth' | 'month' | 'decade' | 'year'
  | 'dayWord' | 'lastNight' | 'thisPart' | 'period' | 'weekend' | 'weekday' | 'ago' | 'partOfYear' | 'firstMonths';

/** Patterns in order of preference: where two overlap, the longer wins, then the earlier one here. */
const PATTERNS: Array<[Kind, RegExp]> = [
  ['monthDay', new RegExp(`\\b${ON}(?:${WD},? )?${M} (\\d{1,2})(?:st|nd|rd|th)?(?:\\s?[-–]\\s?(\\d{1,2}))?(?:,? ${YEAR})?\\b(?!,\\d)`, 'g')],
  ['dayMonth', new RegExp(`\\b${ON}(?:${WD},? )?(?:the )?(\\d{1,2})(?:st|nd|rd|th)?(?:\\s?[-–]\\s?(\\d{1,2}))?(?: of)? ${M}(?:,? ${YEAR})?(?![\\w-])`, 'g')],
  ['monthYear', new RegExp(`\\b${IN}(?:(?:early|mid|late|the end of|the start of|the beginning of|the middle of)[- ])?${M},? (?:of )?${YEAR}\\b`, 'g')],
  ['monthRelYear', new RegExp(`\\b${IN}${M} (last|next|this) year\\b`, 'g')],
  ['relMonth', new RegExp(`\\b([Ll]ast|[Nn]ext|[Tt]his) ${M}(?![\\w-])`, 'g')],
  ['month', new RegExp(`\\b${IN}(?:(?:early|mid|late)[- ])?${M}(?![\\w-])`, 'g')],
  ['decade', new RegExp(`\\b${IN}(?:[Tt]he )?(?:(?:early|mid|late)[- ])?((?:1[5-9]|20)\\d0)s\\b`, 'g')],
  ['year', new RegExp(`\\b${IN}${YEAR}(?:\\s?[-–]\\s?(\\d{2}|(?:1[6-9]|20)\\d\\d))?(?![\\w%-])`, 'g')],
  ['dayWord', new RegExp(`\\b(?:(?:[Ee]arlier|[Ll]ater) )?(today|tonight|yesterday|tomorrow|Today|Tonight|Yesterday|Tomorrow)${PART}\\b`, 'g')],
  ['lastNight', /\b([Ll]ast) night\b/g],
  ['thisPart', /\b([Tt]his) (morning|afternoon|evening)\b/g],
  ['period', /\b(?:([Ee]arlier|[Ll]ater) )?([Ll]ast|[Nn]ext|[Tt]his) (week|month|year)\b/g],
  ['weekend', /\b(?:([Ll]ast|[Nn]ext|[Tt]his)|[Tt]he) weekend\b/g],
  ['weekday', new RegExp(`\\b${ON}(?:([Ll]ast|[Nn]ext|[Tt]his) )?${WD}${PART}\\b`, 'g')],
  ['ago', new RegExp(`\\b${NUM} (days?|weeks?|months?|years?) ago\\b`, 'g')],
  ['partOfYear', /\b[Tt]he (first|second|third|fourth|last) (quarter|half) of (the year|this year|last year|((?:19|20)\d\d))\b/g],
  ['firstMonths', /\b[Tt]he (first|last) (two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2}) months of (the year|this year|last year|((?:19|20)\d\d))\b/g],
];

/** Markers of a clause about the future: "will meet on Monday", "is due to end on Friday". */
const FUTURE = /\b(?:will|'ll|’ll|shall|would|could|might|must|plans?|planned|planning|scheduled|due|expected|expects?|set to|going to|aims?|intends?|hopes?|upcoming|coming|next|need|needs|deadline|to be held|tomorrow|likely|ahead of|soon)\b/i;
/** Prepositions that point forward when they lead the date: "until Tuesday", "by September", "before Jan. 1". */
const FORWARD_LEAD = /\b(?:until|till|by|before|ahead of|from|through)\s+(?:the\s+)?(?:on\s+)?$/i;
/** Words right before a date that fix it in the past: "since December", "said on Monday". */
const PAST_LEAD = /\b(?:since|said|told|announced|reported|added|ago|last|earlier|was|were|had|did)\s+(?:\w+\s+)?(?:on\s+|in\s+)?$/i;
/** Words before a number that make it a quantity, not a year: "about 2000", "Resolution 2014". */
const NOT_YEAR_BEFORE = /(?:[$€£¥#]|\d[.,]|\b(?:no\.?|number|resolution|flight|route|highway|article|room|model|about|some|nearly|almost|around|roughly|approximately|over|than|least)\s)$/i;
/** Words after a number that make it a quantity: "2000 people", "1500 tonnes", "2014 per cent". */
const QUANTITY_AFTER = /^\s*(?:%|per ?cent|percent|(?:people|children|men|women|staff|personnel|police|cattle|livestock|youth|more|fewer|of|to|or)\b|[a-z]+s\b(?<!\b(?:elections|polls|talks|protests|floods|games|levels|accords|riots|attacks|olympics)))/;

/** Every English date expression of `text`, resolved against `ref` (the publication day). */
export function findEnglishDates(text: string, ref: Date, sentences: Array<{ start: number; end: number }>): FoundDate[] {
  const day = dayOf(ref);
  const candidates: Array<FoundDate & { priority: number }> = [];
  const sentenceAt = (pos: number) => sentences.find((s) => s.start <= pos && pos < s.end) ?? { start: Math.max(0, pos - 100), end: Math.min(text.length, pos + 60) };
  PATTERNS.forEach(([kind, re], priority) => {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      const context = { text, start, end, sentence: sentenceAt(start) };
      const span = resolve(kind, m, day, context);
      if (span) candidates.push({ start, end, span, priority });
    }
  });
  // Longest first, then by pattern order; keep the ones that overlap nothing kept before.
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority);
  const kept: FoundDate[] = [];
  for (const c of candidates) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push({ start: c.start, end: c.end, span: c.span });
  kept.sort((a, b) => a.start - b.start);
  return joinRanges(text, kept);
}

/** "between January 2020 and March 2021": two dates joined into one span. */
function joinRanges(text: string, dates: FoundDate[]): FoundDate[] {
  const out: FoundDate[] = [];
  for (const d of dates) {
    const prev = out.at(-1);
    const lead = prev ? text.slice(Math.max(0, prev.start - 8), prev.start) : '';
    if (prev && /\bbetween $/i.test(lead) && text.slice(prev.end, d.start) === ' and ' && prev.span[0] <= d.span[0]) {
      out[out.length - 1] = { start: prev.start - 'between '.length, end: d.end, span: [prev.span[0], d.span[1]] };
      continue;
    }
    out.push(d);
  }
  return out;
}

interface Context {
  text: string;
  start: number;
  end: number;
  sentence: { start: number; end: number };
}

const monthOf = (name: string) => MONTH_NAMES.findIndex((m) => m.startsWith(name.toLowerCase().replace(/\.$/, '').slice(0, 3))) + 1;
const yearOf = (digits: string) => Number(digits);
/** Capitalised "Today", "May" or a weekday in mid-sentence after a capitalised word: part of a name ("Tbilisi Today"). */
function insideName(ctx: Context): boolean {
  const before = ctx.text.slice(Math.max(ctx.sentence.start, ctx.start - 30), ctx.start);
  return /\p{Lu}[\p{L}’'.-]*\s$/u.test(before) && !/(?:^|[.!?:;"“‘(—–]\s*)\p{Lu}[\p{L}’'.-]*\s$/u.test(before) && !/\b(?:On|In|Since|By|Until|From|Last|Next|This)\s$/.test(before);
}

function resolve(kind: Kind, m: RegExpMatchArray, day: Date, ctx: Context): DaySpan | null {
  const thisYear = day.getUTCFullYear();
  switch (kind) {
    case 'monthDay':
    case 'dayMonth': {
      const [monthName, first, last, year] = kind === 'monthDay' ? [m[2]!, m[3]!, m[4], m[5]] : [m[4]!, m[2]!, m[3], m[5]];
      const month = monthOf(monthName);
      if (monthName === 'May' && kind === 'monthDay' && !/^\d{1,2}\b/.test(first)) return null;
      const pick = (y: number) => {
        const a = calendarDay(y, month, Number(first));
        const b = last ? calendarDay(y, month, Number(last)) : a;
        return a && b && a <= b ? ([iso(a), iso(b)] as DaySpan) : null;
      };
      if (year) return pick(yearOf(year));
      return pickYear(thisYear, (y) => pick(y), day, ctx);
    }
    case 'monthYear':
      return monthRange(yearOf(m[2]!), monthOf(m[1]!));
    case 'monthRelYear': {
      const offset = { last: -1, next: 1, this: 0 }[m[2]! as 'last' | 'next' | 'this'];
      return monthRange(thisYear + offset, monthOf(m[1]!));
    }
    case 'relMonth': {
      const month = monthOf(m[2]!);
      const current = day.getUTCMonth() + 1;
      const which = m[1]!.toLowerCase();
      if (which === 'this') return monthRange(thisYear, month);
      if (which === 'last') return monthRange(month < current ? thisYear : thisYear - 1, month);
      return monthRange(month > current ? thisYear : thisYear + 1, month);
    }
    case 'month': {
      const name = m[1]!;
      if (name.endsWith('.') || !monthAlone(name, ctx)) return null;
      return pickYear(thisYear, (y) => monthRange(y, monthOf(name)), day, ctx);
    }
    case 'decade': {
      const first = yearOf(m[1]!);
      return [`${first}-01-01`, `${first + 9}-12-31`];
    }
    case 'year': {
      if (!plausibleYear(ctx, m)) return null;
      const first = yearOf(m[1]!);
      const second = m[2] ? (m[2].length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2])) : first;
      return second >= first ? [yearRange(first)[0], yearRange(second)[1]] : null;
    }
    case 'dayWord': {
      const word = m[1]!;
      if (word[0] === word[0]!.toUpperCase() && insideName(ctx)) return null;
      const w = word.toLowerCase();
      return oneDay(addDays(day, w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0));
    }
    case 'lastNight':
      return oneDay(addDays(day, -1));
    case 'thisPart':
      return oneDay(day);
    case 'period': {
      if (/\bthe\s$/i.test(ctx.text.slice(Math.max(0, ctx.start - 4), ctx.start))) return null; // "the last year": a duration
      const near = m[1]?.toLowerCase();
      const which = m[2]!.toLowerCase();
      const unit = m[3]!.toLowerCase();
      const offset = which === 'last' ? -1 : which === 'next' ? 1 : 0;
      const span: DaySpan =
        unit === 'week' ? weekRange(day, offset) : unit === 'month' ? monthRange(thisYear, day.getUTCMonth() + 1 + offset) : yearRange(thisYear + offset);
      if (near === 'earlier' && offset === 0) return [span[0], iso(day)];
      if (near === 'later' && offset === 0) return [iso(day), span[1]];
      return near && offset !== 0 ? null : span;
    }
    case 'weekend': {
      const which = m[1]?.toLowerCase();
      const weekday = day.getUTCDay();
      if (weekday === 6 || weekday === 0) {
        if (!which || which === 'this') return [resolveWeekday(day, 6, 'this'), resolveWeekday(day, 0, 'this')];
      }
      const ahead = which === 'next' || which === 'this' || (!which && futureClause(ctx));
      const saturday = ahead ? resolveWeekday(day, 6, 'future') : resolveWeekday(day, 6, 'past');
      return [saturday, iso(addDays(new Date(`${saturday}T00:00:00Z`), 1))];
    }
    case 'weekday': {
      const weekday = WEEKDAY_NAMES.indexOf(m[2]!.toLowerCase());
      const which = m[1]?.toLowerCase() as 'last' | 'next' | 'this' | undefined;
      if (!which && /\b(?:Black|Good|Bloody|Super|Ash|Easter|Palm|Holy|Cyber|Maundy)\s$/.test(ctx.text.slice(Math.max(0, ctx.start - 8), ctx.start))) return null;
      const mode = which ?? (futureClause(ctx) ? 'future' : 'past');
      const date = resolveWeekday(day, weekday, mode);
      return [date, date];
    }
    case 'ago': {
      if (/\b(?:more than|over|less than|at least|up to|nearly|almost|some|about|around)\s$/i.test(ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start))) return null;
      const n = NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
      const unit = m[2]!.toLowerCase().replace(/s$/, '');
      if (unit === 'day') return oneDay(addDays(day, -n));
      if (unit === 'week') return oneDay(addDays(day, -7 * n));
      if (unit === 'month') {
        const d = addMonths(day, -n);
        return monthRange(d.getUTCFullYear(), d.getUTCMonth() + 1);
      }
      return yearRange(thisYear - n);
    }
    case 'partOfYear':
    case 'firstMonths': {
      const year = m[4] ? yearOf(m[4]) : m[3]!.toLowerCase() === 'last year' ? thisYear - 1 : thisYear;
      if (kind === 'partOfYear') {
        const size = m[2]!.toLowerCase() === 'quarter' ? 3 : 6;
        const index = m[1]!.toLowerCase() === 'last' ? 12 / size : ORDINALS[m[1]!.toLowerCase()]!;
        if (index * size > 12) return null;
        return monthsRange(year, (index - 1) * size + 1, index * size);
      }
      const n = NUMBER_WORDS[m[2]!.toLowerCase()] ?? Number(m[2]);
      if (n < 1 || n > 12) return null;
      return m[1]!.toLowerCase() === 'first' ? monthsRange(year, 1, n) : monthsRange(year, 13 - n, 12);
    }
    default:
      return null;
  }
}

/** A month or day without a year: this year's, or the year before or after when the clause says past or future. */
function pickYear(thisYear: number, make: (year: number) => DaySpan | null, day: Date, ctx: Context): DaySpan | null {
  const current = make(thisYear);
  if (!current) return null;
  const today = iso(day);
  const future = futureClause(ctx);
  if (future && current[1] < today) return make(thisYear + 1);
  if (!future && current[0] > today) return make(thisYear - 1);
  return current;
}

/** Whether the clause around the date speaks of the future (for weekdays, weekends, months without a year). */
function futureClause(ctx: Context): boolean {
  const { text, start, end, sentence } = ctx;
  const lead = text.slice(Math.max(sentence.start, start - 40), start);
  if (PAST_LEAD.test(lead)) return false;
  if (FORWARD_LEAD.test(lead)) return true;
  // The clause: back to the last clause break, on to the next comma or full stop.
  let left = text.slice(Math.max(sentence.start, start - 90), start);
  const breakAt = Math.max(left.lastIndexOf(';'), left.lastIndexOf(' but '), left.lastIndexOf('—'), left.lastIndexOf(', while '), left.lastIndexOf(', when '), left.lastIndexOf(', and '), left.lastIndexOf(', after '));
  if (breakAt >= 0) left = left.slice(breakAt);
  let right = text.slice(end, Math.min(sentence.end, end + 50));
  const stop = right.search(/[,;.!?]| but | and | that | when | after | as | while /);
  if (stop >= 0) right = right.slice(0, stop);
  return FUTURE.test(left) || FUTURE.test(right);
}

/** A month name standing alone means the month: not "may" the verb, not "April" the first name. */
function monthAlone(name: string, ctx: Context): boolean {
  const before = ctx.text.slice(Math.max(0, ctx.start - 20), ctx.start);
  const after = ctx.text.slice(ctx.end, ctx.end + 20);
  const led = /^[Ii]n /.test(ctx.text.slice(ctx.start, ctx.end));
  const atSentenceStart = /(?:^|[.!?:"“‘(]\s*|\n\s*)$/.test(before) && !led;
  if (/^\s\p{Lu}/u.test(after) && !/^\s(?:and|or|to)\b/i.test(after)) return false; // "April Ryan", "June Almeida"
  if (name === 'May' || name === 'March') {
    if (atSentenceStart) return false;
    return led || /\b(?:in|since|until|till|by|from|of|before|after|during|through|early|late|mid|last|next|this|and|or|to|between)[\s-]$/i.test(before) || /^\s(?:and|or|to)\s/i.test(after) || /^[,.;]/.test(after);
  }
  return true;
}

/** A four-digit number read as a year only where it is not a quantity or a reference number. */
function plausibleYear(ctx: Context, m: RegExpMatchArray): boolean {
  const before = ctx.text.slice(Math.max(0, ctx.start - 16), ctx.start);
  const after = ctx.text.slice(ctx.end, ctx.end + 24);
  if (/^[Ii]n /.test(m[0])) return true;
  if (/[.,]\d/.test(after.slice(0, 2))) return false;
  if (NOT_YEAR_BEFORE.test(before)) return false;
  return !QUANTITY_AFTER.test(after);
}
