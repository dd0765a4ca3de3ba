/**
 * The page cache (DESIGN.md "Caching"): public GET responses that a route tagged with
 * {@link tagPage} are kept in memory with their compressed forms, answered from memory before
 * any routing work, and purged by tag when a content event says what changed. A change is
 * visible on the very next request because the purge runs before the service call returns.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ContentEvent } from '../../domain/events.js';
import type { EventBus } from '../../services/context.js';
import { chooseForm, isNotModified, notModifiedHeaders, PageCacheStore, writeEntry } from './page-cache-store.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Cache tags of what this response shows; null means "do not cache". */
    pageCacheTags: string[] | null;
    /** The cache key of this request (GET and HEAD only). */
    pageCacheKey: string | null;
    /** The store's purge count when the request began. */
    pageCacheGeneration: number;
  }
  interface FastifyContextConfig {
    /** Query parameters that change what the route shows; the others are left out of the cache key. */
    cacheQuery?: readonly string[];
  }
}

// Headers that describe one transfer rather than the page; the store sets its own.
const NOT_STORED = new Set(['content-length', 'content-encoding', 'etag', 'last-modified', 'vary', 'x-cache', 'surrogate-key']);

/** Marks a response as cacheable under these tags (the route calls it before sending). */
export function tagPage(request: FastifyRequest, tags: Iterable<string>): void {
  request.pageCacheTags = [...new Set([...(request.pageCacheTags ?? []), ...tags])];
}

/** The tags to purge for a content event: the service that made the change names them. */
export function purgeTagsFor(event: ContentEvent): string[] {
  return event.tags;
}

/** Installs the cache on the root app and subscribes it to content events; returns the store. */
export function installPageCache(
  app: FastifyInstance,
  options: { capacity: number; events: EventBus; clock?: () => Date },
): PageCacheStore {
  const store = new PageCacheStore(options.capacity);
  const clock = options.clock ?? (() => new Date());
  const unsubscribe = options.events.subscribe((event) => store.purge(purgeTagsFor(event)));
  app.addHook('onClose', async () => unsubscribe());

  app.decorateRequest('pageCacheTags', null);
  app.decorateRequest('pageCacheKey', null);
  app.decorateRequest('pageCacheGeneration', 0);

  // A callback hook (not async): on a hit nothing else of Fastify's lifecycle runs.
  app.addHook('onRequest', (request, reply, done) => {
    const method = request.method;
    if (method !== 'GET' && method !== 'HEAD') return done();
    const key = cacheKey(request);
    request.pageCacheKey = key;
    request.pageCacheGeneration = store.generation;
    const entry = store.get(key);
    if (!entry) return done();
    reply.hijack();
    writeEntry(entry, request.headers, reply.raw, method === 'HEAD');
  });

  app.addHook('onSend', (request, reply, payload, done) => {
    const tags = request.pageCacheTags;
    const key = request.pageCacheKey;
    if (!tags || key === null || reply.statusCode !== 200 || reply.hasHeader('set-cookie')) {
      return done(null, payload);
    }
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return done(null, payload);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(reply.getHeaders())) {
      if (value !== undefined && !NOT_STORED.has(name)) headers[name] = String(value);
    }
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
    const entry = store.build({ key, tags, body, headers, storedAt: clock() });
    // MUST compare generations: a purge during the render means the page may be out of date.
    if (request.pageCacheGeneration === store.generation) store.set(entry);
    const form = chooseForm(entry, request.headers['accept-encoding']);
    if (isNotModified(entry, request.headers)) {
      reply.code(304).headers({ ...notModifiedHeaders(form), 'x-cache': 'MISS' });
      reply.removeHeader('content-type');
      return done(null, null);
    }
    reply.headers({ ...form.headers, 'x-cache': 'MISS' });
    return done(null, form.body);
  });

  return store;
}

/** The URL without the query parameters the route does not read (tracking parameters and the like). */
function cacheKey(request: FastifyRequest): string {
  const url = request.url;
  const q = url.indexOf('?');
  if (q < 0) return url;
  const keep = request.routeOptions.config.cacheQuery;
  if (!keep || keep.length === 0) return url.slice(0, q);
  const params = new URLSearchParams(url.slice(q + 1));
  const kept = new URLSearchParams();
  for (const name of keep) for (const value of params.getAll(name)) kept.append(name, value);
  const query = kept.toString();
  return query ? `${url.slice(0, q)}?${query}` : url.slice(0, q);
}

/**
 * Answers a GET or HEAD without a query string straight from the cache, before Fastify sees the
 * request (routing, hooks and the request log cost more than sending the bytes). Returns false
 * when the request must go through Fastify: a miss, a query string (only the route knows which
 * parameters matter) or another method. The onRequest hook above answers the rest of the hits.
 */
export function answerFromCache(store: PageCacheStore, req: IncomingMessage, res: ServerResponse): boolean {
  const method = req.method;
  if (method !== 'GET' && method !== 'HEAD') return false;
  const url = req.url;
  if (url === undefined || url.includes('?')) return false;
  const entry = store.get(url);
  if (!entry) return false;
  writeEntry(entry, req.headers, res, method === 'HEAD');
  return true;
}
