import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { StorySummary } from '../../src/domain/story.js';
import type { ServiceContext } from '../../src/services/context.js';
import { getHomePage, type HomePage } from '../../src/services/get-home-page.js';
import { updateStory } from '../../src/services/update-story.js';
import { createTestDatabase, forEachDialect, type TestDatabase } from '../support/for-each-dialect.js';
import { manualClock } from './manual-clock.js';
import { publishedAt, rewriteStory, seedNewsroom, TOPICS } from './newsroom.js';

const NOW = '2026-03-31T12:00:00.000Z';

/** Every story the page shows in its lead, top and latest blocks, in order. */
function mainSlugs(home: HomePage): string[] {
  return [home.lead, ...home.top, ...home.latest].filter((s): s is StorySummary => s !== null).map((s) => s.slug);
}

forEachDialect('getHomePage', (dialect) => {
  const clock = manualClock(NOW);
  let tdb: TestDatabase;
  let ctx: ServiceContext;
  before(async () => {
    tdb = await createTestDatabase(dialect, {}, clock.now);
    await seedNewsroom(tdb.runtime.database.db);
    ctx = tdb.runtime.contextFor();
  });
  after(async () => {
    await tdb.dispose();
  });

  it('is empty for a language without stories', async () => {
    assert.deepEqual(await getHomePage(ctx, 'en'), { lead: null, top: [], latest: [], topicBlocks: [] });
  });

  it('leads with the newest story when none is featured, then top and latest without repeats', async () => {
    for (let day = 1; day <= 20; day++) {
      const dd = String(day).padStart(2, '0');
      await publishedAt(ctx, clock, `2026-03-${dd}T08:00:00.000Z`, {
        headline: `day-${dd}`,
        topics: [TOPICS[day % TOPICS.length]!],
      });
    }
    await publishedAt(ctx, clock, '2026-03-05T08:00:00.000Z', { lang: 'fr', headline: 'jour-05' });
    clock.set(NOW);
    const home = await getHomePage(ctx, 'en');
    assert.equal(home.lead?.slug, 'day-20');
    assert.deepEqual(home.top.map((s) => s.slug), ['day-19', 'day-18', 'day-17', 'day-16']);
    assert.deepEqual(home.latest.map((s) => s.slug), ['day-15', 'day-14', 'day-13', 'day-12', 'day-11', 'day-10', 'day-09', 'day-08', 'day-07', 'day-06']);
    const slugs = mainSlugs(home);
    assert.equal(new Set(slugs).size, slugs.length, 'no story twice');
    assert.ok(slugs.every((s) => s.startsWith('day-')), 'only the page’s language');
  });

  it('has one block per topic in use, with its three newest stories', async () => {
    const home = await getHomePage(ctx, 'en');
    assert.deepEqual(home.topicBlocks.map((b) => b.topic.slug), [...TOPICS].sort());
    for (const block of home.topicBlocks) {
      assert.equal(block.stories.length, 3);
      assert.ok(block.stories.every((s) => s.topics.some((t) => t.slug === block.topic.slug)));
      const times = block.stories.map((s) => s.publishedAt!.getTime());
      assert.deepEqual(times, [...times].sort((a, b) => b - a), 'newest first');
    }
  });

  it('leads with a featured story, even an older one, and does not repeat it', async () => {
    const old = await publishedAt(ctx, clock, '2026-03-02T09:00:00.000Z', { headline: 'featured-old' });
    await updateStory(ctx, { id: old.id, revision: old.revision, fields: { featured: true } });
    clock.set(NOW);
    const home = await getHomePage(ctx, 'en');
    assert.equal(home.lead?.slug, 'featured-old');
    assert.equal(home.top[0]?.slug, 'day-20');
    const slugs = mainSlugs(home);
    assert.equal(slugs.filter((s) => s === 'featured-old').length, 1);
    assert.equal(new Set(slugs).size, slugs.length);
  });

  it('does not lead with a featured story readers may not see yet', async () => {
    const later = await publishedAt(ctx, clock, NOW, { headline: 'featured-embargoed', featured: true });
    await rewriteStory(tdb.runtime.database.db, later.id, { embargoUntil: new Date('2026-04-01T00:00:00.000Z') });
    clock.set(NOW);
    const home = await getHomePage(ctx, 'en');
    assert.notEqual(home.lead?.slug, 'featured-embargoed');
    assert.ok(!mainSlugs(home).includes('featured-embargoed'));
  });
});
