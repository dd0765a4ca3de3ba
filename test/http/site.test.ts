/** The reader site over HTTP: every page family, redirects, 404s, pagination, headers. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AdminStoryJson } from '../../src/render/json/admin-story.js';
import { buildTestApp, pathOf, type TestApp } from '../support/build-test-app.js';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'";

describe('reader site', () => {
  let t: TestApp;
  let sahel: AdminStoryJson;
  let russian: AdminStoryJson;
  let arabic: AdminStoryJson;
  let february: AdminStoryJson;
  const health: AdminStoryJson[] = [];

  before(async () => {
    t = await buildTestApp();
    february = await t.publishStoryAt('2026-02-10T08:00:00Z', {
      headline: 'Glaciers retreat faster in the Alps',
      topics: ['climate'],
      regions: ['europe'],
    });
    // 21 stories in one topic: one more than a page holds.
    for (let i = 1; i <= 21; i++) {
      health.push(await t.publishStoryAt(`2026-03-${String(i).padStart(2, '0')}T06:00:00Z`, {
        headline: `Clinic report number ${i}`,
        topics: ['health'],
        type: 'brief',
      }));
    }
    sahel = await t.publishStoryAt('2026-03-22T10:00:00Z', {
      headline: 'Rains return to the Sahel',
      standfirst: 'Farmers plant early after the first good rains in years.',
      body: 'Farmers across the region planted **early** this year.\n\nRain fell for three days.',
      topics: ['climate'],
      regions: ['africa'],
      tags: ['rain'],
      authors: ['amara-okafor'],
      datelinePlace: 'NIAMEY',
      type: 'feature',
    });
    russian = await t.publishStoryAt('2026-03-22T11:00:00Z', { lang: 'ru', headline: 'Дожди вернулись в Сахель' });
    arabic = await t.publishStoryAt('2026-03-22T12:00:00Z', { lang: 'ar', headline: 'عودة الأمطار إلى الساحل' });
  });
  after(() => t.close());

  it('sends / to the default language home with a 302', async () => {
    const res = await t.get('/');
    assert.equal(res.statusCode, 302);
    assert.equal(res.headers.location, '/en/');
  });

  it('sends /{lang} to /{lang}/', async () => {
    const res = await t.get('/fr');
    assert.equal(res.statusCode, 301);
    assert.equal(res.headers.location, '/fr/');
  });

  it('shows the home page with the newest stories and a working stylesheet link', async () => {
    const res = await t.get('/en/');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/html; charset=utf-8/);
    assert.match(res.body, /<html lang="en" dir="ltr">/);
    assert.ok(res.body.includes('Rains return to the Sahel'));
    assert.ok(res.body.includes('Clinic report number 21'));
    assert.ok(!res.body.includes('Дожди'), 'the English home shows only English stories');
    const href = /<link rel="stylesheet" href="([^"]+)"/.exec(res.body)?.[1];
    assert.match(href ?? '', /^\/assets\/site\.[0-9a-f]{12}\.css$/);
    const css = await t.get(href!);
    assert.equal(css.statusCode, 200);
    assert.match(String(css.headers['content-type']), /^text\/css/);
    assert.equal(css.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.ok(css.body.length > 100);
  });

  it('shows a story page with its headline, body, byline, dateline and sections', async () => {
    const path = pathOf(sahel);
    assert.equal(path, '/en/story/2026/03/rains-return-to-the-sahel');
    const res = await t.get(path);
    assert.equal(res.statusCode, 200);
    for (const text of [
      'Rains return to the Sahel',
      'Farmers plant early after the first good rains in years.',
      '<strong>early</strong>',
      'Amara Okafor',
      'NIAMEY',
      'href="/en/topic/climate"',
      'href="/en/region/africa"',
      'href="/en/tag/rain"',
      `<link rel="canonical" href="https://news.example.org${path}"/>`,
    ]) {
      assert.ok(res.body.includes(text), `story page lacks ${text}`);
    }
  });

  it('links the byline to an author page that lists their stories, with their bio', async () => {
    const story = await t.get(pathOf(sahel));
    assert.ok(story.body.includes('href="/en/author/amara-okafor"'), 'the byline links the author page');
    const res = await t.get('/en/author/amara-okafor');
    assert.equal(res.statusCode, 200);
    assert.ok(res.body.includes('Amara Okafor'));
    assert.ok(res.body.includes('Rains return to the Sahel'));
    assert.ok(!res.body.includes('Glaciers retreat faster in the Alps'), 'only their own stories');
    assert.equal((await t.get('/en/author/nobody-here')).statusCode, 404);
  });

  it('redirects a story address with the wrong year or month to the real one', async () => {
    for (const wrong of ['/en/story/2026/04/rains-return-to-the-sahel', '/en/story/2025/03/rains-return-to-the-sahel']) {
      const res = await t.get(wrong);
      assert.equal(res.statusCode, 301, wrong);
      assert.equal(res.headers.location, pathOf(sahel));
    }
  });

  it('serves stories with non-Latin slugs at their percent-encoded address', async () => {
    const path = pathOf(russian);
    assert.equal(path, `/ru/story/2026/03/${encodeURIComponent('дожди-вернулись-в-сахель')}`);
    const res = await t.get(path);
    assert.equal(res.statusCode, 200);
    assert.ok(res.body.includes('Дожди вернулись в Сахель'));
    assert.match(res.body, /<html lang="ru" dir="ltr">/);
  });

  it('writes Arabic pages right to left', async () => {
    const res = await t.get(pathOf(arabic));
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<html lang="ar" dir="rtl">/);
    assert.match((await t.get('/ar/')).body, /<html lang="ar" dir="rtl">/);
  });

  it('lists a topic, a region, a tag and a story type', async () => {
    const pages: Array<[string, string]> = [
      ['/en/topic/climate', 'Glaciers retreat faster in the Alps'],
      ['/en/region/africa', 'Rains return to the Sahel'],
      ['/en/tag/rain', 'Rains return to the Sahel'],
      ['/en/type/feature', 'Rains return to the Sahel'],
      ['/en/type/brief', 'Clinic report number 3'],
    ];
    for (const [path, headline] of pages) {
      const res = await t.get(path);
      assert.equal(res.statusCode, 200, path);
      assert.ok(res.body.includes(headline), `${path} lacks ${headline}`);
    }
    const climate = (await t.get('/en/topic/climate')).body;
    assert.ok(climate.includes('Topic climate'), 'the topic page is titled with the topic name');
    assert.ok(!climate.includes('Clinic report'), 'a topic page lists only its topic');
  });

  it('lists a month of the archive', async () => {
    const res = await t.get('/en/archive/2026/02');
    assert.equal(res.statusCode, 200);
    assert.ok(res.body.includes('Glaciers retreat faster in the Alps'));
    assert.ok(!res.body.includes('Rains return to the Sahel'));
    assert.ok(res.body.includes('href="/en/archive/2026/03"'), 'the footer links the months that have stories');
    assert.ok(february.publishedAt?.startsWith('2026-02-10'));
  });

  it('paginates 20 stories a page: page 2 exists, the page past the end does not', async () => {
    const first = await t.get('/en/topic/health');
    assert.equal(first.statusCode, 200);
    assert.ok(first.body.includes('href="/en/topic/health?page=2"'));
    assert.ok(first.body.includes('Clinic report number 21'));
    assert.ok(!first.body.includes('Clinic report number 1<'), 'the oldest story is on page 2');
    const second = await t.get('/en/topic/health?page=2');
    assert.equal(second.statusCode, 200);
    assert.ok(second.body.includes('Clinic report number 1<'));
    assert.ok(second.body.includes('href="/en/topic/health"'), 'page 1 is linked without a query');
    for (const bad of ['?page=3', '?page=0', '?page=abc', '?page=02', '?page=-1']) {
      const res = await t.get(`/en/topic/health${bad}`);
      assert.equal(res.statusCode, 404, bad);
      assert.match(String(res.headers['content-type']), /^text\/html/);
    }
  });

  it('answers 404 with the HTML page for unknown pages, sections, months and languages', async () => {
    for (const path of [
      '/en/nothing-here',
      '/en/topic/no-such-topic',
      '/en/type/opinion',
      '/en/archive/2026/13',
      '/en/archive/2020/01',
      '/en/story/2026/03/no-such-story',
      '/en/story/26/03/rains-return-to-the-sahel',
      '/xx/',
      '/xx/topic/climate',
    ]) {
      const res = await t.get(path);
      assert.equal(res.statusCode, 404, path);
      assert.match(String(res.headers['content-type']), /^text\/html; charset=utf-8/, path);
      assert.match(res.body, /^<!DOCTYPE html>/i, path);
    }
  });

  it('makes the 404 page speak the language of the path and list the newest stories', async () => {
    const english = await t.get('/en/no-such-page');
    assert.match(english.body, /<html lang="en"/);
    assert.ok(english.body.includes('Rains return to the Sahel'), 'the 404 page offers the newest stories');
    const russianMiss = await t.get('/ru/no-such-page');
    assert.match(russianMiss.body, /<html lang="ru"/);
    assert.ok(russianMiss.body.includes('Дожди вернулись в Сахель'));
    const unknownLanguage = await t.get('/xx/');
    assert.match(unknownLanguage.body, /<html lang="en"/);
  });

  it('does not show drafts', async () => {
    const draft = await t.createStory({ headline: 'An unfinished draft about floods' });
    const at = new Date(draft.createdAt);
    const month = String(at.getUTCMonth() + 1).padStart(2, '0');
    const res = await t.get(`/en/story/${at.getUTCFullYear()}/${month}/${draft.slug}`);
    assert.equal(res.statusCode, 404);
    assert.ok(!(await t.get('/en/')).body.includes('An unfinished draft about floods'));
  });

  it('sends the security headers on pages, redirects, 404s and API errors', async () => {
    for (const path of ['/en/', pathOf(sahel), '/', '/en/nothing', '/api/nothing', '/api/admin/v1/stories']) {
      const res = await t.get(path);
      assert.ok(String(res.headers['content-security-policy']).startsWith(CSP), path);
      assert.equal(res.headers['x-content-type-options'], 'nosniff', path);
      assert.equal(res.headers['referrer-policy'], 'strict-origin-when-cross-origin', path);
    }
  });

  it('answers an address with broken percent-encoding with a plain 400', async () => {
    const res = await t.get('/en/story/2026/03/%E0%A4%A');
    assert.equal(res.statusCode, 400);
    assert.match(String(res.headers['content-type']), /^text\/plain/);
    assert.ok(String(res.headers['content-security-policy']).startsWith(CSP));
  });

  it('answers unknown API routes with JSON', async () => {
    const res = await t.get('/api/nothing');
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().error.code, 'not_found');
  });

  it('reports health', async () => {
    const res = await t.get('/healthz');
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { status: 'ok' });
  });
});

describe('when the database is gone', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp();
    await t.database.runtime.database.close();
  });
  after(async () => {
    await t.app.close();
    await t.database.dispose().catch(() => {});
  });

  it('reports 503 on /healthz', async () => {
    const res = await t.get('/healthz');
    assert.equal(res.statusCode, 503);
    assert.deepEqual(res.json(), { status: 'unavailable' });
  });

  it('answers API requests with a 500 that names no internals', async () => {
    const res = await t.admin('GET', '/stories');
    assert.equal(res.statusCode, 500);
    assert.deepEqual(res.json(), { error: { code: 'internal', message: 'Something went wrong on our side.' } });
  });

  it('answers pages with a plain 500', async () => {
    const res = await t.get('/en/');
    assert.equal(res.statusCode, 500);
    assert.equal(res.body, 'Something went wrong on our side.');
  });
});
