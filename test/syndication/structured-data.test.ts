/**
 * Structured data and sharing meta, read from the pages a reader gets: one NewsArticle and a
 * BreadcrumbList on a story page, passing structured-data-testing-tool's Google (and Twitter
 * and Facebook) presets; CollectionPage on sections; WebSite on the home page; the logo and
 * card images they point at; and JSON-LD that no text in a story can break out of.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { httpGet, SITE_URL, startSyndicationSite, type SyndicationSite } from './syndication-site.js';

type Json = Record<string, any>;
interface TestResult {
  passed: Array<{ test: string }>;
  failed: Array<{ test: string; description?: string; error?: { message: string } }>;
  warnings: Array<{ test: string }>;
  schemas: string[];
}

const require = createRequire(import.meta.url);
const { structuredDataTest } = require('structured-data-testing-tool') as {
  structuredDataTest(html: string, options: Record<string, unknown>): Promise<TestResult>;
};
const { Google, Twitter, Facebook } = require('structured-data-testing-tool/presets') as Record<string, unknown>;

/** The JSON-LD documents of a page. */
function jsonLd(html: string): Json[] {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!) as Json);
}

/** Runs the tool; a failed validation resolves with its result instead of throwing. */
async function runTool(html: string, options: Record<string, unknown>): Promise<TestResult> {
  try {
    return await structuredDataTest(html, options);
  } catch (err) {
    const e = err as { type?: string; res?: TestResult };
    if (e.type === 'VALIDATION_FAILED' && e.res) return e.res;
    throw err;
  }
}

describe('structured data and sharing meta', () => {
  let site: SyndicationSite;
  const page = async (path: string) => {
    const res = await httpGet(site, path);
    assert.equal(res.status, 200, path);
    return res.text();
  };
  const storyPage = () => page(`/en/story/2026/03/${site.stories.sahel.slug}`);

  before(async () => {
    site = await startSyndicationSite();
  });
  after(() => site.close());

  it('passes the Google, Twitter and Facebook presets on a story page, with NewsArticle and BreadcrumbList', async () => {
    const result = await runTool(await storyPage(), { presets: [Google, Twitter, Facebook], schemas: ['NewsArticle', 'BreadcrumbList'] });
    assert.deepEqual(result.failed.map((f) => `${f.test}: ${f.error?.message ?? f.description ?? ''}`), []);
    // The only warnings: Twitter handles of the site and author, which Dateline has no setting for.
    assert.deepEqual(result.warnings.map((w) => w.test).sort(), ['"twitter:creator"', '"twitter:site"']);
    assert.ok(result.schemas.includes('NewsArticle') && result.schemas.includes('BreadcrumbList'), result.schemas.join(', '));
    assert.ok(result.passed.some((p) => p.test.includes('publisher.logo.url')));
  });

  it('the tool fails a page that lacks what Google requires (so the check above means something)', async () => {
    const html = (await storyPage()).replace(/"publisher":\{.*?\}\}\},/s, '');
    const result = await runTool(html, { presets: [Google], schemas: ['NewsArticle'] });
    assert.ok(result.failed.some((f) => f.test.includes('publisher')), 'a NewsArticle without a publisher fails');
  });

  it('describes the story in one NewsArticle, escaped so no headline can end the script', async () => {
    const html = await storyPage();
    const docs = jsonLd(html);
    const articles = docs.filter((d) => d['@type'] === 'NewsArticle');
    assert.equal(articles.length, 1);
    const article = articles[0]!;
    const url = `${SITE_URL}/en/story/2026/03/${site.stories.sahel.slug}`;
    assert.equal(article['@context'], 'https://schema.org');
    assert.equal(article.headline, 'Rains return to the Sahel <early>');
    assert.ok(html.includes('"headline":"Rains return to the Sahel \\u003cearly\\u003e"'), 'written as \\u003c in the page');
    assert.ok(!/<script type="application\/ld\+json">[^]*?<early>[^]*?<\/script>/.test(html));
    assert.equal(article.description, site.stories.sahel.standfirst);
    assert.equal(article.datePublished, '2026-03-10T08:00:00.000Z');
    assert.equal(article.dateModified, site.stories.sahel.updatedAt.toISOString());
    assert.deepEqual(article.author, [{ '@type': 'Person', name: 'Amara Okafor', url: `${SITE_URL}/en/author/amara-okafor` }]);
    assert.equal(article.publisher['@type'], 'NewsMediaOrganization');
    assert.equal(article.publisher.name, 'Dateline');
    assert.deepEqual(article.mainEntityOfPage, { '@type': 'WebPage', '@id': url });
    assert.equal(article.inLanguage, 'en');
    assert.deepEqual(article.articleSection, ['Topic climate']);
    assert.equal(article.dateline, 'NIAMEY');
    assert.equal(article.isAccessibleForFree, true);
    assert.equal(article.correction, undefined, 'no correction yet');
    const crumbs = docs.find((d) => d['@type'] === 'BreadcrumbList')!;
    assert.deepEqual(
      crumbs.itemListElement.map((c: Json) => [c.position, c.name, c.item]),
      [[1, 'Dateline', `${SITE_URL}/en/`], [2, 'Topic climate', `${SITE_URL}/en/topic/climate`], [3, 'Rains return to the Sahel <early>', url]],
    );
    assert.match(html, new RegExp(`<link rel="canonical" href="${url.replace(/[.?]/g, '\\$&')}"/>`));
  });

  it('points at a real logo and card, PNGs of the size it states', async () => {
    const article = jsonLd(await storyPage()).find((d) => d['@type'] === 'NewsArticle')!;
    for (const image of [article.publisher.logo, article.image[0]]) {
      const res = await httpGet(site, new URL(image.url).pathname);
      assert.equal(res.status, 200, image.url);
      assert.equal(res.headers.get('content-type'), 'image/png');
      assert.match(res.headers.get('cache-control') ?? '', /immutable/);
      const png = Buffer.from(await res.arrayBuffer());
      assert.equal(png.subarray(1, 4).toString('ascii'), 'PNG');
      assert.equal(png.readUInt32BE(16), image.width.value, 'width');
      assert.equal(png.readUInt32BE(20), image.height.value, 'height');
    }
  });

  it('gives a story page OpenGraph and Twitter card meta', async () => {
    const html = await storyPage();
    const meta = (name: string) => [...html.matchAll(new RegExp(`<meta (?:property|name)="${name}" content="([^"]*)"/>`, 'g'))].map((m) => m[1]);
    assert.deepEqual(meta('og:type'), ['article']);
    assert.deepEqual(meta('og:title'), ['Rains return to the Sahel &lt;early>']);
    assert.deepEqual(meta('og:locale'), ['en_US']);
    assert.deepEqual(meta('og:url'), [`${SITE_URL}/en/story/2026/03/${site.stories.sahel.slug}`]);
    assert.deepEqual(meta('og:site_name'), ['Dateline']);
    assert.equal(meta('og:image').length, 1);
    assert.deepEqual(meta('article:published_time'), ['2026-03-10T08:00:00.000Z']);
    assert.deepEqual(meta('article:section'), ['Topic climate']);
    assert.deepEqual(meta('article:tag'), ['Rain', 'Region africa']);
    assert.deepEqual(meta('twitter:card'), ['summary_large_image']);
    assert.deepEqual(meta('twitter:title'), meta('og:title'));
  });

  it('marks sections as a CollectionPage and the home page as the WebSite', async () => {
    const topic = jsonLd(await page('/en/topic/climate'));
    const collection = topic.find((d) => d['@type'] === 'CollectionPage')!;
    assert.equal(collection.url, `${SITE_URL}/en/topic/climate`);
    assert.equal(collection.name, 'Topic climate');
    assert.deepEqual(
      collection.mainEntity.itemListElement.map((i: Json) => i.url),
      [site.stories.heat, site.stories.sahel].map((s) => `${SITE_URL}/en/story/${s.publishedAt!.toISOString().slice(0, 7).replace('-', '/')}/${s.slug}`),
    );
    assert.ok(topic.some((d) => d['@type'] === 'BreadcrumbList'));
    const home = jsonLd(await page('/en/'));
    assert.deepEqual(home.map((d) => d['@type']), ['WebSite']);
    assert.equal(home[0]!.url, `${SITE_URL}/en/`);
    assert.equal(home[0]!.potentialAction, undefined, 'no SearchAction until the site has search');
    const result = await runTool(await page('/en/'), { presets: [Google], schemas: ['WebSite'] });
    assert.deepEqual(result.failed.map((f) => f.test), []);
  });
});
