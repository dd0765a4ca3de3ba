/**
 * The Content API v1 (`/api/content/v1`): content keys in `?key=`, published content only,
 * every language by default and `lang` to narrow, filters, fields, reads by id and slug, the
 * taxonomies and authors with counts, and its OpenAPI document.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApiKey } from '../../src/services/api-keys.js';
import { httpGet, SITE_URL, startSyndicationSite, type SyndicationSite } from './syndication-site.js';

type Json = Record<string, any>;

describe('Content API v1', () => {
  let site: SyndicationSite;
  const api = async (path: string, key: string | null = site.contentKey) => {
    const sep = path.includes('?') ? '&' : '?';
    const res = await httpGet(site, `/api/content/v1${path}${key === null ? '' : `${sep}key=${key}`}`);
    return { status: res.status, body: (await res.json()) as Json, headers: res.headers };
  };
  const headlines = (body: Json) => (body.stories as Json[]).map((s) => s.headline as string).sort();

  before(async () => {
    site = await startSyndicationSite();
  });
  after(() => site.close());

  it('refuses requests without a valid content key with 401', async () => {
    const missing = await api('/stories', null);
    assert.equal(missing.status, 401);
    assert.equal(missing.body.error.code, 'unauthenticated');
    assert.match(missing.body.error.message, /key/);
    assert.equal((await api('/stories', '0123456789abcdef0123456789')).status, 401);
    const { key: adminKey } = await createApiKey(site.t.database.runtime.contextFor(), { name: 'admin', scope: 'admin' });
    assert.equal((await api('/stories', encodeURIComponent(adminKey))).status, 401, 'an admin key is not a content key');
  });

  it('lists published stories in every language, newest first, without bodies by default', async () => {
    const { status, body } = await api('/stories');
    assert.equal(status, 200);
    const { arabic, heat, sahelFr, clinics, sahel, ceasefire } = site.stories;
    assert.deepEqual(body.stories.map((s: Json) => s.id), [arabic, heat, sahelFr, clinics, sahel, ceasefire].map((s) => s.id));
    assert.deepEqual(body.meta.pagination, { page: 1, limit: 15, pages: 1, total: 6, next: null, prev: null });
    const first = body.stories[0] as Json;
    assert.equal(first.lang, 'ar');
    assert.equal(first.html, undefined);
    assert.equal(first.body, undefined);
    assert.ok(!('status' in first) && !('revision' in first), 'nothing editorial is shown');
  });

  it('narrows by language, section, author, featured and NQL, and pages', async () => {
    assert.deepEqual(headlines((await api('/stories?lang=fr')).body), ['Les pluies reviennent au Sahel']);
    assert.deepEqual(headlines((await api('/stories?lang=en&topic=climate')).body), ['Heat records broken again across the south', 'Rains return to the Sahel <early>']);
    assert.deepEqual(headlines((await api('/stories?region=europe')).body), ['Clinics run short of measles vaccine']);
    assert.deepEqual(headlines((await api('/stories?author=sofia-lindqvist')).body), ['Ceasefire talks resume after a month of silence']);
    assert.deepEqual(headlines((await api('/stories?featured=true')).body), ['Rains return to the Sahel <early>']);
    assert.deepEqual(headlines((await api('/stories?type=interview')).body), ['Ceasefire talks resume after a month of silence']);
    const nql = await api(`/stories?filter=${encodeURIComponent("tag:rain+published_at:<'2026-04-01'")}`);
    assert.deepEqual(headlines(nql.body), ['Rains return to the Sahel <early>']);
    const page2 = await api('/stories?limit=4&page=2&order=published_at%20asc');
    assert.deepEqual(page2.body.meta.pagination, { page: 2, limit: 4, pages: 2, total: 6, next: null, prev: 1 });
    assert.deepEqual(page2.body.stories.map((s: Json) => s.id), [site.stories.heat.id, site.stories.arabic.id]);
  });

  it('refuses what it cannot answer with a 400 naming the problem', async () => {
    const unknownField = await api(`/stories?filter=${encodeURIComponent('colour:red')}`);
    assert.equal(unknownField.status, 400);
    assert.match(unknownField.body.error.message, /"colour" is not a field you can filter by/);
    const badFields = await api('/stories?fields=headline,colour');
    assert.equal(badFields.status, 400);
    assert.match(badFields.body.error.message, /fields: "colour" is not a field/);
    const badOrder = await api('/stories?order=colour%20desc');
    assert.equal(badOrder.status, 400);
    assert.match(badOrder.body.error.message, /cannot be ordered by "colour"/);
    assert.equal((await api('/stories?limit=101')).status, 400);
    assert.equal((await api('/stories?colour=red')).status, 400);
  });

  it('gives only the fields asked for, the body when asked', async () => {
    const { body } = await api('/stories?lang=en&featured=true&fields=headline,html,readingTime');
    assert.deepEqual(Object.keys(body.stories[0]).sort(), ['headline', 'html', 'readingTime']);
    assert.match(body.stories[0].html, /href="https:\/\/news\.example\.org\/en\/topic\/climate"/);
  });

  it('reads a story by id with its body, HTML and corrections, and by slug in a language', async () => {
    const { sahel, sahelFr, draft } = site.stories;
    const byId = await api(`/stories/${sahel.id}`);
    assert.equal(byId.status, 200);
    const story = byId.body.story as Json;
    assert.equal(story.url, `${SITE_URL}/en/story/2026/03/${sahel.slug}`);
    assert.equal(story.translationGroupId, sahelFr.translationGroupId);
    assert.equal(story.datelinePlace, 'NIAMEY');
    assert.match(story.body, /\*\*early\*\*/);
    assert.match(story.html, /<strong>early<\/strong>/);
    assert.deepEqual(story.corrections, []);
    assert.deepEqual(story.topics, [{ id: story.topics[0].id, slug: 'climate', name: 'Topic climate', url: `${SITE_URL}/en/topic/climate` }]);
    const bySlug = await api(`/stories/slug/${encodeURIComponent(sahelFr.slug)}?lang=fr`);
    assert.equal(bySlug.body.story.id, sahelFr.id);
    assert.equal(bySlug.body.story.topics[0].name, 'Thème climate');
    assert.equal((await api(`/stories/slug/${encodeURIComponent(sahelFr.slug)}?lang=en`)).status, 404);
    const hidden = await api(`/stories/${draft.id}`);
    assert.equal(hidden.status, 404);
    assert.equal(hidden.body.error.code, 'not_found');
  });

  it('lists topics, regions, tags, types and authors of published stories, with counts', async () => {
    const topics = await api('/topics');
    assert.deepEqual(topics.body.topics.map((t: Json) => [t.slug, t.stories]), [['climate', 3], ['health', 2], ['peace-and-security', 1]]);
    const french = await api('/topics?lang=fr');
    assert.deepEqual(french.body.topics.map((t: Json) => [t.slug, t.name, t.stories, t.url]), [['climate', 'Thème climate', 1, `${SITE_URL}/fr/topic/climate`]]);
    const tags = await api('/tags?limit=100');
    assert.deepEqual(tags.body.tags.map((t: Json) => t.slug), ['heat', 'rain', 'talks', 'vaccines']);
    const types = await api('/types');
    assert.deepEqual(types.body.types.map((t: Json) => [t.slug, t.name, t.stories]), [['feature', 'Feature', 2], ['interview', 'Interview', 1], ['news', 'News', 3]]);
    const regions = await api(`/regions?filter=${encodeURIComponent('slug:[africa,europe]')}`);
    assert.deepEqual(regions.body.regions.map((t: Json) => t.slug), ['africa', 'europe']);
    const one = await api('/regions/slug/africa');
    assert.equal(one.body.region.stories, 2);
    assert.equal((await api(`/topics/${one.body.region.id}`)).status, 404, 'a region is not a topic');
    const authors = await api('/authors');
    assert.deepEqual(authors.body.authors.map((a: Json) => [a.slug, a.stories]), [['amara-okafor', 3], ['lucas-moreau', 2], ['sofia-lindqvist', 1]]);
    const lucas = await api('/authors/slug/lucas-moreau');
    assert.equal(lucas.body.author.url, `${SITE_URL}/en/author/lucas-moreau`);
  });

  it('publishes its OpenAPI document without a key', async () => {
    const res = await httpGet(site, '/api/content/v1/openapi.json');
    assert.equal(res.status, 200);
    const doc = (await res.json()) as Json;
    assert.equal(doc.openapi, '3.0.3');
    const paths = Object.keys(doc.paths);
    for (const path of ['/api/content/v1/stories', '/api/content/v1/stories/{id}', '/api/content/v1/stories/slug/{slug}', '/api/content/v1/topics', '/api/content/v1/authors/slug/{slug}']) {
      assert.ok(paths.includes(path), `${path} is documented (have ${paths.join(', ')})`);
    }
    assert.ok(!paths.some((p) => p.includes('/admin/')), 'the Admin API is not in this document');
    assert.equal(doc.components.securitySchemes.contentKey.in, 'query');
  });
});
