/**
 * A small published newsroom for the syndication suites, served on 127.0.0.1 so real clients
 * (Ghost's, rss-parser, xmllint, the structured-data tool) read it over HTTP: six stories in
 * English, French and Arabic over three months (a translation pair among them), a draft, an
 * unpublished story, and a content key. The clock stands at {@link NOW} afterwards.
 */
import type { Story } from '../../src/domain/story.js';
import { createApiKey } from '../../src/services/api-keys.js';
import { createStory } from '../../src/services/create-story.js';
import { unpublishStory } from '../../src/services/unpublish-story.js';
import { publishedAt } from '../services/newsroom.js';
import { buildTestApp, type TestApp } from '../support/build-test-app.js';
import type { DialectName } from '../support/for-each-dialect.js';

/** Where the clock stands once the site is built. */
export const NOW = '2026-04-07T12:00:00.000Z';

/** The site address stories are published under (build-test-app's DATELINE_SITE_URL). */
export const SITE_URL = 'https://news.example.org';

/** The stories of the site, by role in the tests. */
export interface SyndicationStories {
  /** en, feature, featured, climate + africa + rain, Amara Okafor; 2026-03-10; relative link in the body. */
  sahel: Story;
  /** fr translation of `sahel`, published the next month (2026-04-02). */
  sahelFr: Story;
  /** en, health + europe + vaccines, Lucas Moreau; 2026-03-12. */
  clinics: Story;
  /** en, interview, peace-and-security + asia-pacific + talks, Sofia Lindqvist then Amara Okafor; 2026-02-20. */
  ceasefire: Story;
  /** en, climate + heat + rain, Lucas Moreau; 2026-04-06 08:00 (in the news sitemap). */
  heat: Story;
  /** ar, health; 2026-04-06 10:00 (in the news sitemap). */
  arabic: Story;
  /** A draft, never published (tag secret-merger). */
  draft: Story;
  /** Published on 2026-03-05, then unpublished. */
  withdrawn: Story;
}

/** The running site and what tests need around it. */
export interface SyndicationSite {
  t: TestApp;
  /** `http://127.0.0.1:{port}`. */
  origin: string;
  /** A content key (26 hex characters). */
  contentKey: string;
  stories: SyndicationStories;
  close(): Promise<void>;
}

/** Builds, fills and starts the site. */
export async function startSyndicationSite(dialect: DialectName = 'sqlite'): Promise<SyndicationSite> {
  const t = await buildTestApp(dialect);
  const ctx = t.database.runtime.contextFor();
  const clock = t.clock;
  const ceasefire = await publishedAt(ctx, clock, '2026-02-20T07:30:00Z', {
    headline: 'Ceasefire talks resume after a month of silence',
    standfirst: 'Negotiators met for six hours and agreed to meet again next week.',
    type: 'interview',
    topics: ['peace-and-security'],
    regions: ['asia-pacific'],
    tags: ['talks'],
    authors: ['sofia-lindqvist', 'amara-okafor'],
  });
  const withdrawn = await publishedAt(ctx, clock, '2026-03-05T09:00:00Z', { headline: 'A story that was taken down', topics: ['climate'], tags: ['withdrawn-tag'] });
  await unpublishStory(ctx, { id: withdrawn.id });
  const sahel = await publishedAt(ctx, clock, '2026-03-10T08:00:00Z', {
    headline: 'Rains return to the Sahel <early>',
    standfirst: 'Farmers plant early after the first good rains in years.',
    body: 'Farmers across the region planted **early** this year, [as we reported](/en/topic/climate).\n\n## What comes next\n\nRain fell for three days.',
    type: 'feature',
    featured: true,
    topics: ['climate'],
    regions: ['africa'],
    tags: ['rain'],
    authors: ['amara-okafor'],
    datelinePlace: 'NIAMEY',
  });
  const clinics = await publishedAt(ctx, clock, '2026-03-12T10:00:00Z', {
    headline: 'Clinics run short of measles vaccine',
    standfirst: 'Health workers ration doses in three provinces.',
    topics: ['health'],
    regions: ['europe'],
    tags: ['vaccines'],
    authors: ['lucas-moreau'],
  });
  const sahelFr = await publishedAt(ctx, clock, '2026-04-02T08:00:00Z', {
    lang: 'fr',
    translationGroupId: sahel.translationGroupId,
    headline: 'Les pluies reviennent au Sahel',
    standfirst: 'Les agriculteurs sèment tôt après les premières bonnes pluies depuis des années.',
    type: 'feature',
    topics: ['climate'],
    regions: ['africa'],
    authors: ['amara-okafor'],
    datelinePlace: 'NIAMEY',
  });
  const heat = await publishedAt(ctx, clock, '2026-04-06T08:00:00Z', {
    headline: 'Heat records broken again across the south',
    topics: ['climate'],
    tags: ['heat', 'rain'],
    authors: ['lucas-moreau'],
  });
  const arabic = await publishedAt(ctx, clock, '2026-04-06T10:00:00Z', { lang: 'ar', headline: 'العيادات تواجه نقصاً في اللقاحات', topics: ['health'] });
  clock.set('2026-04-07T09:00:00Z');
  const draft = await createStory(ctx, { lang: 'en', headline: 'Secret merger talks', body: 'Not yet.', tags: ['secret-merger'], topics: ['climate'] });
  clock.set(NOW);
  const { key: contentKey } = await createApiKey(ctx, { name: 'syndication tests', scope: 'content' });
  const origin = await t.app.listen({ port: 0, host: '127.0.0.1' });
  return {
    t,
    origin,
    contentKey,
    stories: { sahel, sahelFr, clinics, ceasefire, heat, arabic, draft, withdrawn },
    close: () => t.close(),
  };
}

/** A GET over HTTP (a real socket, so the page cache's early answers are exercised too). */
export async function httpGet(site: SyndicationSite, path: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${site.origin}${path}`, { headers });
}
