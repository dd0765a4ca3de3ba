/**
 * Feeds read by a real feed reader (rss-parser) and checked against JSON Feed 1.1: the site's
 * and each section's, per language; absolute links, dates, categories, creators; conditional
 * requests; links to them from the pages; and a correction showing as a later `updated`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import Parser from 'rss-parser';
import { correctStory } from '../../src/services/correct-story.js';
import { httpGet, SITE_URL, startSyndicationSite, type SyndicationSite } from './syndication-site.js';

type Json = Record<string, any>;

const reader = new Parser<Json, Json>({
  customFields: {
    item: [
      ['dc:creator', 'creators', { keepArray: true }],
      ['updated', 'updated'],
      ['category', 'atomCategories', { keepArray: true }],
    ],
  },
});

/** True when xmllint finds the document well-formed (or xmllint is missing, which is said once). */
function wellFormed(xml: string): boolean {
  const run = spawnSync('xmllint', ['--noout', '-'], { input: xml, encoding: 'utf8' });
  if (run.error) return true;
  if (run.status !== 0) console.log(run.stderr);
  return run.status === 0;
}

describe('feeds', () => {
  let site: SyndicationSite;
  const text = async (path: string, headers: Record<string, string> = {}) => {
    const res = await httpGet(site, path, headers);
    return { res, body: await res.text() };
  };

  before(async () => {
    site = await startSyndicationSite();
  });
  after(() => site.close());

  it('gives the site RSS feed of a language, with creators, categories, guids and full content', async () => {
    const { res, body } = await text('/en/feed.xml');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/rss+xml; charset=utf-8');
    assert.ok(wellFormed(body));
    const feed = await reader.parseString(body);
    assert.equal(feed.title, 'Dateline: news from around the world');
    assert.equal(feed.link, `${SITE_URL}/en/`);
    assert.equal(feed.feedUrl, `${SITE_URL}/en/feed.xml`, 'atom:link rel=self');
    const { heat, clinics, sahel, ceasefire } = site.stories;
    assert.deepEqual(feed.items.map((i) => i.title), [heat, clinics, sahel, ceasefire].map((s) => s.headline), 'English only, newest first, published only');
    const item = feed.items.find((i) => i.title === sahel.headline)!;
    assert.equal(item.link, `${SITE_URL}/en/story/2026/03/${sahel.slug}`);
    assert.equal(item.guid, `tag:news.example.org,2026-03-10:story:${sahel.id}`);
    assert.match(body, new RegExp(`<guid isPermaLink="false">tag:news.example.org,2026-03-10:story:${sahel.id}</guid>`));
    assert.equal(item.isoDate, '2026-03-10T08:00:00.000Z');
    assert.deepEqual(item.creators, ['Amara Okafor']);
    assert.deepEqual(
      (item.categories as unknown as Json[]).map((c) => [c._, c.$.domain]),
      [['Topic climate', `${SITE_URL}/en/topic/`], ['Region africa', `${SITE_URL}/en/region/`], ['Rain', `${SITE_URL}/en/tag/`]],
    );
    assert.equal(item.contentSnippet?.startsWith('Farmers plant early'), true, 'the summary is the standfirst');
    assert.match(item['content:encoded'], /<span class="dateline">NIAMEY<\/span>/);
    assert.match(item['content:encoded'], /href="https:\/\/news\.example\.org\/en\/topic\/climate"/, 'links in the content are absolute');
    const ceasefireItem = feed.items.find((i) => i.title === ceasefire.headline)!;
    assert.deepEqual(ceasefireItem.creators, ['Sofia Lindqvist', 'Amara Okafor']);
    assert.ok(!body.includes('Secret merger') && !body.includes('taken down'));
  });

  it('gives a topic\'s Atom feed with both dates, authors and categories', async () => {
    const { res, body } = await text('/en/topic/climate/feed.atom');
    assert.equal(res.headers.get('content-type'), 'application/atom+xml; charset=utf-8');
    assert.ok(wellFormed(body));
    const feed = await reader.parseString(body);
    assert.equal(feed.title, 'Topic climate — Dateline');
    assert.equal(feed.link, `${SITE_URL}/en/topic/climate`);
    const { heat, sahel } = site.stories;
    assert.deepEqual(feed.items.map((i) => i.id), [heat, sahel].map((s) => `tag:news.example.org,${s.publishedAt!.toISOString().slice(0, 10)}:story:${s.id}`));
    const entry = feed.items[1]!;
    assert.equal(entry.link, `${SITE_URL}/en/story/2026/03/${sahel.slug}`);
    assert.equal(entry.isoDate, '2026-03-10T08:00:00.000Z');
    assert.equal(entry.updated, sahel.updatedAt.toISOString());
    assert.equal(entry.author, 'Amara Okafor');
    assert.equal(entry.summary, sahel.standfirst);
    assert.match(entry.content ?? '', /<strong>early<\/strong>/);
    assert.deepEqual(entry.atomCategories.map((c: Json) => c.$.term), ['climate', 'africa', 'rain']);
  });

  it('gives JSON Feed 1.1 with every field the spec requires, of the right type', async () => {
    const { res, body } = await text('/fr/feed.json');
    assert.equal(res.headers.get('content-type'), 'application/feed+json; charset=utf-8');
    const feed = JSON.parse(body) as Json;
    assertJsonFeed11(feed);
    assert.equal(feed.feed_url, `${SITE_URL}/fr/feed.json`);
    assert.equal(feed.home_page_url, `${SITE_URL}/fr/`);
    assert.equal(feed.language, 'fr');
    assert.deepEqual(feed.items.map((i: Json) => i.title), ['Les pluies reviennent au Sahel']);
    const item = feed.items[0] as Json;
    assert.equal(item.url, `${SITE_URL}/fr/story/2026/04/${encodeURIComponent(site.stories.sahelFr.slug)}`);
    assert.equal(item.date_published, '2026-04-02T08:00:00.000Z');
    assert.deepEqual(item.authors, [{ name: 'Amara Okafor', url: `${SITE_URL}/fr/author/amara-okafor` }]);
    assert.deepEqual(item.tags, ['Thème climate', 'Région africa']);
  });

  it('has feeds for regions, tags, story types and authors, and none for what does not exist', async () => {
    const titles = async (path: string) => (await reader.parseString((await text(path)).body)).items.map((i) => i.title).sort();
    const { sahel, clinics, ceasefire, heat } = site.stories;
    assert.deepEqual(await titles('/en/region/africa/feed.xml'), [sahel.headline]);
    assert.deepEqual(await titles('/en/tag/rain/feed.atom'), [heat.headline, sahel.headline].sort());
    assert.deepEqual(await titles('/en/type/interview/feed.xml'), [ceasefire.headline]);
    assert.deepEqual(await titles('/en/author/lucas-moreau/feed.xml'), [clinics.headline, heat.headline].sort());
    for (const path of ['/en/topic/no-such-topic/feed.xml', '/en/type/poem/feed.json', '/xx/feed.xml', '/en/author/nobody/feed.atom']) {
      assert.equal((await httpGet(site, path)).status, 404, path);
    }
    const root = await httpGet(site, '/feed.xml', {});
    assert.equal(root.url, `${site.origin}/en/feed.xml`, 'the feed without a language leads to the default language\'s');
  });

  it('answers 304 to a reader whose copy is current, by ETag or by date', async () => {
    const first = await httpGet(site, '/en/topic/health/feed.xml');
    await first.text();
    const etag = first.headers.get('etag');
    const lastModified = first.headers.get('last-modified');
    assert.ok(etag && lastModified);
    assert.equal((await httpGet(site, '/en/topic/health/feed.xml', { 'if-none-match': etag })).status, 304);
    assert.equal((await httpGet(site, '/en/topic/health/feed.xml', { 'if-modified-since': lastModified })).status, 304);
    const older = new Date(Date.parse(lastModified) - 1000).toUTCString();
    assert.equal((await httpGet(site, '/en/topic/health/feed.xml', { 'if-modified-since': older })).status, 200);
  });

  it('links each page to its feeds', async () => {
    const home = (await text('/en/')).body;
    assert.match(home, /<link rel="alternate" type="application\/rss\+xml" title="Dateline \(RSS\)" href="https:\/\/news\.example\.org\/en\/feed\.xml"\/>/);
    assert.match(home, /<link rel="alternate" type="application\/atom\+xml" [^>]*href="https:\/\/news\.example\.org\/en\/feed\.atom"\/>/);
    assert.match(home, /<link rel="alternate" type="application\/feed\+json" [^>]*href="https:\/\/news\.example\.org\/en\/feed\.json"\/>/);
    const topic = (await text('/en/topic/climate')).body;
    assert.match(topic, /title="Topic climate — Dateline \(RSS\)" href="https:\/\/news\.example\.org\/en\/topic\/climate\/feed\.xml"/);
    assert.match(topic, /href="https:\/\/news\.example\.org\/en\/feed\.xml"/);
    const type = (await text('/en/type/feature')).body;
    assert.match(type, /href="https:\/\/news\.example\.org\/en\/type\/feature\/feed\.atom"/);
    const story = (await text(`/en/story/2026/03/${site.stories.sahel.slug}`)).body;
    assert.match(story, /href="https:\/\/news\.example\.org\/en\/feed\.json"/);
    // Every feed linked from a page exists.
    for (const href of topic.match(/(?<=rel="alternate" type="[^"]+" title="[^"]+" href=")[^"]+/g) ?? []) {
      assert.equal((await httpGet(site, new URL(href).pathname)).status, 200, href);
    }
  });

  it('shows a correction as a later update, in the feed and the story page, at once', async () => {
    const before = await text('/en/topic/climate/feed.atom');
    const { sahel } = site.stories;
    site.t.clock.set('2026-04-07T15:30:00Z');
    await correctStory(site.t.database.runtime.contextFor(), { id: sahel.id, text: 'An earlier version gave the wrong number of days of rain.' });
    const after = await text('/en/topic/climate/feed.atom');
    assert.notEqual(after.res.headers.get('etag'), before.res.headers.get('etag'), 'the cached feed was purged');
    const feed = await reader.parseString(after.body);
    const entry = feed.items.find((i) => i.title === sahel.headline)!;
    assert.equal(entry.updated, '2026-04-07T15:30:00.000Z');
    assert.equal(entry.isoDate, '2026-03-10T08:00:00.000Z', 'the publication date stays');
    assert.match(entry.content ?? '', /Correction \(April 7, 2026\):<\/strong> An earlier version gave the wrong number of days of rain\./);
    assert.match(after.body, /<feed[^>]*>.*?<updated>2026-04-07T15:30:00\.000Z<\/updated>/s);
    const page = (await text(`/en/story/2026/03/${sahel.slug}`)).body;
    assert.match(page, /"dateModified":"2026-04-07T15:30:00\.000Z"/);
    assert.match(page, /<meta property="article:modified_time" content="2026-04-07T15:30:00\.000Z"\/>/);
    assert.match(page, /"correction":\[\{"@type":"CorrectionComment","text":"An earlier version gave the wrong number of days of rain\.","datePublished":"2026-04-07T15:30:00\.000Z"\}\]/);
  });
});

/** Checks a JSON Feed 1.1 document: the required fields, and the type of each field present. */
function assertJsonFeed11(feed: Json): void {
  assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
  assert.equal(typeof feed.title, 'string');
  assert.ok(Array.isArray(feed.items), 'items is an array');
  for (const key of ['home_page_url', 'feed_url', 'description', 'icon', 'language']) {
    if (key in feed) assert.equal(typeof feed[key], 'string', key);
  }
  for (const url of ['home_page_url', 'feed_url', 'icon']) if (url in feed) assert.ok(URL.canParse(feed[url]), `${url} is a URL`);
  for (const author of feed.authors ?? []) assert.ok(typeof author.name === 'string' || typeof author.url === 'string');
  const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
  const ids = new Set<string>();
  for (const item of feed.items as Json[]) {
    assert.equal(typeof item.id, 'string', 'item id is a string');
    assert.ok(!ids.has(item.id), 'item ids are unique');
    ids.add(item.id);
    assert.ok(typeof item.content_html === 'string' || typeof item.content_text === 'string', 'an item has content_html or content_text');
    for (const key of ['url', 'title', 'summary', 'image', 'language']) if (key in item) assert.equal(typeof item[key], 'string', key);
    for (const key of ['url', 'image']) if (key in item) assert.ok(URL.canParse(item[key]), `${key} is a URL`);
    for (const key of ['date_published', 'date_modified']) if (key in item) assert.match(item[key], rfc3339, key);
    if ('tags' in item) assert.ok(item.tags.every((t: unknown) => typeof t === 'string'));
    for (const author of item.authors ?? []) assert.ok(typeof author.name === 'string' || typeof author.url === 'string');
  }
}
