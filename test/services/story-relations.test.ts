import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { ValidationError } from '../../src/domain/errors.js';
import type { ServiceContext } from '../../src/services/context.js';
import { createStory } from '../../src/services/create-story.js';
import { getStory } from '../../src/services/get-story.js';
import { listStories } from '../../src/services/list-stories.js';
import { updateStory } from '../../src/services/update-story.js';
import { createTermRepository } from '../../src/store/term-repository.js';
import { createTestDatabase, forEachDialect, type TestDatabase } from '../support/for-each-dialect.js';
import { manualClock } from './manual-clock.js';
import { seedNewsroom } from './newsroom.js';

forEachDialect('story topics, regions, tags and authors', (dialect) => {
  const clock = manualClock('2026-03-18T09:00:00.000Z');
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

  it('keep the order they were given in, on create and on read', async () => {
    const story = await createStory(ctx, {
      lang: 'en',
      headline: 'Order matters',
      body: '',
      topics: ['health', 'climate'],
      regions: ['europe', 'africa'],
      tags: ['zebra', 'aardvark'],
      authors: ['sofia-lindqvist', 'amara-okafor'],
    });
    const stored = await getStory(ctx, story.id);
    assert.deepEqual(stored.topics.map((t) => t.slug), ['health', 'climate']);
    assert.deepEqual(stored.regions.map((t) => t.slug), ['europe', 'africa']);
    assert.deepEqual(stored.tags.map((t) => t.slug), ['zebra', 'aardvark']);
    assert.deepEqual(stored.authors.map((a) => a.slug), ['sofia-lindqvist', 'amara-okafor']);
    assert.equal(stored.authors[0]?.name, 'Sofia Lindqvist');
    assert.deepEqual(stored.topics[0]?.names, { en: 'Topic health', fr: 'Thème health' });
    assert.deepEqual(story, stored, 'the returned story matches the stored one');
  });

  it('are replaced by an update that names them and kept by one that does not', async () => {
    const story = await createStory(ctx, { lang: 'en', headline: 'Refiled', body: '', topics: ['climate'], tags: ['rain'] });
    const refiled = await updateStory(ctx, { id: story.id, revision: 1, fields: { topics: ['peace-and-security', 'health'] } });
    assert.deepEqual(refiled.topics.map((t) => t.slug), ['peace-and-security', 'health']);
    assert.deepEqual(refiled.tags.map((t) => t.slug), ['rain'], 'tags untouched');
    const retold = await updateStory(ctx, { id: story.id, revision: 2, fields: { body: 'More.' } });
    assert.deepEqual(retold.topics.map((t) => t.slug), ['peace-and-security', 'health']);
    const cleared = await updateStory(ctx, { id: story.id, revision: 3, fields: { tags: [] } });
    assert.deepEqual(cleared.tags, []);
    assert.deepEqual((await getStory(ctx, story.id)).tags, []);
  });

  it('refuse an unknown topic, region or author, naming the field, and write nothing', async () => {
    const countBefore = (await listStories(ctx, { page: 1, limit: 100 })).total;
    const attempts = [
      { field: 'topics', input: { topics: ['climate', 'astrology'] } },
      { field: 'regions', input: { regions: ['atlantis'] } },
      { field: 'authors', input: { authors: ['nobody-at-all'] } },
    ];
    for (const { field, input } of attempts) {
      await assert.rejects(createStory(ctx, { lang: 'en', headline: `Unknown ${field}`, body: '', ...input }), (err: unknown) => {
        assert.ok(err instanceof ValidationError, String(err));
        assert.equal(err.field, field);
        return true;
      });
    }
    assert.equal((await listStories(ctx, { page: 1, limit: 100 })).total, countBefore);
    assert.equal(await createTermRepository(tdb.runtime.database.db).findBySlug('topic', 'astrology'), undefined);
  });

  it('create tags on first use, named in the story’s language', async () => {
    const story = await createStory(ctx, { lang: 'fr', headline: 'Sécheresse', body: '', tags: ['saison-seche'] });
    const tag = await createTermRepository(tdb.runtime.database.db).findBySlug('tag', 'saison-seche');
    assert.ok(tag, 'the tag exists');
    assert.deepEqual(tag.names, { fr: 'Saison seche' });
    assert.equal(story.tags[0]?.id, tag.id);
    const second = await createStory(ctx, { lang: 'en', headline: 'Dry season', body: '', tags: ['saison-seche'] });
    assert.equal(second.tags[0]?.id, tag.id, 'a known tag is reused');
  });

  it('create missing topics and regions only when asked to (imports)', async () => {
    const story = await createStory(
      ctx,
      { lang: 'en', headline: 'Imported', body: '', topics: ['oceans'], regions: ['arctic'] },
      { terms: { createMissing: true, labels: { oceans: 'Oceans and seas' } } },
    );
    assert.deepEqual(story.topics.map((t) => [t.slug, t.names.en]), [['oceans', 'Oceans and seas']]);
    assert.deepEqual(story.regions.map((t) => [t.slug, t.names.en]), [['arctic', 'Arctic']]);
  });
});
