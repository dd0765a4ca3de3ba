/**
 * Understanding, end to end over HTTP: stories created and published through the Admin API are
 * analysed by the job runner (driven with runDueJobs); readers then find the people,
 * organisations and places they name on pages of their own, with the quotes and links to the
 * stories; story pages link them, rank related stories by them and name them in their JSON-LD.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AdminStoryJson } from '../../src/render/json/admin-story.js';
import { DROUGHT, MARKETS, PRICES } from '../support/analysis-stories.js';
import { buildTestApp, pathOf, type TestApp } from '../support/build-test-app.js';

type Json = Record<string, unknown>;

/** The JSON-LD documents of a page. */
function jsonLd(html: string): Json[] {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!) as Json);
}

/** The hrefs of the links inside the first element with this class. */
function linksIn(html: string, className: string): string[] {
  const start = html.indexOf(`class="${className}`);
  assert.ok(start >= 0, `the page has a .${className}`);
  const end = html.indexOf('</section>', start);
  return [...html.slice(start, end).matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
}

describe('entity pages', () => {
  let t: TestApp;
  let drought: AdminStoryJson;
  let prices: AdminStoryJson;
  let markets: AdminStoryJson;

  async function runJobs(): Promise<void> {
    const summary = await t.database.runtime.jobs.runDueJobs();
    assert.equal(summary.failed + summary.retried, 0, 'every job succeeded');
  }

  before(async () => {
    t = await buildTestApp();
    drought = await t.publishStoryAt('2026-03-17T08:00:00Z', { ...DROUGHT, topics: ['climate'], regions: ['africa'] });
    prices = await t.publishStoryAt('2026-03-16T08:00:00Z', { ...PRICES });
    // Shares two sections with the drought story but names nobody in it; the newest of the three.
    markets = await t.publishStoryAt('2026-03-18T08:00:00Z', { ...MARKETS, topics: ['climate'], regions: ['africa'] });
    await runJobs();
  });
  after(async () => {
    await t?.close();
  });

  it('are linked from the Admin API’s analysis of each story', async () => {
    const res = await t.admin('GET', `/stories/${drought.id}/analysis`);
    assert.equal(res.statusCode, 200, res.body);
    const { analysis } = res.json();
    assert.equal(analysis.current, true);
    const person = analysis.entities.find((e: Json) => e.name === 'Amina Diallo');
    assert.equal(person?.url, 'https://news.example.org/en/people/amina-diallo');
    assert.equal(person?.type, 'person');
    assert.deepEqual(
      analysis.quotes.map((q: Json) => (q.speaker as Json | null)?.name),
      ['Amina Diallo', 'Amina Diallo'],
    );
    assert.ok(analysis.dates.some((d: Json) => d.text === 'on Tuesday' && d.start === '2026-03-17'));
    assert.ok(analysis.suggestions.some((s: Json) => s.kind === 'person' && s.label === 'Amina Diallo' && s.decision === null));
  });

  it('list every story that quotes the same person, and her quotes with links to them', async () => {
    const res = await t.get('/en/people/amina-diallo');
    assert.equal(res.statusCode, 200);
    assert.match(res.headers['content-type'] as string, /^text\/html/);
    const html = res.body;
    assert.match(html, /<h1 class="section__title">Amina Diallo<\/h1>/);
    assert.match(html, /<p class="section__intro">[^<]*spokesperson[^<]*<\/p>/);
    for (const story of [drought, prices]) {
      assert.ok(html.includes(`href="${pathOf(story)}"`), `links to ${story.headline}`);
    }
    assert.ok(!html.includes(`href="${pathOf(markets)}"`), 'not to a story that does not name her');
    const quotes = linksIn(html, 'entity-quotes');
    assert.deepEqual(new Set(quotes), new Set([pathOf(drought), pathOf(prices)]), 'each quote links to its story');
    assert.ok(html.includes('The rains have failed for the fourth season in a row'));
    assert.ok(html.includes('We are running out of time'));
  });

  it('exist for organisations and places, in the language of their stories only', async () => {
    const wfp = await t.get('/en/organisations/world-food-programme');
    assert.equal(wfp.statusCode, 200);
    assert.ok(wfp.body.includes(`href="${pathOf(prices)}"`));
    const kenya = await t.get('/en/places/kenya');
    assert.equal(kenya.statusCode, 200);
    assert.ok(kenya.body.includes(`href="${pathOf(drought)}"`));
    assert.ok(!kenya.body.includes(`href="${pathOf(prices)}"`));
    for (const path of ['/en/people/nobody-we-know', '/fr/people/amina-diallo', '/en/places/amina-diallo', '/en/people/amina-diallo?page=2', '/xx/people/amina-diallo']) {
      assert.equal((await t.get(path)).statusCode, 404, path);
    }
  });

  it('are linked from the story page, which ranks related stories by shared entities first', async () => {
    const html = (await t.get(pathOf(drought))).body;
    const named = linksIn(html, 'story-terms story-entities');
    assert.ok(named.includes('/en/people/amina-diallo'), 'In this story: the person');
    assert.ok(named.includes('/en/organisations/world-food-programme'), 'the organisation');
    assert.ok(named.includes('/en/places/kenya'), 'the place');
    assert.match(html, /<h2 class="story-terms__heading" id="story-entities-heading">In this story<\/h2>/);
    // Prices shares the spokesperson and her agency; markets only two sections, though it is newer.
    const related = linksIn(html, 'related');
    assert.deepEqual(related.filter((href) => href.includes('/story/')), [pathOf(prices), pathOf(markets)]);
  });

  it('are what the story’s NewsArticle is about and mentions', async () => {
    const article = jsonLd((await t.get(pathOf(drought))).body).find((d) => d['@type'] === 'NewsArticle');
    assert.ok(article, 'a NewsArticle');
    const about = article.about as Json[];
    const mentions = article.mentions as Json[];
    assert.deepEqual(about[0], { '@type': 'Person', name: 'Amina Diallo', url: 'https://news.example.org/en/people/amina-diallo' });
    assert.ok(about.some((x) => x['@type'] === 'Organization' && x.name === 'World Food Programme'));
    assert.ok(mentions.some((x) => x['@type'] === 'Place' && x.name === 'Ethiopia' && x.url === 'https://news.example.org/en/places/ethiopia'));
    const names = [...about, ...mentions].map((x) => x.name);
    assert.equal(new Set(names).size, names.length, 'each entity once');
  });

  it('are cached, and purged when a new analysis changes what they show', async () => {
    await t.get('/en/people/amina-diallo');
    assert.equal((await t.get('/en/people/amina-diallo')).headers['x-cache'], 'HIT');
    t.clock.set('2026-03-18T12:00:00Z');
    const edited = await t.admin('PATCH', `/stories/${prices.id}`, {
      revision: prices.revision,
      body: 'Food prices in Somalia have doubled since January, aid agencies told reporters in Geneva on Friday.',
    });
    assert.equal(edited.statusCode, 200, edited.body);
    // Until the job has run, the page (cached again) still shows the old analysis …
    assert.ok((await t.get('/en/people/amina-diallo')).body.includes(`href="${pathOf(prices)}"`));
    assert.equal((await t.get('/en/people/amina-diallo')).headers['x-cache'], 'HIT');
    // … and the new analysis purges it.
    await runJobs();
    const res = await t.get('/en/people/amina-diallo');
    assert.equal(res.headers['x-cache'], 'MISS');
    assert.ok(!res.body.includes(`href="${pathOf(prices)}"`), 'the story no longer names her');
    assert.ok(res.body.includes(`href="${pathOf(drought)}"`));
  });
});
