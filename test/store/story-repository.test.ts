import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Story } from '../../src/domain/story.js';
import { createRevisionRepository } from '../../src/store/revision-repository.js';
import { createStoryRepository, type StoryRepository } from '../../src/store/story-repository.js';
import { createTermRepository, type TermRepository } from '../../src/store/term-repository.js';
import { createTestDatabase, forEachDialect, type TestDatabase } from '../support/for-each-dialect.js';

const T0 = new Date('2026-03-18T12:00:00.123Z');

/** A stored story value with everything a test does not care about filled in. */
function makeStory(overrides: Partial<Story> & { id: string; slug: string }): Story {
  return {
    translationGroupId: overrides.id,
    lang: 'en',
    type: 'news',
    status: 'draft',
    headline: `Headline ${overrides.slug}`,
    standfirst: 'Standfirst.',
    body: 'Body.',
    datelinePlace: 'GENEVA',
    featured: false,
    authors: [],
    topics: [],
    regions: [],
    tags: [],
    corrections: [],
    createdAt: T0,
    updatedAt: T0,
    publishedAt: null,
    scheduledAt: null,
    embargoUntil: null,
    revision: 1,
    createdBy: null,
    heroMediaId: null,
    heroCaption: null,
    heroCredit: null,
    ...overrides,
  };
}

const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

forEachDialect('story repository', (dialect) => {
  let tdb: TestDatabase;
  let stories: StoryRepository;
  let terms: TermRepository;
  before(async () => {
    tdb = await createTestDatabase(dialect);
    stories = createStoryRepository(tdb.runtime.database.db);
    terms = createTermRepository(tdb.runtime.database.db);
  });
  after(async () => {
    await tdb.dispose();
  });

  it('stores and reads back every field, dates to the millisecond', async () => {
    const climate = await terms.upsert({ id: 'rt-climate', kind: 'topic', slug: 'climate', names: { en: 'Climate' } });
    const story = makeStory({
      id: 'r1',
      slug: 'round-trip',
      headline: 'Round trip: “quotes”, émojis 🌍 and العربية',
      featured: true,
      topics: [climate],
      publishedAt: minutes(-30),
      scheduledAt: minutes(60),
      embargoUntil: minutes(90),
      status: 'published',
    });
    await stories.insert(story);
    assert.deepEqual(await stories.findById('r1'), story);
    assert.deepEqual(await stories.findBySlug('en', 'round-trip'), story);
    assert.equal(await stories.findBySlug('fr', 'round-trip'), undefined);
  });

  it('updates only from the stored revision, writing nothing otherwise', async () => {
    const story = makeStory({ id: 'r2', slug: 'revisions' });
    await stories.insert(story);
    assert.equal(await stories.update({ ...story, headline: 'Stale', revision: 2 }, 5), false);
    assert.equal((await stories.findById('r2'))?.headline, story.headline);
    assert.equal(await stories.update({ ...story, headline: 'Fresh', revision: 2 }, 1), true);
    const saved = await stories.findById('r2');
    assert.equal(saved?.headline, 'Fresh');
    assert.equal(saved?.revision, 2);
  });

  it('finds a published story by slug only while readers may see it', async () => {
    await stories.insert(makeStory({ id: 'v1', slug: 'visible', status: 'published', publishedAt: minutes(-1) }));
    await stories.insert(makeStory({ id: 'v2', slug: 'draft', publishedAt: minutes(-1) }));
    await stories.insert(makeStory({ id: 'v3', slug: 'future', status: 'published', publishedAt: minutes(10) }));
    await stories.insert(
      makeStory({ id: 'v4', slug: 'embargoed', status: 'published', publishedAt: minutes(-1), embargoUntil: minutes(10) }),
    );
    assert.equal((await stories.findPublishedBySlug('en', 'visible', T0))?.id, 'v1');
    assert.equal(await stories.findPublishedBySlug('fr', 'visible', T0), undefined);
    assert.equal(await stories.findPublishedBySlug('en', 'draft', T0), undefined);
    assert.equal(await stories.findPublishedBySlug('en', 'future', T0), undefined);
    assert.equal(await stories.findPublishedBySlug('en', 'embargoed', T0), undefined);
    assert.equal((await stories.findPublishedBySlug('en', 'future', minutes(10)))?.id, 'v3', 'visible at its publication time');
    assert.equal((await stories.findPublishedBySlug('en', 'embargoed', minutes(10)))?.id, 'v4', 'visible when the embargo ends');
  });

  it('knows which slugs are taken in a language', async () => {
    await stories.insert(makeStory({ id: 's1', slug: 'floods' }));
    await stories.insert(makeStory({ id: 's2', slug: 'floods-2' }));
    await stories.insert(makeStory({ id: 's3', slug: 'floodsx', lang: 'fr' }));
    assert.equal(await stories.existsSlugInLanguage('en', 'floods'), true);
    assert.equal(await stories.existsSlugInLanguage('en', 'floods', 's1'), false, 'its own slug is not taken');
    assert.equal(await stories.existsSlugInLanguage('fr', 'floods'), false);
    assert.deepEqual((await stories.listSlugsStartingWith('en', 'floods')).sort(), ['floods', 'floods-2']);
  });

  it('lists pages with the total of the whole list', async () => {
    for (let i = 0; i < 5; i++) {
      await stories.insert(
        makeStory({ id: `p${i}`, slug: `paged-${i}`, lang: 'es', status: 'published', publishedAt: minutes(-10 + i) }),
      );
    }
    const first = await stories.listSummaries({ lang: 'es', visibleAt: T0 }, { limit: 2, offset: 0 });
    const last = await stories.listSummaries({ lang: 'es', visibleAt: T0 }, { limit: 2, offset: 4 });
    assert.equal(first.total, 5);
    assert.equal(last.total, 5);
    assert.deepEqual(first.items.map((s) => s.id), ['p4', 'p3']);
    assert.deepEqual(last.items.map((s) => s.id), ['p0']);
    assert.ok(!('body' in first.items[0]!), 'summaries leave the body out');
  });

  it('deletes a story with its links and revisions but keeps shared terms', async () => {
    const tag = await terms.upsert({ id: 'dt', kind: 'tag', slug: 'to-keep', names: { en: 'To keep' } });
    const story = makeStory({ id: 'd1', slug: 'to-delete', tags: [tag] });
    await stories.insert(story);
    const revisions = createRevisionRepository(tdb.runtime.database.db);
    await revisions.insert({ storyId: 'd1', revision: 1, createdAt: T0, actorLabel: 'Test', note: null, snapshot: {} as never });
    await stories.delete('d1');
    assert.equal(await stories.findById('d1'), undefined);
    assert.deepEqual(await revisions.listByStory('d1'), []);
    const links = await tdb.runtime.database.db.selectFrom('story_terms').selectAll().where('story_id', '=', 'd1').execute();
    assert.deepEqual(links, []);
    assert.equal((await terms.findBySlug('tag', 'to-keep'))?.id, 'dt');
  });
});
