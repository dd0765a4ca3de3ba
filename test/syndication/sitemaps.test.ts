/**
 * Sitemaps and robots.txt: every file valid against the sitemaps.org schema the `sitemap`
 * package ships (with the extension elements set aside, since their schemas cannot be fetched
 * here), and the extensions (`xhtml:link` alternates, `news:*`) checked element by element.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { unpublishStory } from '../../src/services/unpublish-story.js';
import { httpGet, SITE_URL, startSyndicationSite, type SyndicationSite } from './syndication-site.js';

const URLSET_XSD = join(dirname(createRequire(import.meta.url).resolve('sitemap/package.json')), 'schema', 'sitemap.xsd');
const INDEX_XSD = fileURLToPath(new URL('../../../test/fixtures/sitemaps/siteindex.xsd', import.meta.url));

/** One `<url>` (or `<sitemap>`) of a sitemap, as our tests read it. */
interface Entry {
  loc: string;
  lastmod: string | null;
  /** `xhtml:link` elements: their attributes. */
  links: Array<Record<string, string>>;
  /** `news:*` elements by name, their text. */
  news: Record<string, string>;
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const attributes = (tag: string) => Object.fromEntries([...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1]!, decode(m[2]!)]));

/** The entries of a sitemap or sitemap index. */
function entries(xml: string, element: 'url' | 'sitemap'): Entry[] {
  return [...xml.matchAll(new RegExp(`<${element}>(.*?)</${element}>`, 'gs'))].map(([, inner = '']) => ({
    loc: decode(/<loc>(.*?)<\/loc>/s.exec(inner)?.[1] ?? ''),
    lastmod: /<lastmod>(.*?)<\/lastmod>/s.exec(inner)?.[1] ?? null,
    links: [...inner.matchAll(/<xhtml:link\b[^>]*\/>/g)].map((m) => attributes(m[0])),
    news: Object.fromEntries([...inner.matchAll(/<news:(\w+)>([^<]*)<\/news:\1>/g)].map((m) => [m[1]!, decode(m[2]!)])),
  }));
}

/** The document without the extension elements, which the sitemaps.org schema does not describe. */
function withoutExtensions(xml: string): string {
  return xml.replace(/<xhtml:link\b[^>]*\/>/g, '').replace(/<news:news>.*?<\/news:news>/gs, '');
}

let xmllintMissing = false;

/** Validates with `xmllint --schema`; returns xmllint's complaints (empty when valid). */
function schemaErrors(xml: string, xsd: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-sitemap-'));
  try {
    const file = join(dir, 'sitemap.xml');
    writeFileSync(file, xml);
    const run = spawnSync('xmllint', ['--noout', '--schema', xsd, file], { encoding: 'utf8' });
    if (run.error) {
      if (process.env.CI) throw new Error('xmllint is required in CI to validate sitemaps');
      if (!xmllintMissing) console.log('# xmllint is not installed: sitemaps are not schema-validated');
      xmllintMissing = true;
      return '';
    }
    return run.status === 0 ? '' : run.stderr;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('sitemaps and robots.txt', () => {
  let site: SyndicationSite;
  const get = async (path: string) => {
    const res = await httpGet(site, path);
    return { res, body: await res.text() };
  };
  const storyUrl = (lang: string, month: string, slug: string) => `${SITE_URL}/${lang}/story/${month}/${encodeURIComponent(slug)}`;

  before(async () => {
    site = await startSyndicationSite();
  });
  after(() => site.close());

  it('names the sitemaps in robots.txt and keeps crawlers out of the admin and the APIs', async () => {
    const { res, body } = await get('/robots.txt');
    assert.equal(res.headers.get('content-type'), 'text/plain; charset=utf-8');
    assert.match(body, /^User-agent: \*$/m);
    for (const path of ['/admin/', '/api/', '/ghost/']) assert.match(body, new RegExp(`^Disallow: ${path}$`, 'm'));
    assert.match(body, /^Sitemap: https:\/\/news\.example\.org\/sitemap\.xml$/m);
    assert.match(body, /^Sitemap: https:\/\/news\.example\.org\/sitemap-news\.xml$/m);
  });

  it('indexes the sections and every month with published stories, each with its last change', async () => {
    const { res, body } = await get('/sitemap.xml');
    assert.equal(res.headers.get('content-type'), 'application/xml; charset=utf-8');
    assert.equal(schemaErrors(body, INDEX_XSD), '');
    const index = entries(body, 'sitemap');
    assert.deepEqual(index.map((e) => e.loc), [
      `${SITE_URL}/sitemaps/sections.xml`,
      `${SITE_URL}/sitemaps/stories-2026-04.xml`,
      `${SITE_URL}/sitemaps/stories-2026-03.xml`,
      `${SITE_URL}/sitemaps/stories-2026-02.xml`,
    ]);
    const { sahel, clinics } = site.stories;
    const march = [sahel, clinics].map((s) => s.updatedAt.toISOString()).sort().at(-1);
    assert.equal(index[2]!.lastmod, march);
    for (const e of index) assert.equal((await httpGet(site, new URL(e.loc).pathname)).status, 200, e.loc);
  });

  it('lists a month\'s stories with their translations as hreflang alternates', async () => {
    const { sahel, sahelFr, clinics } = site.stories;
    const march = await get('/sitemaps/stories-2026-03.xml');
    assert.equal(schemaErrors(withoutExtensions(march.body), URLSET_XSD), '');
    const marchEntries = entries(march.body, 'url');
    assert.deepEqual(marchEntries.map((e) => e.loc), [storyUrl('en', '2026/03', sahel.slug), storyUrl('en', '2026/03', clinics.slug)]);
    const sahelEntry = marchEntries[0]!;
    assert.equal(sahelEntry.lastmod, sahel.updatedAt.toISOString());
    const alternates = [
      { rel: 'alternate', hreflang: 'en', href: storyUrl('en', '2026/03', sahel.slug) },
      { rel: 'alternate', hreflang: 'fr', href: storyUrl('fr', '2026/04', sahelFr.slug) },
    ];
    assert.deepEqual(sahelEntry.links.sort((a, b) => a.hreflang!.localeCompare(b.hreflang!)), alternates);
    assert.deepEqual(marchEntries[1]!.links, [], 'a story without translations has no alternates');
    const april = await get('/sitemaps/stories-2026-04.xml');
    assert.equal(schemaErrors(withoutExtensions(april.body), URLSET_XSD), '');
    const frEntry = entries(april.body, 'url').find((e) => e.loc === storyUrl('fr', '2026/04', sahelFr.slug))!;
    assert.deepEqual(frEntry.links.sort((a, b) => a.hreflang!.localeCompare(b.hreflang!)), alternates, 'the same set on each version');
    assert.match(april.body, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9" xmlns:xhtml="http:\/\/www\.w3\.org\/1999\/xhtml">/);
    for (const path of ['/sitemaps/stories-2026-01.xml', '/sitemaps/stories-2026-13.xml', '/sitemaps/other.xml']) {
      assert.equal((await httpGet(site, path)).status, 404, path);
    }
  });

  it('lists every home and section page in use, with the same section in other languages', async () => {
    const { body } = await get('/sitemaps/sections.xml');
    assert.equal(schemaErrors(withoutExtensions(body), URLSET_XSD), '');
    const byLoc = new Map(entries(body, 'url').map((e) => [e.loc, e]));
    for (const lang of ['en', 'fr', 'ar', 'ru']) assert.ok(byLoc.has(`${SITE_URL}/${lang}/`), `the ${lang} home`);
    for (const path of ['/en/topic/climate', '/en/region/africa', '/en/tag/rain', '/en/type/interview', '/en/author/lucas-moreau', '/fr/topic/climate', '/ar/topic/health']) {
      assert.ok(byLoc.has(`${SITE_URL}${path}`), path);
    }
    assert.ok(!byLoc.has(`${SITE_URL}/en/tag/secret-merger`) && !byLoc.has(`${SITE_URL}/en/tag/withdrawn-tag`), 'nothing only drafts or withdrawn stories use');
    const climate = byLoc.get(`${SITE_URL}/en/topic/climate`)!;
    assert.deepEqual(climate.links.map((l) => `${l.hreflang} ${l.href}`).sort(), [`en ${SITE_URL}/en/topic/climate`, `fr ${SITE_URL}/fr/topic/climate`]);
    assert.equal(climate.lastmod, site.stories.heat.updatedAt.toISOString());
    assert.equal(byLoc.get(`${SITE_URL}/ru/`)!.lastmod, null, 'a home without stories has no last change');
  });

  it('gives Google News the stories of the last two days, element by element', async () => {
    const { res, body } = await get('/sitemap-news.xml');
    assert.equal(res.headers.get('content-type'), 'application/xml; charset=utf-8');
    assert.equal(schemaErrors(withoutExtensions(body), URLSET_XSD), '');
    assert.match(body, /<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9" xmlns:news="http:\/\/www\.google\.com\/schemas\/sitemap-news\/0\.9">/);
    const { heat, arabic } = site.stories;
    const news = entries(body, 'url');
    assert.deepEqual(news.map((e) => e.loc), [storyUrl('ar', '2026/04', arabic.slug), storyUrl('en', '2026/04', heat.slug)]);
    assert.deepEqual(news[1]!.news, { name: 'Dateline', language: 'en', publication_date: '2026-04-06T08:00:00.000Z', title: heat.headline });
    assert.deepEqual(news[0]!.news, { name: 'Dateline', language: 'ar', publication_date: '2026-04-06T10:00:00.000Z', title: arabic.headline });
    for (const [, inner] of body.matchAll(/<news:news>(.*?)<\/news:news>/gs)) {
      assert.match(inner!, /^<news:publication><news:name>[^<]+<\/news:name><news:language>[a-z-]+<\/news:language><\/news:publication><news:publication_date>[^<]+<\/news:publication_date><news:title>[^<]+<\/news:title>$/);
    }
  });

  it('drops an unpublished story from the sitemaps on the next request', async () => {
    await get('/sitemaps/stories-2026-04.xml');
    await unpublishStory(site.t.database.runtime.contextFor(), { id: site.stories.heat.id });
    const april = await get('/sitemaps/stories-2026-04.xml');
    assert.ok(!entries(april.body, 'url').some((e) => e.loc.includes(site.stories.heat.slug)));
    const news = await get('/sitemap-news.xml');
    assert.deepEqual(entries(news.body, 'url').map((e) => e.news.language), ['ar']);
  });
});
