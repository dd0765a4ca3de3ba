import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ServiceContext } from '../../src/services/context.js';
import { listStories } from '../../src/services/list-stories.js';
import {
  DEMO_CONTENT,
  demoPublicationTime,
  writeDemoContent,
  writeDemoContentIfEmpty,
  type DemoContent,
} from '../../src/services/write-demo-content.js';
import { createStoryRepository } from '../../src/store/story-repository.js';
import { createTermRepository } from '../../src/store/term-repository.js';
import { createTestDatabase, forEachDialect, type TestDatabase } from '../support/for-each-dialect.js';

const NOW = new Date('2026-03-10T09:20:00Z');

const NAMES = { en: 'Oceans', fr: 'Océans', es: 'Océanos', ar: 'المحيطات', zh: '海洋', ru: 'Океаны' };
const SMALL: DemoContent = {
  topics: [{ slug: 'oceans', names: NAMES }],
  regions: [{ slug: 'pacific', names: { ...NAMES, en: 'Pacific' } }],
  authors: [{ slug: 'kai-mendes', name: 'Kai Mendes', bio: 'Writes about the sea.' }],
  stories: [
    {
      slug: 'reef-count', headline: 'Divers count the reef again', standfirst: 'A yearly census.', body: 'Text.',
      type: 'news', topics: ['oceans'], regions: ['pacific'], tags: ['reefs'], authors: ['kai-mendes'],
      datelinePlace: 'SUVA', daysAgo: 3, hour: 6, featured: true,
    },
    {
      slug: 'later-today', headline: 'A story dated later today', standfirst: '', body: 'Text.',
      type: 'brief', topics: ['oceans'], regions: [], tags: [], authors: [], datelinePlace: 'APIA', daysAgo: 0, hour: 22,
    },
  ],
  translations: {
    fr: [{ sourceSlug: 'reef-count', slug: 'le-recif-recompte', headline: 'Les plongeurs recomptent le récif', standfirst: 'Un recensement annuel.', body: '**SUVA** — Texte.', datelinePlace: 'SUVA' }],
    // Not one of the test site's languages (it publishes in the default six): must be left out.
    sw: [{ sourceSlug: 'reef-count', slug: 'miamba-yahesabiwa', headline: 'Wapiga mbizi wahesabu miamba', standfirst: '', body: 'Maandishi.', datelinePlace: 'SUVA' }],
  },
};

describe('demoPublicationTime', () => {
  it('is daysAgo days back at hour:00 UTC, but never after now', () => {
    assert.equal(demoPublicationTime({ daysAgo: 3, hour: 6 }, NOW).toISOString(), '2026-03-07T06:00:00.000Z');
    assert.equal(demoPublicationTime({ daysAgo: 40, hour: 23 }, NOW).toISOString(), '2026-01-29T23:00:00.000Z');
    assert.equal(demoPublicationTime({ daysAgo: 0, hour: 22 }, NOW).toISOString(), NOW.toISOString());
  });
});

forEachDialect('writeDemoContent', (dialect) => {
  let tdb: TestDatabase;
  let ctx: ServiceContext;
  before(async () => {
    tdb = await createTestDatabase(dialect, {}, () => NOW);
    ctx = tdb.runtime.contextFor();
  });
  after(async () => {
    await tdb.dispose();
  });

  it('writes the taxonomy with every language name and publishes each story at its time', async () => {
    const counts = await writeDemoContent(ctx, NOW, SMALL);
    assert.deepEqual(counts, { topics: 1, regions: 1, authors: 1, stories: 2, skipped: 0, translations: 1 });
    assert.deepEqual((await createTermRepository(ctx.db).findBySlug('topic', 'oceans'))?.names, NAMES);
    const reef = await createStoryRepository(ctx.db).findBySlug('en', 'reef-count');
    assert.equal(reef?.status, 'published');
    assert.equal(reef?.publishedAt?.toISOString(), '2026-03-07T06:00:00.000Z');
    assert.equal(reef?.featured, true);
    assert.deepEqual(reef?.authors.map((a) => a.name), ['Kai Mendes']);
    const french = await createStoryRepository(ctx.db).findBySlug('fr', 'le-recif-recompte');
    assert.equal(french?.translationGroupId, reef?.translationGroupId, 'one story in two languages');
    assert.equal(french?.publishedAt?.toISOString(), reef?.publishedAt?.toISOString());
    assert.deepEqual(french?.topics.map((t) => t.slug), ['oceans']);
    assert.equal(french?.featured, true);
  });

  it('skips stories that are already there, and the guarded form does nothing once there are stories', async () => {
    assert.deepEqual(await writeDemoContent(ctx, NOW, SMALL), { topics: 1, regions: 1, authors: 1, stories: 0, skipped: 2, translations: 0 });
    assert.equal(await writeDemoContentIfEmpty(ctx, NOW, SMALL), null);
    assert.equal((await listStories(ctx, { page: 1, limit: 10 })).total, 3);
  });

  it('refuses a site without English, the language of the demo stories', async () => {
    const french = { ...ctx, site: { ...ctx.site, languages: ['fr'] } };
    await assert.rejects(writeDemoContent(french, NOW, SMALL), /add en to DATELINE_LANGUAGES/);
  });

  describe('the shipped demo content', () => {
    let tdb: TestDatabase;
    before(async () => {
      tdb = await createTestDatabase(dialect, {}, () => NOW);
    });
    after(async () => {
      await tdb.dispose();
    });

    it('publishes all of its 40 or more stories, and at least 8 in each of the six languages', async () => {
      const ctx = tdb.runtime.contextFor();
      const counts = await writeDemoContentIfEmpty(ctx, NOW);
      assert.ok(counts);
      assert.ok(DEMO_CONTENT.stories.length >= 40);
      assert.equal(counts.stories, DEMO_CONTENT.stories.length, 'every slug is unique');
      const translations = Object.values(DEMO_CONTENT.translations).flat().length;
      assert.equal(counts.translations, translations, 'every translation found its original');
      const published = await listStories(ctx, { status: 'published', page: 1, limit: 1 });
      assert.equal(published.total, DEMO_CONTENT.stories.length + translations);
      for (const lang of ['en', 'fr', 'es', 'ar', 'zh', 'ru']) {
        const inLang = await listStories(ctx, { status: 'published', lang, page: 1, limit: 1 });
        assert.ok(inLang.total >= 8, `${lang} has ${inLang.total} stories`);
        const featured = await createStoryRepository(ctx.db).listSummaries({ lang, featured: true }, { limit: 5, offset: 0 });
        assert.equal(featured.total, 1, `${lang} has one lead story`);
      }
    });
  });
});
