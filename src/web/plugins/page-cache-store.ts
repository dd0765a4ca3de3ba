/**
 * The page cache's memory: a bounded LRU of rendered responses keyed by URL, each kept in its
 * identity, gzip and brotli forms with the full header set of each form computed once, so a
 * hit is a map lookup and one write. A tag index finds exactly the entries a change affects.
 */
import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';

/** A content coding we store and serve. */
export type Coding = 'br' | 'gzip' | 'identity';

/** One stored form of a response: its bytes and every header sent with them. */
interface Form {
  body: Buffer;
  etag: string;
  headers: Record<string, string>;
}

/** A cached response. */
export interface CacheEntry {
  key: string;
  tags: readonly string[];
  forms: Partial<Record<Coding, Form>> & { identity: Form };
}

/** What a response to store is made of (taken from the reply the route produced). */
export interface ResponseToStore {
  key: string;
  tags: readonly string[];
  body: Buffer;
  /** Headers of the identity response (content-type, cache-control, security headers…). */
  headers: Readonly<Record<string, string>>;
  storedAt: Date;
}

// Quality 6 compresses a typical page within a few per cent of quality 11 in a twentieth of
// the time; entries are compressed on the request that misses, so that time is a reader's.
const BROTLI_OPTIONS = { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 6 } };
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript|manifest\+json|[\w.+-]+\+(xml|json)))/;
const DEFAULT_CACHE_CONTROL = 'public, max-age=0, must-revalidate';

/** Rendered public responses, their compressed forms and the tags they were stored under. */
export class PageCacheStore {
  private readonly entries = new Map<string, CacheEntry>();
  private readonly keysByTag = new Map<string, Set<string>>();
  private purges = 0;

  constructor(private readonly capacity: number) {}

  /**
   * Counts purges. A render that started before a purge may show what was purged, so the
   * plugin stores a response only when this number is the same as when its request began.
   */
  get generation(): number {
    return this.purges;
  }

  /** Number of stored entries. */
  get size(): number {
    return this.entries.size;
  }

  /** The entry for a key, marked as recently used. */
  get(key: string): CacheEntry | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  /** Builds an entry (compressing it once) without storing it. */
  build(response: ResponseToStore): CacheEntry {
    const base: Record<string, string> = { 'cache-control': DEFAULT_CACHE_CONTROL, ...response.headers };
    base['last-modified'] = response.storedAt.toUTCString();
    base.vary = 'Accept-Encoding';
    if (response.tags.length > 0) base['surrogate-key'] = response.tags.join(' ');
    const hash = createHash('sha256').update(response.body).digest('base64url').slice(0, 27);
    const form = (coding: Coding, body: Buffer): Form => {
      // Each coding is a different representation, so each gets its own strong validator.
      const etag = coding === 'identity' ? `"${hash}"` : `"${hash}-${coding}"`;
      const headers: Record<string, string> = { ...base, etag, 'content-length': String(body.length), 'x-cache': 'HIT' };
      if (coding !== 'identity') headers['content-encoding'] = coding;
      return { body, etag, headers };
    };
    const forms: CacheEntry['forms'] = { identity: form('identity', response.body) };
    if (COMPRESSIBLE.test(base['content-type'] ?? '')) {
      const gzip = gzipSync(response.body, { level: 9 });
      if (gzip.length < response.body.length) forms.gzip = form('gzip', gzip);
      const br = brotliCompressSync(response.body, BROTLI_OPTIONS);
      if (br.length < response.body.length) forms.br = form('br', br);
    }
    return { key: response.key, tags: [...new Set(response.tags)], forms };
  }

  /** Stores an entry, evicting the least recently used ones beyond capacity. */
  set(entry: CacheEntry): void {
    this.delete(entry.key);
    this.entries.set(entry.key, entry);
    for (const tag of entry.tags) {
      let keys = this.keysByTag.get(tag);
      if (!keys) this.keysByTag.set(tag, (keys = new Set()));
      keys.add(entry.key);
    }
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.delete(oldest);
    }
  }

  /** Removes every entry stored under any of `tags`; returns how many were removed. */
  purge(tags: Iterable<string>): number {
    let removed = 0;
    let any = false;
    for (const tag of tags) {
      any = true;
      const keys = this.keysByTag.get(tag);
      if (!keys) continue;
      for (const key of [...keys]) if (this.delete(key)) removed++;
    }
    if (any) this.purges++;
    return removed;
  }

  /** Removes everything. */
  clear(): void {
    this.entries.clear();
    this.keysByTag.clear();
    this.purges++;
  }

  private delete(key: string): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.entries.delete(key);
    for (const tag of entry.tags) {
      const keys = this.keysByTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.keysByTag.delete(tag);
    }
    return true;
  }
}

/** The form of an entry to send for these request headers (br > gzip > identity). */
export function chooseForm(entry: CacheEntry, acceptEncoding: string | undefined): Form {
  for (const coding of acceptedCodings(acceptEncoding)) {
    const form = entry.forms[coding];
    if (form) return form;
  }
  return entry.forms.identity;
}

/** True when `If-None-Match` names the entry's validator in any of its forms (or is `*`). */
export function matchesIfNoneMatch(entry: CacheEntry, ifNoneMatch: string | undefined): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  for (const raw of ifNoneMatch.split(',')) {
    // If-None-Match uses weak comparison (RFC 9110 §13.1.2): W/"x" matches "x".
    const tag = raw.trim().replace(/^W\//, '');
    for (const form of Object.values(entry.forms)) if (form.etag === tag) return true;
  }
  return false;
}

/**
 * True when the client's copy is current: its `If-None-Match` names the entry's validator, or,
 * when it sent no `If-None-Match` (RFC 9110 §13.1.3 gives that precedence), its
 * `If-Modified-Since` is no earlier than the entry's Last-Modified (feed readers often send only that).
 */
export function isNotModified(entry: CacheEntry, headers: IncomingHttpHeaders): boolean {
  if (headers['if-none-match'] !== undefined) return matchesIfNoneMatch(entry, headers['if-none-match']);
  const since = headers['if-modified-since'];
  const lastModified = entry.forms.identity.headers['last-modified'];
  if (!since || !lastModified) return false;
  const sinceMs = Date.parse(since);
  return !Number.isNaN(sinceMs) && Date.parse(lastModified) <= sinceMs;
}

/** Sends an entry straight to the socket: 304 when the client's copy is current, else the chosen form. */
export function writeEntry(entry: CacheEntry, headers: IncomingHttpHeaders, res: ServerResponse, headOnly: boolean): void {
  const form = chooseForm(entry, headers['accept-encoding']);
  if (isNotModified(entry, headers)) {
    res.writeHead(304, notModifiedHeaders(form));
    res.end();
    return;
  }
  res.writeHead(200, form.headers);
  if (headOnly) res.end();
  else res.end(form.body);
}

/** The headers of a 304 for a form: its validators and caching headers, no body headers. */
export function notModifiedHeaders(form: Form): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of ['etag', 'cache-control', 'vary', 'last-modified', 'surrogate-key', 'x-cache']) {
    const value = form.headers[name];
    if (value !== undefined) out[name] = value;
  }
  return out;
}

const NONE: readonly Coding[] = [];
const codingMemo = new Map<string, readonly Coding[]>();

/** The compressed codings an Accept-Encoding value allows, best first, honouring `q=0` and `*`. */
export function acceptedCodings(acceptEncoding: string | undefined): readonly Coding[] {
  if (!acceptEncoding) return NONE;
  const memo = codingMemo.get(acceptEncoding);
  if (memo) return memo;
  const q = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name.trim(), Number.isFinite(value) ? value : 0);
  }
  const allowed = (coding: string) => (q.get(coding) ?? q.get('*') ?? 0) > 0;
  const codings: Coding[] = [];
  if (allowed('br')) codings.push('br');
  if (allowed('gzip') || (q.has('x-gzip') && allowed('x-gzip'))) codings.push('gzip');
  // Browsers send a handful of distinct values; the bound only guards against junk headers.
  if (codingMemo.size < 256) codingMemo.set(acceptEncoding, codings);
  return codings;
}
