import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { ValidationError } from '../../src/domain/errors.js';
import type { ServiceContext } from '../../src/services/context.js';
import { createStory } from '../../src/services/create-story.js';
import { listPublishedMonths, listPublishedStories, type PublishedListInput } from '../../src/services/list-published-stories.js';
import { listStories } from '../../src/services/list-stories.js';
import { createTestDatabase, forEachDialect, type TestDatabase } from '../support/for-each-dialect.js';
import { manualClock } from './manual-clock.js';
import { publishedAt, seedNewsroom } from './newsroom.js';

const NOW = '2026-04-10T12:00:00.000Z';

/** The stories of the suite: slug, language, publication time and filing. */
const STORIES = [
  { slug: 'jan-climate-africa', lang: 'en', at: '2026-01-31T23:59:59.999Z', type: 'news', topics: ['climate'], regions: ['africa'], tags: ['drought'] },
  { slug: 'feb-health-europe', lang: 'en', at: '2026-02-01T00:00:00.000Z', type: 'feature', topics: ['health'], regions: ['europe'], tags: [] },
  { slug: 'feb-climate-europe', lang: 'en', at: '2026-02-14T10:00:00.000Z', type: 'news', topics: ['climate', 'health'], regions: ['europe'], tags: ['drought', 'heat'] },
  { slug: 'mar-peace-africa', lang: 'en', at: '2026-03-02T10:00:00.000Z', type: 'interview', topics: ['peace-and-security'], regions: ['africa'], tags: [] },
  { slug: 'mar-climate-asia', lang: 'en', at: '2026-03-20T10:00:00.000Z', type: 'news', topics: ['climate'], regions: ['asia-pacific'], tags: ['heat'] },
  { slug: 'apr-health-africa', lang: 'en', at: '2026-04-01T00:00:00.000Z', type: 'brief', topics: ['health'], regions: ['africa'], tags: [] },
  { slug: 'fr-climat', lang: 'fr', at: '2026-03-05T10:00:00.000Z', type: 'news', topics: ['climate'], regions: ['africa'], tags: ['drought'] },
] as const;

forEachDialect('listPublishedStories', (dialect) => {
  const clock = manualClock(NOW);
  let tdb: TestDatabase;
  let ctx: ServiceContext;

  /** Slugs of one page of the list, newest first. */
  async function slugs(input: Partial<PublishedListInput>): Promise<string[]> {
    const page = await listPublishedStories(ctx, { lang: 'en', page: 1, limit: 50, ...input });
    return page.items.map((s) => s.slug);
  }

  before(async () => {
    tdb = await createTestDatabase(dialect, {}, clock.now);
    await seedNewsroom(tdb.runtime.database.db);
    ctx = tdb.runtime.contextFor();
    for (const s of STORIES) {
      await publishedAt(ctx, clock, s.at, {
        lang: s.lang,
        headline: s.slug,
        type: s.type,
        topics: [...s.topics],
        regions: [...s.regions],
        tags: [...s.tags],
      });
    }
    clock.set(NOW);
    await createStory(ctx, { lang: 'en', headline: 'draft-climate', body: '', topics: ['climate'] });
  });
  after(async () => {
    await tdb.dispose();
  });

  it('lists a language’s stories newest first', async () => {
    assert.deepEqual(await slugs({}), [
      'apr-health-africa',
      'mar-climate-asia',
      'mar-peace-africa',
      'feb-climate-europe',
      'feb-health-europe',
      'jan-climate-africa',
    ]);
    assert.deepEqual(await slugs({ lang: 'fr' }), ['fr-climat']);
    assert.deepEqual(await slugs({ lang: 'ar' }), []);
  });

  it('filters by topic, region, tag and type', async () => {
    assert.deepEqual(await slugs({ topic: 'climate' }), ['mar-climate-asia', 'feb-climate-europe', 'jan-climate-africa']);
    assert.deepEqual(await slugs({ topic: 'health' }), ['apr-health-africa', 'feb-climate-europe', 'feb-health-europe']);
    assert.deepEqual(await slugs({ region: 'africa' }), ['apr-health-africa', 'mar-peace-africa', 'jan-climate-africa']);
    assert.deepEqual(await slugs({ tag: 'heat' }), ['mar-climate-asia', 'feb-climate-europe']);
    assert.deepEqual(await slugs({ type: 'interview' }), ['mar-peace-africa']);
    assert.deepEqual(await slugs({ topic: 'climate', region: 'europe', tag: 'drought', type: 'news' }), ['feb-climate-europe']);
    assert.deepEqual(await slugs({ topic: 'no-such-topic' }), []);
  });

  it('does not confuse a tag with a topic of the same slug', async () => {
    assert.deepEqual(await slugs({ tag: 'climate' }), []);
  });

  it('filters by month in UTC, edges included and excluded exactly', async () => {
    assert.deepEqual(await slugs({ month: '2026-01' }), ['jan-climate-africa']);
    assert.deepEqual(await slugs({ month: '2026-02' }), ['feb-climate-europe', 'feb-health-europe']);
    assert.deepEqual(await slugs({ month: '2026-04' }), ['apr-health-africa']);
    assert.deepEqual(await slugs({ month: '2025-12' }), []);
    assert.deepEqual(await slugs({ month: '2026-03', topic: 'climate' }), ['mar-climate-asia']);
  });

  it('refuses a month that is not yyyy-mm', async () => {
    for (const month of ['2026-13', '2026-3', 'March', '2026-00']) {
      await assert.rejects(listPublishedStories(ctx, { lang: 'en', month, page: 1, limit: 10 }), (err: unknown) => {
        assert.ok(err instanceof ValidationError);
        assert.equal(err.field, 'month');
        return true;
      });
    }
  });

  it('pages through a list with the same total on every page and no story twice', async () => {
    const seen: string[] = [];
    for (const page of [1, 2, 3]) {
      const result = await listPublishedStories(ctx, { lang: 'en', page, limit: 2 });
      assert.equal(result.total, 6, `page ${page}`);
      assert.equal(result.items.length, 2);
      seen.push(...result.items.map((s) => s.slug));
    }
    assert.deepEqual(seen, await slugs({}));
    const beyond = await listPublishedStories(ctx, { lang: 'en', page: 4, limit: 2 });
    assert.deepEqual(beyond, { items: [], total: 6 });
    const filtered = await listPublishedStories(ctx, { lang: 'en', topic: 'climate', page: 2, limit: 2 });
    assert.equal(filtered.total, 3);
    assert.deepEqual(filtered.items.map((s) => s.slug), ['jan-climate-africa']);
  });

  it('lists the months that have stories, newest first', async () => {
    assert.deepEqual(await listPublishedMonths(ctx, 'en'), ['2026-04', '2026-03', '2026-02', '2026-01']);
    assert.deepEqual(await listPublishedMonths(ctx, 'fr'), ['2026-03']);
  });

  it('gives the newsroom every status, with its own filters', async () => {
    const all = await listStories(ctx, { page: 1, limit: 50 });
    assert.equal(all.total, STORIES.length + 1);
    const drafts = await listStories(ctx, { status: 'draft', page: 1, limit: 50 });
    assert.deepEqual(drafts.items.map((s) => s.slug), ['draft-climate']);
    const climate = await listStories(ctx, { lang: 'en', topic: 'climate', page: 1, limit: 50 });
    assert.equal(climate.total, 4);
    assert.equal(climate.items[0]?.slug, 'draft-climate', 'most recently updated first');
  });
});
