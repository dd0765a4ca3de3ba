/**
 * The page cache seen from outside: hits and misses, validators, compression, and above all
 * that a change made through the Admin API shows on the very next request.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { AdminStoryJson } from '../../src/render/json/admin-story.js';
import { buildTestApp, pathOf, type TestApp } from '../support/build-test-app.js';

describe('page cache', () => {
  let t: TestApp;
  let story: AdminStoryJson;

  before(async () => {
    t = await buildTestApp();
    story = await t.publishStoryAt('2026-03-10T08:00:00Z', {
      headline: 'Wells dug in drought-hit villages',
      topics: ['climate'],
      regions: ['africa'],
      tags: ['water'],
    });
  });
  after(() => t.close());

  it('answers the second request from memory with the same bytes', async () => {
    const path = pathOf(story);
    const first = await t.get(path);
    const second = await t.get(path);
    assert.equal(first.headers['x-cache'], 'MISS');
    assert.equal(second.headers['x-cache'], 'HIT');
    assert.equal(second.statusCode, 200);
    assert.equal(second.body, first.body);
    assert.equal(second.headers.etag, first.headers.etag);
    assert.equal(second.headers['content-security-policy'], first.headers['content-security-policy']);
    assert.equal(second.headers['content-type'], 'text/html; charset=utf-8');
  });

  it('answers hits over a real socket before routing, and a publish is on the next request there too', async () => {
    const origin = await t.app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const path = '/en/region/africa';
      const first = await fetch(origin + path);
      const firstBody = await first.text();
      const second = await fetch(origin + path, { headers: { 'accept-encoding': 'gzip' } });
      assert.equal(second.headers.get('x-cache'), 'HIT');
      assert.equal(second.headers.get('content-encoding'), 'gzip');
      assert.equal(await second.text(), firstBody, 'fetch decodes the gzip form to the same page');
      assert.equal(second.headers.get('content-security-policy'), first.headers.get('content-security-policy'));
      const revalidated = await fetch(origin + path, { headers: { 'if-none-match': String(first.headers.get('etag')) } });
      assert.equal(revalidated.status, 304);
      const added = await t.publishStoryAt('2026-03-11T08:00:00Z', { headline: 'Solar pumps reach the Sahel', regions: ['africa'] });
      const after = await fetch(origin + path);
      assert.equal(after.headers.get('x-cache'), 'MISS');
      assert.ok((await after.text()).includes('Solar pumps reach the Sahel'), `${added.headline} is listed at once`);
      const head = await fetch(origin + path, { method: 'HEAD' });
      assert.equal(head.status, 200);
      assert.equal(head.headers.get('x-cache'), 'HIT');
    } finally {
      await t.app.server.close();
    }
  });

  it('sends validators, caching headers and the surrogate keys of what the page shows', async () => {
    const res = await t.get(pathOf(story));
    assert.match(String(res.headers.etag), /^"[\w-]+"$/);
    assert.ok(res.headers['last-modified']);
    assert.equal(res.headers['cache-control'], 'public, max-age=0, must-revalidate');
    assert.equal(res.headers.vary, 'Accept-Encoding');
    const keys = String(res.headers['surrogate-key']).split(' ');
    for (const key of [`story:${story.id}`, 'topic:en:climate', 'region:en:africa', 'tag:en:water', 'nav:en']) {
      assert.ok(keys.includes(key), `surrogate keys lack ${key}`);
    }
  });

  it('answers 304 to a matching If-None-Match, on a miss and on a hit', async () => {
    const path = '/en/topic/climate';
    const miss = await t.get(path);
    assert.equal(miss.headers['x-cache'], 'MISS');
    const etag = String(miss.headers.etag);
    const hit = await t.get(path, { 'if-none-match': etag });
    assert.equal(hit.statusCode, 304);
    assert.equal(hit.body, '');
    assert.equal(hit.headers.etag, etag);
    const stale = await t.get(path, { 'if-none-match': '"something-else"' });
    assert.equal(stale.statusCode, 200);
    const region = '/en/region/africa';
    const regionEtag = String((await t.get(region)).headers.etag);
    // Purge by publishing in the region, then ask with the old validator: a fresh page, not 304.
    await t.publishStoryAt('2026-03-11T08:00:00Z', { headline: 'Solar pumps arrive', regions: ['africa'] });
    const afterChange = await t.get(region, { 'if-none-match': regionEtag });
    assert.equal(afterChange.statusCode, 200);
    assert.equal(afterChange.headers['x-cache'], 'MISS');
    const missWithValidator = await t.get('/en/tag/water');
    t.database.runtime.events.emit({ type: 'story.updated', storyId: story.id, tags: ['tag:en:water'] });
    const revalidated = await t.get('/en/tag/water', { 'if-none-match': String(missWithValidator.headers.etag) });
    assert.equal(revalidated.headers['x-cache'], 'MISS');
    assert.equal(revalidated.statusCode, 304, 'an unchanged page re-rendered after a purge is still 304');
  });

  it('serves brotli, gzip or identity as Accept-Encoding allows', async () => {
    const path = '/en/';
    const plain = await t.get(path);
    assert.equal(plain.headers['content-encoding'], undefined);
    for (const [accept, coding] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
      ['deflate', undefined],
    ] as const) {
      for (const round of ['first', 'second']) {
        const res = await t.get(path, { 'accept-encoding': accept });
        assert.equal(res.headers['content-encoding'], coding, `${accept} (${round})`);
        assert.equal(res.headers.vary, 'Accept-Encoding');
        assert.equal(Number(res.headers['content-length']), res.rawPayload.length);
        const body =
          coding === 'br' ? brotliDecompressSync(res.rawPayload) : coding === 'gzip' ? gunzipSync(res.rawPayload) : res.rawPayload;
        assert.equal(body.toString('utf8'), plain.body, `${accept} decodes to the page`);
        if (coding) assert.ok(res.rawPayload.length < plain.rawPayload.length);
      }
    }
  });

  it('keys pages by the query parameters they read, ignoring the rest', async () => {
    await t.get('/en/');
    const tracked = await t.get('/en/?utm_source=newsletter');
    assert.equal(tracked.headers['x-cache'], 'HIT');
    const withPage = await t.get('/en/topic/climate?page=1&utm_source=x');
    const samePage = await t.get('/en/topic/climate?page=1');
    assert.equal(withPage.statusCode, 200);
    assert.equal(samePage.headers['x-cache'], 'HIT');
  });

  it('answers HEAD from memory without a body', async () => {
    const path = pathOf(story);
    await t.get(path);
    const res = await t.app.inject({ method: 'HEAD', url: path });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['x-cache'], 'HIT');
    assert.equal(res.body, '');
  });

  it('never caches the Admin API, errors or redirects', async () => {
    for (let i = 0; i < 2; i++) {
      assert.equal((await t.admin('GET', '/stories')).headers['x-cache'], undefined);
      assert.equal((await t.get('/en/no-such-page')).headers['x-cache'], undefined);
      assert.equal((await t.get('/')).headers['x-cache'], undefined);
    }
  });

  describe('freshness after changes through the Admin API', () => {
    it('shows a newly published story on the cached home page and at its address on the next request', async () => {
      await t.get('/en/');
      assert.equal((await t.get('/en/')).headers['x-cache'], 'HIT');
      t.clock.set('2026-03-12T09:00:00Z');
      const draft = await t.createStory({ headline: 'Flood warning issued for delta', topics: ['climate'] });
      const expectedPath = '/en/story/2026/03/flood-warning-issued-for-delta';
      assert.equal((await t.get(expectedPath)).statusCode, 404, 'not on the site while a draft');
      await t.publish(draft.id);
      const home = await t.get('/en/');
      assert.equal(home.headers['x-cache'], 'MISS');
      assert.ok(home.body.includes('Flood warning issued for delta'));
      const page = await t.get(expectedPath);
      assert.equal(page.statusCode, 200);
      assert.ok(page.body.includes('Flood warning issued for delta'));
    });

    it('refreshes the story, its sections and the related lists of its neighbours', async () => {
      const neighbour = await t.publishStoryAt('2026-03-12T10:00:00Z', {
        headline: 'Reservoirs fill after storms',
        topics: ['climate'],
      });
      const topic = '/en/topic/climate';
      await t.get(pathOf(story));
      await t.get(pathOf(neighbour));
      await t.get(topic);
      const res = await t.admin('PATCH', `/stories/${story.id}`, { revision: story.revision, headline: 'Wells dug in dry villages' });
      assert.equal(res.statusCode, 200, res.body);
      story = res.json().story;
      for (const path of [pathOf(story), pathOf(neighbour), topic, '/en/']) {
        const page = await t.get(path);
        assert.equal(page.headers['x-cache'], 'MISS', path);
        assert.ok(page.body.includes('Wells dug in dry villages'), `${path} shows the new headline`);
        // The body still quotes the old headline; headlines are the text of a heading or a link.
        assert.ok(!/>Wells dug in drought-hit villages</.test(page.body), `${path} no longer shows the old one`);
      }
    });

    it('updates the navigation of every page when a story brings a new section', async () => {
      const topic = '/en/topic/climate';
      assert.ok(!(await t.get(topic)).body.includes('href="/en/topic/peace-and-security"'));
      assert.equal((await t.get(topic)).headers['x-cache'], 'HIT');
      await t.publishStoryAt('2026-03-13T09:00:00Z', { headline: 'Ceasefire talks open', topics: ['peace-and-security'] });
      const page = await t.get(topic);
      assert.equal(page.headers['x-cache'], 'MISS');
      assert.ok(page.body.includes('href="/en/topic/peace-and-security"'));
    });

    it('takes an unpublished story off the site on the next request', async () => {
      const gone = await t.publishStoryAt('2026-03-14T09:00:00Z', { headline: 'Story to withdraw', tags: ['withdrawn'] });
      const path = pathOf(gone);
      await t.get(path);
      await t.get('/en/');
      assert.equal((await t.get(path)).headers['x-cache'], 'HIT');
      const res = await t.admin('POST', `/stories/${gone.id}/unpublish`);
      assert.equal(res.statusCode, 200, res.body);
      const page = await t.get(path);
      assert.equal(page.statusCode, 404);
      assert.ok(!(await t.get('/en/')).body.includes('Story to withdraw'));
    });

    it('leaves pages of other languages in memory', async () => {
      await t.publishStoryAt('2026-03-15T09:00:00Z', { lang: 'fr', headline: 'Des puits dans le Sahel' });
      await t.get('/fr/');
      assert.equal((await t.get('/fr/')).headers['x-cache'], 'HIT');
      await t.publishStoryAt('2026-03-15T10:00:00Z', { headline: 'An English story only' });
      assert.equal((await t.get('/fr/')).headers['x-cache'], 'HIT');
    });
  });
});

describe('page cache size', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp('sqlite', { DATELINE_PAGE_CACHE_ENTRIES: '2' });
    await t.publishStoryAt('2026-03-10T08:00:00Z', { headline: 'One story', topics: ['climate'], regions: ['africa'] });
  });
  after(() => t.close());

  it('keeps no more pages than configured, dropping the least recently used', async () => {
    await t.get('/en/');
    await t.get('/en/topic/climate');
    await t.get('/en/');
    await t.get('/en/region/africa');
    assert.equal((await t.get('/en/')).headers['x-cache'], 'HIT');
    assert.equal((await t.get('/en/topic/climate')).headers['x-cache'], 'MISS');
  });
});
