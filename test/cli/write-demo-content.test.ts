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
    assert.deepEqual(counts, { topics: 1, regions: 1, authors: 1, stories: 2, skipped: 0 });
    assert.deepEqual((await createTermRepository(ctx.db).findBySlug('topic', 'oceans'))?.names, NAMES);
    const reef = await createStoryRepository(ctx.db).findBySlug('en', 'reef-count');
    assert.equal(reef?.status, 'published');
    assert.equal(reef?.publishedAt?.toISOString(), '2026-03-07T06:00:00.000Z');
    assert.equal(reef?.featured, true);
    assert.deepEqual(reef?.authors.map((a) => a.name), ['Kai Mendes']);
  });

  it('skips stories that are already there, and the guarded form does nothing once there are stories', async () => {
    assert.deepEqual(await writeDemoContent(ctx, NOW, SMALL), { topics: 1, regions: 1, authors: 1, stories: 0, skipped: 2 });
    assert.equal(await writeDemoContentIfEmpty(ctx, NOW, SMALL), null);
    assert.equal((await listStories(ctx, { page: 1, limit: 10 })).total, 2);
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

    it('publishes all of its 40 or more stories, in well under a few seconds', async () => {
      const ctx = tdb.runtime.contextFor();
      const started = performance.now();
      const counts = await writeDemoContentIfEmpty(ctx, NOW);
      const took = performance.now() - started;
      assert.ok(counts);
      assert.ok(DEMO_CONTENT.stories.length >= 40);
      assert.equal(counts.stories, DEMO_CONTENT.stories.length, 'every slug is unique');
      const published = await listStories(ctx, { status: 'published', page: 1, limit: 1 });
      assert.equal(published.total, DEMO_CONTENT.stories.length);
      if (dialect === 'sqlite') assert.ok(took < 3000, `took ${Math.round(took)} ms`);
    });
  });
});
