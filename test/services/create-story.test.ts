import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { DuplicateError, ValidationError } from '../../src/domain/errors.js';
import type { ServiceContext } from '../../src/services/context.js';
import { createStory } from '../../src/services/create-story.js';
import { getStory } from '../../src/services/get-story.js';
import { listRevisions } from '../../src/services/list-revisions.js';
import { createTestDatabase, forEachDialect, type TestDatabase } from '../support/for-each-dialect.js';
import { manualClock } from './manual-clock.js';

forEachDialect('createStory', (dialect) => {
  const clock = manualClock('2026-03-18T09:30:00.000Z');
  let tdb: TestDatabase;
  let ctx: ServiceContext;
  before(async () => {
    tdb = await createTestDatabase(dialect, {}, clock.now);
    ctx = tdb.runtime.contextFor({ kind: 'user', id: 'u-ed', label: 'Edith Editor', role: 'editor' });
  });
  after(async () => {
    await tdb.dispose();
  });

  it('writes a draft at revision 1 with a slug made from the headline', async () => {
    const story = await createStory(ctx, {
      lang: 'en',
      headline: '  Secretary-General Meets Leaders in Moscow  ',
      standfirst: 'Talks on the region.',
      body: 'The talks began on Thursday.',
      datelinePlace: 'MOSCOW',
    });
    assert.equal(story.slug, 'secretary-general-meets-leaders-in-moscow');
    assert.equal(story.headline, 'Secretary-General Meets Leaders in Moscow');
    assert.equal(story.status, 'draft');
    assert.equal(story.type, 'news');
    assert.equal(story.revision, 1);
    assert.equal(story.publishedAt, null);
    assert.equal(story.translationGroupId, story.id, 'a new story starts its own translation group');
    assert.deepEqual(story.createdAt, clock.now());
    assert.deepEqual(await getStory(ctx, story.id), story, 'what is returned is what is stored');
  });

  it('records the first revision with who created it and a snapshot', async () => {
    const story = await createStory(ctx, { lang: 'en', headline: 'A first revision', body: 'Body text.' });
    const revisions = await listRevisions(ctx, story.id);
    assert.equal(revisions.length, 1);
    const [first] = revisions;
    assert.equal(first?.revision, 1);
    assert.equal(first?.actorLabel, 'Edith Editor');
    assert.equal(first?.note, 'Created');
    assert.deepEqual(first?.createdAt, clock.now());
    assert.equal(first?.snapshot.headline, 'A first revision');
    assert.equal(first?.snapshot.body, 'Body text.');
    assert.equal(first?.snapshot.status, 'draft');
  });

  it('adds -2, -3 … when the headline’s slug is taken in the language', async () => {
    const a = await createStory(ctx, { lang: 'en', headline: 'Floods in the delta', body: '' });
    const b = await createStory(ctx, { lang: 'en', headline: 'Floods in the Delta!', body: '' });
    const c = await createStory(ctx, { lang: 'en', headline: 'Floods — in the delta', body: '' });
    const fr = await createStory(ctx, { lang: 'fr', headline: 'Floods in the delta', body: '' });
    assert.deepEqual([a.slug, b.slug, c.slug], ['floods-in-the-delta', 'floods-in-the-delta-2', 'floods-in-the-delta-3']);
    assert.equal(fr.slug, 'floods-in-the-delta', 'slugs are unique per language only');
  });

  it('makes non-Latin slugs from non-Latin headlines', async () => {
    const ar = await createStory(ctx, { lang: 'ar', headline: 'الأمين العام يلتقي القادة في موسكو', body: '' });
    const zh = await createStory(ctx, { lang: 'zh', headline: '秘书长在莫斯科会见领导人', body: '' });
    const ru = await createStory(ctx, { lang: 'ru', headline: 'Генсек встретился с лидерами в Москве', body: '' });
    assert.equal(ar.slug, 'الأمين-العام-يلتقي-القادة-في-موسكو');
    assert.equal(zh.slug, '秘书长在莫斯科会见领导人');
    assert.equal(ru.slug, 'генсек-встретился-с-лидерами-в-москве');
    assert.equal((await getStory(ctx, ru.id)).slug, ru.slug, 'stored as given');
    const again = await createStory(ctx, { lang: 'ru', headline: 'Генсек встретился с лидерами в Москве', body: '' });
    assert.equal(again.slug, 'генсек-встретился-с-лидерами-в-москве-2');
  });

  it('uses an explicit slug, and refuses one already taken in the language', async () => {
    const story = await createStory(ctx, { lang: 'en', headline: 'Anything', slug: 'chosen-slug', body: '' });
    assert.equal(story.slug, 'chosen-slug');
    await assert.rejects(createStory(ctx, { lang: 'en', headline: 'Other', slug: 'chosen-slug', body: '' }), (err: unknown) => {
      assert.ok(err instanceof DuplicateError);
      assert.equal(err.field, 'slug');
      assert.match(err.message, /chosen-slug/);
      return true;
    });
    const fr = await createStory(ctx, { lang: 'fr', headline: 'Autre', slug: 'chosen-slug', body: '' });
    assert.equal(fr.slug, 'chosen-slug');
  });

  it('refuses a language the site does not publish in, an empty headline, or one without letters', async () => {
    await assert.rejects(createStory(ctx, { lang: 'de', headline: 'Hallo', body: '' }), { field: 'lang' });
    await assert.rejects(createStory(ctx, { lang: 'en', headline: '   ', body: '' }), { field: 'headline' });
    await assert.rejects(createStory(ctx, { lang: 'en', headline: '?!', body: '' }), (err: unknown) => {
      assert.ok(err instanceof ValidationError);
      assert.equal(err.field, 'headline');
      return true;
    });
  });

  it('links a translation to the group of its original', async () => {
    const original = await createStory(ctx, { lang: 'en', headline: 'Water for all', body: '' });
    const translation = await createStory(ctx, {
      lang: 'es',
      headline: 'Agua para todos',
      body: '',
      translationGroupId: original.translationGroupId,
    });
    assert.equal(translation.translationGroupId, original.id);
  });
});
