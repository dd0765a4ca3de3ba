/**
 * The query parameters of Ghost's Content API, read the way Ghost reads them: `include`,
 * `fields`, `formats`, `filter`, `limit` (a number or `all`), `page`, `order`. Parameters
 * Ghost's client adds that mean nothing here (`key`, `slug` on a read) are ignored, as Ghost does.
 */
import { ValidationError } from '../../../domain/errors.js';

/** Browse and read options of one request. */
export interface GhostOptions {
  /** `include=tags,authors,count.posts`. */
  include: ReadonlySet<string>;
  /** `fields=title,url`: the fields to keep; undefined for all. */
  fields: readonly string[] | undefined;
  /** `formats=html,plaintext`: html alone by default. */
  formats: { html: boolean; plaintext: boolean };
  filter: string | undefined;
  limit: number | 'all';
  page: number;
  order: string | undefined;
}

/** Ghost's default page size. */
export const GHOST_DEFAULT_LIMIT = 15;

/** Reads the options from a request's query. @throws ValidationError for a bad limit or page. */
export function readGhostOptions(query: unknown): GhostOptions {
  const q = (query ?? {}) as Record<string, unknown>;
  const text = (name: string) => {
    const value = q[name];
    if (value === undefined) return undefined;
    return Array.isArray(value) ? value.join(',') : String(value);
  };
  const list = (name: string) => text(name)?.split(',').map((s) => s.trim()).filter(Boolean);
  const formats = list('formats');
  return {
    include: new Set(list('include') ?? []),
    fields: list('fields'),
    formats: formats ? { html: formats.includes('html'), plaintext: formats.includes('plaintext') } : { html: true, plaintext: false },
    filter: text('filter'),
    limit: readLimit(text('limit')),
    page: readPage(text('page')),
    order: text('order'),
  };
}

function readLimit(raw: string | undefined): number | 'all' {
  if (raw === undefined || raw === '') return GHOST_DEFAULT_LIMIT;
  if (raw === 'all') return 'all';
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new ValidationError('limit', `must be a positive whole number or "all", not "${raw}"`);
  return Number(raw);
}

function readPage(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 1;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new ValidationError('page', `must be a positive whole number, not "${raw}"`);
  return Number(raw);
}

/** Keeps only the named fields of an object (all when `fields` is undefined), plus the relations asked for. */
export function keepFields<T extends object>(json: T, fields: readonly string[] | undefined, relations: readonly string[] = []): Partial<T> {
  if (!fields) return json;
  const out: Record<string, unknown> = {};
  for (const field of [...fields, ...relations]) {
    if (field in json) out[field] = (json as Record<string, unknown>)[field];
  }
  return out as Partial<T>;
}
