/**
 * Filters of the Content API and the Ghost-compatible API, written in Ghost's NQL
 * (`tag:climate+published_at:>'2026-01-01'`). @tryghost/nql-lang parses the text into a
 * Mongo-style tree; this module checks every field and value against what the resource
 * offers and turns the tree into a small typed one ({@link ContentFilter}) that the store
 * translates to SQL and that {@link matchesFilter} evaluates in memory. Anything it cannot
 * use is a ValidationError naming the field, so a client never gets a silently wrong list.
 */
import { createRequire } from 'node:module';
import { ValidationError } from './errors.js';

/** Comparison operators a condition can use. */
export type FilterOp = 'eq' | 'ne' | 'in' | 'nin' | 'all' | 'gt' | 'gte' | 'lt' | 'lte';

/** A value in a condition, already of the field's type. */
export type FilterScalar = string | boolean | Date;

/** A parsed, checked filter. */
export type ContentFilter =
  | { kind: 'and'; filters: ContentFilter[] }
  | { kind: 'or'; filters: ContentFilter[] }
  | { kind: 'condition'; field: string; op: FilterOp; values: FilterScalar[] };

/** How a field's values are read. */
export type FilterFieldType = 'text' | 'boolean' | 'date' | 'relation';

/** The fields a resource can be filtered by: public name → canonical name and type. */
export type FilterFields = Readonly<Record<string, { field: string; type: FilterFieldType }>>;

const relation = (field: string) => ({ field, type: 'relation' as const });

/**
 * Fields of stories (Ghost posts). `tag` is a Ghost tag slug: a topic or tag slug, or
 * `hash-region-{slug}` / `hash-type-{type}` for the internal tags that stand for regions and
 * story types; `topic` and `region` are plain section slugs.
 */
export const STORY_FILTER_FIELDS: FilterFields = {
  id: { field: 'id', type: 'text' },
  slug: { field: 'slug', type: 'text' },
  lang: { field: 'lang', type: 'text' },
  type: { field: 'type', type: 'text' },
  visibility: { field: 'visibility', type: 'text' },
  status: { field: 'status', type: 'text' },
  featured: { field: 'featured', type: 'boolean' },
  published_at: { field: 'published_at', type: 'date' },
  updated_at: { field: 'updated_at', type: 'date' },
  created_at: { field: 'created_at', type: 'date' },
  tag: relation('tag'),
  tags: relation('tag'),
  'tags.slug': relation('tag'),
  primary_tag: relation('primary_tag'),
  'primary_tag.slug': relation('primary_tag'),
  author: relation('author'),
  authors: relation('author'),
  'authors.slug': relation('author'),
  primary_author: relation('primary_author'),
  'primary_author.slug': relation('primary_author'),
  topic: relation('topic'),
  region: relation('region'),
};

/** Fields of topics, regions, tags and authors (filtered in memory: there are few of them). */
export const TERM_FILTER_FIELDS: FilterFields = {
  id: { field: 'id', type: 'text' },
  slug: { field: 'slug', type: 'text' },
  name: { field: 'name', type: 'text' },
  visibility: { field: 'visibility', type: 'text' },
};

/** What the NQL parser returns; its shape is checked as it is read. */
type NqlTree = Record<string, unknown>;

const nql = createRequire(import.meta.url)('@tryghost/nql-lang') as {
  parse(text: string, options?: { preserveRelativeDates?: boolean }): NqlTree;
};

const OPS: Readonly<Record<string, FilterOp>> = { $ne: 'ne', $gt: 'gt', $gte: 'gte', $lt: 'lt', $lte: 'lte', $in: 'in', $nin: 'nin', $all: 'all' };
const ALLOWED_OPS: Readonly<Record<FilterFieldType, readonly FilterOp[]>> = {
  text: ['eq', 'ne', 'in', 'nin'],
  boolean: ['eq', 'ne'],
  date: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte'],
  relation: ['eq', 'ne', 'in', 'nin', 'all'],
};
const OP_TEXT: Readonly<Record<FilterOp, string>> = {
  eq: ':', ne: ':-', in: ':[…]', nin: ':-[…]', all: ':[…+…]', gt: ':>', gte: ':>=', lt: ':<', lte: ':<=',
};
const UNIT_MS: Readonly<Record<string, number>> = { seconds: 1000, minutes: 60_000, hours: 3_600_000, days: 86_400_000, weeks: 604_800_000 };
const MAX_LENGTH = 2000;

/**
 * Parses a filter in NQL for a resource with `fields`. Relative dates (`now-2d`) are resolved
 * against `now`, the service's clock. Returns undefined for an empty filter.
 * @throws ValidationError (field `filter`) for a syntax error, an unknown field, an operator
 * the field does not support or a value of the wrong kind.
 */
export function parseContentFilter(text: string | undefined, fields: FilterFields, now: Date): ContentFilter | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  if (text.length > MAX_LENGTH) throw new ValidationError('filter', `is longer than ${MAX_LENGTH} characters`);
  let tree: NqlTree;
  try {
    tree = nql.parse(text, { preserveRelativeDates: true });
  } catch (err) {
    const first = String((err as Error).message).split('\n')[0] ?? '';
    throw new ValidationError('filter', `${first.replace(/^Query Error: /, '')} (in ${JSON.stringify(text)})`);
  }
  return toFilter(tree, fields, now);
}

/** Joins filters with "and", leaving out the undefined ones; undefined when none is left. */
export function allOf(...filters: Array<ContentFilter | undefined>): ContentFilter | undefined {
  const present = filters.filter((f): f is ContentFilter => f !== undefined);
  if (present.length <= 1) return present[0];
  return { kind: 'and', filters: present };
}

/** An equality condition, for callers that build filters from plain query parameters. */
export function condition(field: string, value: FilterScalar): ContentFilter {
  return { kind: 'condition', field, op: 'eq', values: [value] };
}

/**
 * True when a record passes the filter. Text compares without regard to case (as Ghost's
 * database does); a field the record lacks is never equal to anything.
 */
export function matchesFilter(filter: ContentFilter | undefined, record: Readonly<Record<string, string | boolean | undefined>>): boolean {
  if (!filter) return true;
  if (filter.kind === 'and') return filter.filters.every((f) => matchesFilter(f, record));
  if (filter.kind === 'or') return filter.filters.some((f) => matchesFilter(f, record));
  const actual = record[filter.field];
  const same = (v: FilterScalar) =>
    typeof actual === 'string' && typeof v === 'string' ? actual.toLowerCase() === v.toLowerCase() : actual === v;
  switch (filter.op) {
    case 'eq':
    case 'in':
      return filter.values.some(same);
    case 'ne':
    case 'nin':
      return !filter.values.some(same);
    default:
      return false;
  }
}

function toFilter(tree: NqlTree, fields: FilterFields, now: Date): ContentFilter {
  if (Array.isArray(tree.$and)) return { kind: 'and', filters: tree.$and.map((t) => toFilter(t as NqlTree, fields, now)) };
  if (Array.isArray(tree.$or)) return { kind: 'or', filters: tree.$or.map((t) => toFilter(t as NqlTree, fields, now)) };
  const entries = Object.entries(tree);
  const conditions = entries.map(([name, value]) => toCondition(name, value, fields, now));
  if (conditions.length === 1) return conditions[0]!;
  return { kind: 'and', filters: conditions };
}

function toCondition(name: string, raw: unknown, fields: FilterFields, now: Date): ContentFilter {
  const spec = fields[name];
  if (!spec) {
    throw new ValidationError('filter', `"${name}" is not a field you can filter by here; use one of ${Object.keys(fields).join(', ')}`);
  }
  let op: FilterOp = 'eq';
  let values: unknown[] = [raw];
  if (raw !== null && typeof raw === 'object' && !isRelativeDate(raw)) {
    const [key, operand] = Object.entries(raw)[0] ?? [];
    if (key === '$regex' || key === '$not') {
      throw new ValidationError('filter', `${name}: the ~ (contains, starts with, ends with) operators are not supported`);
    }
    const mapped = key === undefined ? undefined : OPS[key];
    if (!mapped) throw new ValidationError('filter', `${name}: unsupported comparison`);
    op = mapped;
    values = Array.isArray(operand) ? operand : [operand];
  }
  if (!ALLOWED_OPS[spec.type].includes(op)) {
    throw new ValidationError('filter', `${name}: "${OP_TEXT[op]}" cannot be used with this field`);
  }
  return { kind: 'condition', field: spec.field, op, values: values.map((v) => toValue(name, spec.type, v, now)) };
}

function toValue(name: string, type: FilterFieldType, value: unknown, now: Date): FilterScalar {
  if (value === null) throw new ValidationError('filter', `${name}: null is not a value this field can be compared with`);
  if (type === 'boolean') {
    if (value === true || value === 'true') return true;
    if (value === false || value === 'false') return false;
    throw new ValidationError('filter', `${name}: must be true or false, not ${JSON.stringify(value)}`);
  }
  if (type === 'date') return toDate(name, value, now);
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  throw new ValidationError('filter', `${name}: ${JSON.stringify(value)} is not a value this field can be compared with`);
}

interface RelativeDate {
  $relativeDate: { op: 'add' | 'sub'; amount: number; unit: string };
}

function isRelativeDate(value: object): value is RelativeDate {
  return '$relativeDate' in value;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME_NO_ZONE = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/;
const DATE_TIME_ZONED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** A date as Ghost writes them in filters: `'2026-03-18'`, `'2026-03-18 09:00:00'` (UTC), ISO 8601, or `now-2d`. */
function toDate(name: string, value: unknown, now: Date): Date {
  if (value !== null && typeof value === 'object' && isRelativeDate(value)) {
    const { op, amount, unit } = value.$relativeDate;
    const date = new Date(now.getTime());
    if (unit === 'months' || unit === 'years') {
      const months = (unit === 'years' ? 12 : 1) * amount * (op === 'add' ? 1 : -1);
      date.setUTCMonth(date.getUTCMonth() + months);
    } else {
      date.setTime(now.getTime() + (op === 'add' ? 1 : -1) * amount * (UNIT_MS[unit] ?? 0));
    }
    return date;
  }
  const text = String(value);
  let ms = Number.NaN;
  if (DATE_ONLY.test(text)) ms = Date.parse(`${text}T00:00:00Z`);
  else if (DATE_TIME_NO_ZONE.test(text)) ms = Date.parse(`${text.replace(' ', 'T')}Z`);
  else if (DATE_TIME_ZONED.test(text)) ms = Date.parse(text);
  if (Number.isNaN(ms)) {
    throw new ValidationError('filter', `${name}: ${JSON.stringify(text)} is not a date; write 'YYYY-MM-DD HH:MM:SS' (UTC) in quotes, or now-2d`);
  }
  return new Date(ms);
}
