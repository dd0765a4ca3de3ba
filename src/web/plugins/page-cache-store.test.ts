import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { acceptedCodings, chooseForm, isNotModified, matchesIfNoneMatch, PageCacheStore, type CacheEntry } from './page-cache-store.js';

const HTML = Buffer.from(`<!DOCTYPE html><title>t</title>${'<p>Rain returned to the Sahel this week. '.repeat(40)}`);

function entry(store: PageCacheStore, key: string, tags: string[], body = HTML): CacheEntry {
  return store.build({ key, tags, body, headers: { 'content-type': 'text/html; charset=utf-8' }, storedAt: new Date(0) });
}

describe('PageCacheStore', () => {
  it('keeps at most its capacity, evicting the least recently used entry', () => {
    const store = new PageCacheStore(2);
    store.set(entry(store, '/a', []));
    store.set(entry(store, '/b', []));
    store.get('/a'); // /b is now the least recently used
    store.set(entry(store, '/c', []));
    assert.equal(store.size, 2);
    assert.ok(store.get('/a'));
    assert.equal(store.get('/b'), undefined);
    assert.ok(store.get('/c'));
  });

  it('purges exactly the entries stored under a purged tag', () => {
    const store = new PageCacheStore(10);
    store.set(entry(store, '/en/', ['home:en', 'story:1']));
    store.set(entry(store, '/en/topic/climate', ['topic:en:climate', 'story:2']));
    store.set(entry(store, '/fr/', ['home:fr']));
    assert.equal(store.purge(['story:1', 'region:en:africa']), 1);
    assert.equal(store.get('/en/'), undefined);
    assert.ok(store.get('/en/topic/climate'));
    assert.ok(store.get('/fr/'));
  });

  it('forgets the tags of evicted entries, so a later purge does not count them', () => {
    const store = new PageCacheStore(1);
    store.set(entry(store, '/a', ['x']));
    store.set(entry(store, '/b', ['y']));
    assert.equal(store.purge(['x']), 0);
    assert.equal(store.purge(['y']), 1);
  });

  it('counts purges, so a render that overlapped one can tell', () => {
    const store = new PageCacheStore(10);
    const before = store.generation;
    store.purge([]);
    assert.equal(store.generation, before, 'a purge of no tags changes nothing');
    store.purge(['home:en']);
    assert.equal(store.generation, before + 1);
  });

  it('stores gzip and brotli forms that decompress to the page, each with its own validator', () => {
    const store = new PageCacheStore(10);
    const e = entry(store, '/en/', ['home:en']);
    assert.deepEqual(gunzipSync(e.forms.gzip!.body), HTML);
    assert.deepEqual(brotliDecompressSync(e.forms.br!.body), HTML);
    assert.equal(e.forms.gzip!.headers['content-encoding'], 'gzip');
    assert.equal(e.forms.br!.headers['content-length'], String(e.forms.br!.body.length));
    const etags = new Set([e.forms.identity.etag, e.forms.gzip!.etag, e.forms.br!.etag]);
    assert.equal(etags.size, 3);
    assert.equal(e.forms.identity.headers['surrogate-key'], 'home:en');
    assert.equal(e.forms.identity.headers.vary, 'Accept-Encoding');
  });

  it('gives the same page the same validator and a changed page another', () => {
    const store = new PageCacheStore(10);
    const a = entry(store, '/en/', []);
    const b = entry(store, '/en/', []);
    const c = entry(store, '/en/', [], Buffer.concat([HTML, Buffer.from('!')]));
    assert.equal(a.forms.identity.etag, b.forms.identity.etag);
    assert.notEqual(a.forms.identity.etag, c.forms.identity.etag);
  });

  it('does not compress what is not text', () => {
    const store = new PageCacheStore(10);
    const e = store.build({ key: '/x', tags: [], body: HTML, headers: { 'content-type': 'image/png' }, storedAt: new Date(0) });
    assert.equal(e.forms.gzip, undefined);
    assert.equal(e.forms.br, undefined);
  });
});

describe('content negotiation', () => {
  it('prefers brotli, then gzip, and honours q=0 and *', () => {
    assert.deepEqual(acceptedCodings('gzip, deflate, br'), ['br', 'gzip']);
    assert.deepEqual(acceptedCodings('gzip'), ['gzip']);
    assert.deepEqual(acceptedCodings('br;q=0, gzip;q=0.5'), ['gzip']);
    assert.deepEqual(acceptedCodings('*'), ['br', 'gzip']);
    assert.deepEqual(acceptedCodings('*;q=0'), []);
    assert.deepEqual(acceptedCodings('identity'), []);
    assert.deepEqual(acceptedCodings(undefined), []);
  });

  it('falls back to a form the client accepts', () => {
    const store = new PageCacheStore(10);
    const e = entry(store, '/en/', []);
    assert.equal(chooseForm(e, 'gzip, br').headers['content-encoding'], 'br');
    assert.equal(chooseForm(e, 'gzip').headers['content-encoding'], 'gzip');
    assert.equal(chooseForm(e, 'deflate').headers['content-encoding'], undefined);
  });

  it('matches If-None-Match against any form, weak or strong, in a list', () => {
    const store = new PageCacheStore(10);
    const e = entry(store, '/en/', []);
    assert.ok(matchesIfNoneMatch(e, e.forms.identity.etag));
    assert.ok(matchesIfNoneMatch(e, `"other", W/${e.forms.br!.etag}`));
    assert.ok(matchesIfNoneMatch(e, '*'));
    assert.ok(!matchesIfNoneMatch(e, '"other"'));
    assert.ok(!matchesIfNoneMatch(e, undefined));
  });

  it('answers If-Modified-Since from Last-Modified, unless If-None-Match decides', () => {
    const store = new PageCacheStore(10);
    const e = store.build({ key: '/en/feed.xml', tags: [], body: HTML, headers: { 'content-type': 'application/rss+xml' }, storedAt: new Date('2026-03-18T09:00:00Z') });
    assert.ok(isNotModified(e, { 'if-modified-since': 'Wed, 18 Mar 2026 09:00:00 GMT' }));
    assert.ok(isNotModified(e, { 'if-modified-since': 'Wed, 18 Mar 2026 10:00:00 GMT' }));
    assert.ok(!isNotModified(e, { 'if-modified-since': 'Wed, 18 Mar 2026 08:59:59 GMT' }));
    assert.ok(!isNotModified(e, { 'if-modified-since': 'not a date' }));
    assert.ok(!isNotModified(e, { 'if-none-match': '"other"', 'if-modified-since': 'Wed, 18 Mar 2026 10:00:00 GMT' }));
    assert.ok(isNotModified(e, { 'if-none-match': e.forms.identity.etag }));
    assert.ok(!isNotModified(e, {}));
  });
});
