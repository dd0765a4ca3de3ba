import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { ServiceContext } from '../../src/services/context.js';
import { createStory } from '../../src/services/create-story.js';
import { getPublishedStory } from '../../src/services/get-published-story.js';
import { unpublishStory } from '../../src/services/unpublish-story.js';
import { createTestDatabase, forEachDialect, type TestDatabase } from '../support/for-each-dialect.js';
import { manualClock } from './manual-clock.js';
import { publishedAt, seedNewsroom } from './newsroom.js';

forEachDialect('related stories', (dialect) => {
  const clock = manualClock('2026-03-18T12:00:00.000Z');
  let tdb: TestDatabase;
  let ctx: ServiceContext;

  /** Slugs of the stories suggested after `slug`, in order. */
  async function relatedTo(slug: string): Promise<string[]> {
    const page = await getPublishedStory(ctx, { lang: 'en', slug, year: '2026', month: '03' });
    return page.related.map((s) => s.slug);
  }

  before(async () => {
    tdb = await createTestDatabase(dialect, {}, clock.now);
    await seedNewsroom(tdb.runtime.database.db);
    ctx = tdb.runtime.contextFor();
    const at = (day: number) => `2026-03-${String(day).padStart(2, '0')}T09:00:00.000Z`;
    // The story readers open: two topics, a region and a tag.
    await publishedAt(ctx, clock, at(10), { headline: 'anchor', topics: ['climate', 'health'], regions: ['africa'], tags: ['floods'] });
    // Shares three terms, but is old.
    await publishedAt(ctx, clock, at(1), { headline: 'three-shared-old', topics: ['climate', 'health'], regions: ['africa'] });
    // Shares two terms.
    await publishedAt(ctx, clock, at(2), { headline: 'two-shared', topics: ['climate'], tags: ['floods'] });
    // Share one term each: the newer ranks first.
    await publishedAt(ctx, clock, at(12), { headline: 'one-shared-newer', regions: ['africa'] });
    await publishedAt(ctx, clock, at(11), { headline: 'one-shared-older', topics: ['health'] });
    await publishedAt(ctx, clock, at(13), { headline: 'one-shared-newest-but-limit', tags: ['floods'] });
    // Share nothing.
    await publishedAt(ctx, clock, at(14), { headline: 'nothing-shared', topics: ['peace-and-security'], regions: ['europe'] });
    // Share everything but readers may not see them, or they are in another language.
    clock.set(at(15));
    await createStory(ctx, { lang: 'en', headline: 'draft-shares-all', body: '', topics: ['climate', 'health'], regions: ['africa'] });
    const gone = await publishedAt(ctx, clock, at(15), { headline: 'unpublished-shares-all', topics: ['climate', 'health'] });
    await unpublishStory(ctx, { id: gone.id });
    await publishedAt(ctx, clock, at(15), { lang: 'fr', headline: 'french-shares-all', topics: ['climate', 'health'], regions: ['africa'] });
    clock.set('2026-03-18T12:00:00.000Z');
  });
  after(async () => {
    await tdb.dispose();
  });

  it('without shared people or places, rank by shared topics, regions and tags, then by recency, three at most', async () => {
    assert.deepEqual(await relatedTo('anchor'), ['three-shared-old', 'two-shared', 'one-shared-newest-but-limit']);
  });

  it('leave out the story itself, hidden stories and other languages', async () => {
    const related = await relatedTo('three-shared-old');
    assert.ok(!related.includes('three-shared-old'));
    assert.equal(related[0], 'anchor');
    for (const hidden of ['draft-shares-all', 'unpublished-shares-all', 'french-shares-all', 'nothing-shared']) {
      assert.ok(!related.includes(hidden), hidden);
    }
  });

  it('are empty for a story that shares nothing', async () => {
    assert.deepEqual(await relatedTo('nothing-shared'), []);
  });

  it('rank stories naming the same people, organisations or places first, then by shared sections, then by recency', async () => {
    const at = (day: number) => `2026-03-${String(day).padStart(2, '0')}T15:00:00.000Z`;
    const quote = (name: string) => `“The talks went well,” said ${name}, a spokesperson for the Harbour Authority.`;
    // Tags of their own, so the stories above are not related to these.
    await publishedAt(ctx, clock, at(16), { headline: 'named-anchor', body: quote('Ilse Brandt'), tags: ['harbour-a', 'harbour-b'] });
    await publishedAt(ctx, clock, at(3), { headline: 'names-her-old', body: quote('Ilse Brandt') });
    await publishedAt(ctx, clock, at(17), { headline: 'two-tags-newest', body: 'Ships waited outside the port.', tags: ['harbour-a', 'harbour-b'] });
    await publishedAt(ctx, clock, at(4), { headline: 'names-her-and-a-tag', body: quote('Ilse Brandt'), tags: ['harbour-a'] });
    clock.set('2026-03-18T12:00:00.000Z');
    await tdb.runtime.jobs.runDueJobs();
    assert.deepEqual(await relatedTo('named-anchor'), ['names-her-and-a-tag', 'names-her-old', 'two-tags-newest']);
  });
});
