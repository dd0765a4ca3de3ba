/**
 * The published-content queries behind the Content API, feeds and sitemaps, on SQLite and on
 * PostgreSQL: NQL filters translated to SQL (relations, the primary tag and author, dates,
 * and/or/negation), orders, slices, counts, and the visibility rule the reader site uses.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { ServiceContext } from '../../src/services/context.js';
import { getContentStory } from '../../src/services/get-content-story.js';
import { listContentAuthors } from '../../src/services/list-content-authors.js';
import { listContentStories } from '../../src/services/list-content-stories.js';
import { listContentTerms } from '../../src/services/list-content-terms.js';
import { listFeedStories } from '../../src/services/list-feed-stories.js';
import { getSitemapIndex, listNewsSitemapStories, listSitemapMonth, listSitemapSections } from '../../src/services/list-sitemap-entries.js';
import { forEachDialect } from '../support/for-each-dialect.js';
import { startSyndicationSite, type SyndicationSite } from './syndication-site.js';

forEachDialect('published-content queries', (dialect) => {
  let site: SyndicationSite;
  let ctx: ServiceContext;
  const list = async (filter: string, extra: Record<string, unknown> = {}) =>
    (await listContentStories(ctx, { filter, page: 1, limit: 'all', withBodies: false, ...extra })).stories.map((s) => s.headline).sort();

  before(async () => {
    site = await startSyndicationSite(dialect);
    ctx = site.t.database.runtime.contextFor();
  });
  after(() => site.close());

  it('translates every kind of condition to SQL', async () => {
    const { sahel, sahelFr, clinics, ceasefire, heat, arabic } = site.stories;
    const h = (...stories: Array<{ headline: string }>) => stories.map((s) => s.headline).sort();
    assert.deepEqual(await list('tag:rain'), h(sahel, heat));
    assert.deepEqual(await list('tag:[vaccines,heat]'), h(clinics, heat));
    assert.deepEqual(await list('tag:[climate+rain]'), h(sahel, heat), 'all of');
    assert.deepEqual(await list('topic:climate+region:africa'), h(sahel, sahelFr));
    assert.deepEqual(await list('primary_tag:climate'), h(sahel, sahelFr, heat));
    assert.deepEqual(await list('primary_tag:rain'), [], 'a tag after a topic is not primary');
    assert.deepEqual(await list('primary_author:sofia-lindqvist,primary_author:lucas-moreau'), h(clinics, ceasefire, heat));
    assert.deepEqual(await list('authors:-amara-okafor'), h(clinics, heat, arabic));
    assert.deepEqual(await list('type:interview,featured:true'), h(ceasefire, sahel));
    assert.deepEqual(await list('featured:false+lang:en'), h(clinics, ceasefire, heat));
    assert.deepEqual(await list("published_at:>='2026-03-12 10:00:00'+published_at:<'2026-04-06'"), h(clinics, sahelFr));
    assert.deepEqual(await list("updated_at:<'2026-03-01'"), h(ceasefire));
    assert.deepEqual(await list('visibility:public+status:published'), h(sahel, sahelFr, clinics, ceasefire, heat, arabic));
    assert.deepEqual(await list('visibility:paid'), []);
    assert.deepEqual(await list(`slug:-[${sahel.slug},${clinics.slug}]+lang:en`), h(ceasefire, heat));
    assert.deepEqual(await list('tag:climate', { lang: 'fr' }), h(sahelFr), 'plain parameters and the filter combine');
  });

  it('never shows drafts or unpublished stories, whatever the filter', async () => {
    assert.deepEqual(await list('tag:secret-merger'), []);
    assert.deepEqual(await list(`id:${site.stories.draft.id}`), []);
    assert.deepEqual(await list('tag:withdrawn-tag'), []);
    await assert.rejects(getContentStory(ctx, { id: site.stories.withdrawn.id }), /no published story/);
  });

  it('orders, slices and counts', async () => {
    const page = await listContentStories(ctx, { order: 'title asc', page: 2, limit: 2, withBodies: true });
    assert.equal(page.total, 6);
    assert.deepEqual(page.stories.map((s) => s.headline), ['Heat records broken again across the south', 'Les pluies reviennent au Sahel']);
    assert.equal(typeof page.stories[0]!.body, 'string', 'bodies when asked for');
    const byFeatured = await listContentStories(ctx, { order: 'featured desc, published_at asc', page: 1, limit: 2, withBodies: false });
    assert.deepEqual(byFeatured.stories.map((s) => s.id), [site.stories.sahel.id, site.stories.ceasefire.id]);
    assert.equal(byFeatured.stories[0]!.body, undefined);
  });

  it('reads by slug in the default language first', async () => {
    const story = await getContentStory(ctx, { slug: site.stories.sahelFr.slug });
    assert.equal(story.lang, 'fr');
    assert.equal((await getContentStory(ctx, { slug: site.stories.clinics.slug, filter: 'lang:en' })).id, site.stories.clinics.id);
  });

  it('counts terms, types and authors of published stories, per language', async () => {
    const terms = await listContentTerms(ctx);
    const count = (kind: string, slug: string) => terms.find((t) => t.kind === kind && t.slug === slug)?.stories;
    assert.equal(count('topic', 'climate'), 3);
    assert.equal(count('region', 'africa'), 2);
    assert.equal(count('tag', 'rain'), 2);
    assert.equal(count('type', 'feature'), 2);
    assert.equal(count('tag', 'secret-merger'), undefined);
    const french = await listContentTerms(ctx, { lang: 'fr', kinds: ['topic', 'type'] });
    assert.deepEqual(french.map((t) => [t.kind, t.slug, t.stories]), [['topic', 'climate', 1], ['type', 'feature', 1]]);
    const authors = await listContentAuthors(ctx, { lang: 'en' });
    assert.deepEqual(authors.map((a) => [a.author.slug, a.stories]), [['amara-okafor', 2], ['lucas-moreau', 2], ['sofia-lindqvist', 1]]);
  });

  it('gives feeds their 50 newest stories with bodies, per section', async () => {
    const site50 = await listFeedStories(ctx, { lang: 'en' });
    assert.equal(site50.stories.length, 4);
    assert.ok(site50.stories.every((s) => typeof s.body === 'string' && Array.isArray(s.corrections)));
    const author = await listFeedStories(ctx, { lang: 'en', section: { kind: 'author', slug: 'amara-okafor' } });
    assert.deepEqual(author.stories.map((s) => s.id), [site.stories.sahel.id, site.stories.ceasefire.id]);
    await assert.rejects(listFeedStories(ctx, { lang: 'en', section: { kind: 'region', slug: 'atlantis' } }), /no region "atlantis"/);
  });

  it('gives the sitemaps their months, stories with translations, sections and news', async () => {
    const index = await getSitemapIndex(ctx);
    assert.deepEqual(index.months.map((m) => m.month), ['2026-04', '2026-03', '2026-02']);
    const march = await listSitemapMonth(ctx, '2026-03');
    assert.deepEqual(march.map((e) => [e.story.slug, e.translations.map((t) => t.lang).sort()]), [
      [site.stories.sahel.slug, ['en', 'fr']],
      [site.stories.clinics.slug, ['en']],
    ]);
    await assert.rejects(listSitemapMonth(ctx, '2026-13'), /not a month/);
    const sections = await listSitemapSections(ctx);
    assert.ok(sections.some((s) => s.lang === 'fr' && s.kind === 'topic' && s.slug === 'climate'));
    assert.ok(sections.some((s) => s.lang === 'en' && s.kind === 'author' && s.slug === 'sofia-lindqvist'));
    assert.ok(sections.some((s) => s.lang === 'ar' && s.kind === 'home'));
    assert.deepEqual((await listNewsSitemapStories(ctx)).map((s) => s.lang), ['ar', 'en']);
  });
});
