import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { NotFoundError } from '../../src/domain/errors.js';
import type { Story } from '../../src/domain/story.js';
import type { ServiceContext } from '../../src/services/context.js';
import { createStory } from '../../src/services/create-story.js';
import { getHomePage } from '../../src/services/get-home-page.js';
import { listNavigation } from '../../src/services/get-section.js';
import { getPublishedStory } from '../../src/services/get-published-story.js';
import { listPublishedStories } from '../../src/services/list-published-stories.js';
import { publishStory } from '../../src/services/publish-story.js';
import { unpublishStory } from '../../src/services/unpublish-story.js';
import { createTestDatabase, forEachDialect, type TestDatabase } from '../support/for-each-dialect.js';
import { manualClock } from './manual-clock.js';
import { publishedAt, rewriteStory, seedNewsroom } from './newsroom.js';

const NOW = '2026-03-18T12:00:00.000Z';

forEachDialect('what readers may see', (dialect) => {
  const clock = manualClock(NOW);
  let tdb: TestDatabase;
  let ctx: ServiceContext;
  const s: Record<'visible' | 'draft' | 'unpublished' | 'embargoed' | 'future' | 'french', Story> = {} as never;

  /** Slugs a reader can list in English now. */
  async function listedSlugs(): Promise<string[]> {
    const page = await listPublishedStories(ctx, { lang: 'en', page: 1, limit: 50 });
    assert.equal(page.total, page.items.length);
    return page.items.map((x) => x.slug).sort();
  }

  /** True when a reader can open the story by its address now. */
  async function opens(story: Story): Promise<boolean> {
    const at = story.publishedAt ?? story.createdAt;
    const address = {
      lang: story.lang,
      slug: story.slug,
      year: String(at.getUTCFullYear()),
      month: String(at.getUTCMonth() + 1).padStart(2, '0'),
    };
    try {
      return (await getPublishedStory(ctx, address)).story.id === story.id;
    } catch (err) {
      if (err instanceof NotFoundError) return false;
      throw err;
    }
  }

  before(async () => {
    tdb = await createTestDatabase(dialect, {}, clock.now);
    await seedNewsroom(tdb.runtime.database.db);
    ctx = tdb.runtime.contextFor();
    s.visible = await publishedAt(ctx, clock, '2026-03-17T08:00:00.000Z', { headline: 'Visible', topics: ['climate'] });
    clock.set(NOW);
    s.draft = await createStory(ctx, { lang: 'en', headline: 'Draft', body: '', topics: ['health'] });
    const up = await publishedAt(ctx, clock, '2026-03-16T08:00:00.000Z', { headline: 'Unpublished', topics: ['health'] });
    s.unpublished = await unpublishStory(ctx, { id: up.id });
    const embargo = await publishedAt(ctx, clock, '2026-03-18T11:00:00.000Z', { headline: 'Embargoed', topics: ['health'] });
    s.embargoed = await rewriteStory(tdb.runtime.database.db, embargo.id, { embargoUntil: new Date('2026-03-18T14:00:00.000Z') });
    const future = await publishedAt(ctx, clock, NOW, { headline: 'Future', regions: ['europe'] });
    s.future = await rewriteStory(tdb.runtime.database.db, future.id, { publishedAt: new Date('2026-03-19T06:00:00.000Z') });
    s.french = await publishedAt(ctx, clock, '2026-03-17T08:00:00.000Z', { lang: 'fr', headline: 'En français' });
    clock.set(NOW);
  });
  after(async () => {
    await tdb.dispose();
  });

  it('lists and opens only published, past, unembargoed stories of the language', async () => {
    assert.deepEqual(await listedSlugs(), ['visible']);
    assert.equal(await opens(s.visible), true);
    for (const hidden of [s.draft, s.unpublished, s.embargoed, s.future]) {
      assert.equal(await opens(hidden), false, hidden.slug);
    }
  });

  it('does not open a story in another language than its own', async () => {
    assert.equal(await opens(s.french), true);
    await assert.rejects(getPublishedStory(ctx, { lang: 'en', slug: s.french.slug, year: '2026', month: '03' }), NotFoundError);
  });

  it('keeps hidden stories off the home page and hidden sections out of navigation', async () => {
    const home = await getHomePage(ctx, 'en');
    const shown = [home.lead, ...home.top, ...home.latest, ...home.topicBlocks.flatMap((b) => b.stories)];
    assert.deepEqual([...new Set(shown.map((x) => x?.slug))], ['visible']);
    const nav = await listNavigation(ctx, 'en');
    assert.deepEqual(nav.topics.map((t) => t.slug), ['climate'], 'health only has hidden stories');
    assert.deepEqual(nav.regions, [], 'europe only has a future story');
  });

  it('shows an embargoed story from the moment the embargo ends', async () => {
    clock.set('2026-03-18T13:59:59.999Z');
    assert.equal(await opens(s.embargoed), false);
    clock.set('2026-03-18T14:00:00.000Z');
    assert.equal(await opens(s.embargoed), true);
    assert.deepEqual(await listedSlugs(), ['embargoed', 'visible']);
  });

  it('shows a future-dated story from its publication time', async () => {
    clock.set('2026-03-19T06:00:00.000Z');
    assert.equal(await opens(s.future), true);
    assert.deepEqual(await listedSlugs(), ['embargoed', 'future', 'visible']);
    assert.deepEqual((await listNavigation(ctx, 'en')).regions.map((r) => r.slug), ['europe']);
  });

  it('hides a story again once it is unpublished, and shows it when republished', async () => {
    clock.set('2026-03-20T00:00:00.000Z');
    const down = await unpublishStory(ctx, { id: s.visible.id });
    assert.equal(await opens(s.visible), false);
    assert.ok(!(await listedSlugs()).includes('visible'));
    await publishStory(ctx, { id: s.visible.id, revision: down.revision });
    assert.equal(await opens(s.visible), true);
  });
});
