/**
 * The Ghost-compatible Content API read by Ghost's own client, `@tryghost/content-api`, over
 * HTTP: browsing page by page, `limit=all`, reads by id and slug, tags and authors with
 * `include`, NQL filters (combined, negated, grouped), Ghost's error shapes and pagination.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { SITE_URL, startSyndicationSite, type SyndicationSite } from './syndication-site.js';

/** What the tests use of Ghost's client (it ships no types). */
interface Resource {
  browse(options?: Record<string, unknown>): Promise<GhostList>;
  read(data: { id?: string; slug?: string }, options?: Record<string, unknown>): Promise<GhostItem>;
}
type GhostItem = Record<string, any>;
type GhostList = GhostItem[] & { meta: { pagination: Record<string, unknown> } };
type GhostClient = { posts: Resource; pages: Resource; tags: Resource; authors: Resource; settings: { browse(): Promise<GhostItem> } };
const GhostContentAPI = createRequire(import.meta.url)('@tryghost/content-api') as (options: Record<string, unknown>) => GhostClient;

describe('Ghost-compatible Content API, through @tryghost/content-api', () => {
  let site: SyndicationSite;
  let api: GhostClient;
  const slugsOf = (posts: GhostItem[]) => posts.map((p) => p.slug as string).sort();

  before(async () => {
    site = await startSyndicationSite();
    api = GhostContentAPI({ url: site.origin, key: site.contentKey, version: 'v5.0' });
  });
  after(() => site.close());

  it('pages through every published post, newest first, with Ghost\'s pagination block', async () => {
    const first = await api.posts.browse({ limit: 4 });
    assert.deepEqual(first.meta.pagination, { page: 1, limit: 4, pages: 2, total: 6, next: 2, prev: null });
    const second = await api.posts.browse({ limit: 4, page: 2 });
    assert.deepEqual(second.meta.pagination, { page: 2, limit: 4, pages: 2, total: 6, next: null, prev: 1 });
    const { sahel, sahelFr, clinics, ceasefire, heat, arabic } = site.stories;
    assert.deepEqual(
      [...first, ...second].map((p) => p.id),
      [arabic, heat, sahelFr, clinics, sahel, ceasefire].map((s) => s.id),
      'newest published first, nothing twice, no draft and no unpublished story',
    );
  });

  it('gives every post with limit=all, on one page', async () => {
    const all = await api.posts.browse({ limit: 'all' });
    assert.equal(all.length, 6);
    assert.deepEqual(all.meta.pagination, { page: 1, limit: 'all', pages: 1, total: 6, next: null, prev: null });
  });

  it('reads a post by slug with its tags and authors, html with absolute links', async () => {
    const { sahel } = site.stories;
    const post = await api.posts.read({ slug: sahel.slug }, { include: 'tags,authors' });
    assert.ok(!Array.isArray(post), 'a read gives one post, not a list');
    assert.equal(post.id, sahel.id);
    assert.equal(post.title, 'Rains return to the Sahel <early>');
    assert.equal(post.url, `${SITE_URL}${'/en/story/2026/03/'}${sahel.slug}`);
    assert.equal(post.custom_excerpt, 'Farmers plant early after the first good rains in years.');
    assert.equal(post.excerpt, post.custom_excerpt);
    assert.equal(post.featured, true);
    assert.equal(post.visibility, 'public');
    assert.equal(post.lang, 'en');
    assert.equal(post.published_at, '2026-03-10T08:00:00.000+00:00');
    assert.match(post.uuid, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.ok(post.reading_time >= 1);
    assert.match(post.html, /<span class="dateline">NIAMEY<\/span>/);
    assert.match(post.html, /href="https:\/\/news\.example\.org\/en\/topic\/climate"/);
    assert.equal(post.plaintext, undefined, 'plaintext only when asked for');
    assert.deepEqual(
      post.tags.map((t: GhostItem) => [t.slug, t.visibility]),
      [['climate', 'public'], ['rain', 'public'], ['hash-region-africa', 'internal'], ['hash-type-feature', 'internal']],
    );
    assert.equal(post.primary_tag.slug, 'climate');
    assert.equal(post.tags[2].name, '#Region: Region africa');
    assert.deepEqual(post.authors.map((a: GhostItem) => a.slug), ['amara-okafor']);
    assert.equal(post.primary_author.url, `${SITE_URL}/en/author/amara-okafor`);
  });

  it('reads a post by id, and leaves out tags and authors unless included', async () => {
    const post = await api.posts.read({ id: site.stories.clinics.id });
    assert.equal(post.slug, site.stories.clinics.slug);
    assert.equal(post.tags, undefined);
    assert.equal(post.primary_author, undefined);
  });

  it('does not show drafts or unpublished stories, even by slug', async () => {
    for (const story of [site.stories.draft, site.stories.withdrawn]) {
      await assert.rejects(api.posts.read({ slug: story.slug }), (err: Error & { type?: string }) => {
        assert.equal(err.name, 'NotFoundError');
        return true;
      });
    }
  });

  it('filters with NQL: tags, authors, featured, slug, id, dates, and, or, negation and groups', async () => {
    const { sahel, sahelFr, clinics, ceasefire, heat, arabic } = site.stories;
    const cases: Array<[string, Array<{ slug: string }>]> = [
      ['tag:climate', [sahel, sahelFr, heat]],
      ['tags:[vaccines,talks]', [clinics, ceasefire]],
      ['author:amara-okafor', [sahel, sahelFr, ceasefire]],
      ['primary_author:amara-okafor', [sahel, sahelFr]],
      ['primary_tag:rain', []],
      ['featured:true', [sahel]],
      [`slug:${clinics.slug}`, [clinics]],
      [`id:${heat.id}`, [heat]],
      ["published_at:>'2026-04-01'", [sahelFr, heat, arabic]],
      ["published_at:<'2026-03-11 00:00:00'", [ceasefire, sahel]],
      ["published_at:>='2026-04-06T10:00:00Z'", [arabic]],
      ['published_at:>now-2d', [heat, arabic]],
      ['tag:climate+tag:rain', [sahel, heat]],
      ['tag:climate,tag:health', [sahel, sahelFr, heat, clinics, arabic]],
      ['tag:-climate', [clinics, ceasefire, arabic]],
      ['tag:-[climate,health]', [ceasefire]],
      ['tag:climate+lang:-fr', [sahel, heat]],
      ['(tag:health,tag:talks)+lang:en', [clinics, ceasefire]],
      ['lang:fr', [sahelFr]],
      ['tag:hash-region-africa', [sahel, sahelFr]],
      ["tag:'#region-europe'", [clinics]],
      ['tag:hash-type-interview', [ceasefire]],
      ['tag:secret-merger', []],
    ];
    for (const [filter, expected] of cases) {
      const posts = await api.posts.browse({ filter, limit: 'all' });
      assert.deepEqual(slugsOf(posts), expected.map((s) => s.slug).sort(), `filter ${filter}`);
    }
  });

  it('refuses an unknown field or a broken filter with a Ghost error naming it', async () => {
    await assert.rejects(api.posts.browse({ filter: 'colour:red' }), (err: Error) => {
      assert.equal(err.name, 'BadRequestError');
      assert.match(err.message, /"colour" is not a field/);
      return true;
    });
    await assert.rejects(api.posts.browse({ filter: 'tag:climate+' }), (err: Error) => err.name === 'BadRequestError');
  });

  it('orders, limits fields and gives plain text on request', async () => {
    const oldest = await api.posts.browse({ order: 'published_at asc', limit: 1 });
    assert.equal(oldest[0]!.id, site.stories.ceasefire.id);
    const slim = await api.posts.browse({ fields: 'id,title,plaintext', formats: 'plaintext', limit: 2 });
    for (const post of slim) assert.deepEqual(Object.keys(post).sort(), ['id', 'plaintext', 'title']);
    const sahel = await api.posts.read({ id: site.stories.sahel.id }, { formats: 'html,plaintext' });
    assert.match(sahel.plaintext, /^NIAMEY — Farmers across the region planted early this year/);
    assert.ok(!sahel.plaintext.includes('<'), 'plain text has no markup');
  });

  it('lists tags (topics, tags, and regions and types as internal tags) with counts, published only', async () => {
    const tags = await api.tags.browse({ limit: 'all', include: 'count.posts' });
    const bySlug = new Map(tags.map((t) => [t.slug as string, t]));
    assert.equal(bySlug.get('climate')?.count.posts, 3);
    assert.equal(bySlug.get('rain')?.count.posts, 2);
    assert.equal(bySlug.get('hash-region-africa')?.visibility, 'internal');
    assert.equal(bySlug.get('hash-region-africa')?.count.posts, 2);
    assert.equal(bySlug.get('hash-type-news')?.count.posts, 3);
    assert.ok(!bySlug.has('secret-merger'), 'a tag only a draft uses stays private');
    assert.ok(!bySlug.has('withdrawn-tag'), 'a tag only an unpublished story uses stays private');
    assert.equal(tags.meta.pagination.total, tags.length);
    const publicOnly = await api.tags.browse({ filter: 'visibility:public', limit: 'all' });
    assert.ok(publicOnly.every((t) => t.visibility === 'public' && t.count === undefined));
    const climate = await api.tags.read({ slug: 'climate' }, { include: 'count.posts' });
    assert.equal(climate.name, 'Topic climate');
    assert.equal(climate.url, `${SITE_URL}/en/topic/climate`);
    const paged = await api.tags.browse({ limit: 2, page: 2, order: 'count.posts desc' });
    assert.equal(paged.length, 2);
    assert.deepEqual(paged.meta.pagination.prev, 1);
  });

  it('lists authors with counts and reads one by slug', async () => {
    const authors = await api.authors.browse({ include: 'count.posts' });
    assert.deepEqual(
      authors.map((a) => [a.slug, a.count.posts]),
      [['amara-okafor', 3], ['lucas-moreau', 2], ['sofia-lindqvist', 1]],
    );
    const lucas = await api.authors.read({ slug: 'lucas-moreau' });
    assert.equal(lucas.name, 'Lucas Moreau');
    assert.equal(lucas.bio, 'Lucas Moreau reports for us.');
  });

  it('answers pages with an empty list, and a missing page with NotFoundError', async () => {
    const pages = await api.pages.browse();
    assert.equal(pages.length, 0);
    assert.deepEqual(pages.meta.pagination, { page: 1, limit: 15, pages: 1, total: 0, next: null, prev: null });
    await assert.rejects(api.pages.read({ slug: 'about' }), (err: Error) => err.name === 'NotFoundError');
  });

  it('gives the site settings', async () => {
    const settings = await api.settings.browse();
    assert.equal(settings.title, 'Dateline');
    assert.equal(settings.url, `${SITE_URL}/`);
    assert.equal(settings.lang, 'en');
    assert.match(settings.logo, /^https:\/\/news\.example\.org\/assets\/logo\.[0-9a-f]{12}\.png$/);
  });

  it('refuses a wrong key and a missing one with 401 in Ghost\'s error shape', async () => {
    const wrong = GhostContentAPI({ url: site.origin, key: '0123456789abcdef0123456789', version: 'v5.0' });
    await assert.rejects(wrong.posts.browse(), (err: Error) => {
      assert.equal(err.name, 'UnauthorizedError');
      assert.equal(err.message, 'Unknown Content API Key');
      return true;
    });
    const res = await fetch(`${site.origin}/ghost/api/content/posts/`, { headers: { 'accept-version': 'v5.0' } });
    assert.equal(res.status, 401);
    const body = (await res.json()) as { errors: Array<{ message: string; type: string }> };
    assert.equal(body.errors.length, 1);
    assert.equal(body.errors[0]!.type, 'UnauthorizedError');
  });

  it('accepts Accept-Version and lets browsers on other sites read it', async () => {
    const res = await fetch(`${site.origin}/ghost/api/content/posts/?key=${site.contentKey}&limit=1`, {
      headers: { 'accept-version': 'v5.0', origin: 'https://front.example.com' },
    });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.equal(res.headers.get('content-version'), 'v5.0');
    const preflight = await fetch(`${site.origin}/ghost/api/content/posts/`, {
      method: 'OPTIONS',
      headers: { origin: 'https://front.example.com', 'access-control-request-headers': 'accept-version' },
    });
    assert.equal(preflight.status, 204);
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Accept-Version/);
  });
});
