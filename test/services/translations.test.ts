/**
 * Translations through the services, on both dialects: starting one (what is carried over,
 * what is not, who may, which languages), a story's versions, and the translation board —
 * a missing language, and a translation that becomes outdated when its source's text changes
 * and up to date again when the translation is revised.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Role } from '../../src/domain/actor.js';
import { DuplicateError, ForbiddenError, NotFoundError, ValidationError } from '../../src/domain/errors.js';
import type { Story } from '../../src/domain/story.js';
import type { ServiceContext } from '../../src/services/context.js';
import { createStory } from '../../src/services/create-story.js';
import { listAuditEvents } from '../../src/services/list-audit-events.js';
import { listRevisions } from '../../src/services/list-revisions.js';
import { listTranslationStatus } from '../../src/services/list-translation-status.js';
import { listTranslations } from '../../src/services/list-translations.js';
import { publishStory } from '../../src/services/publish-story.js';
import { startTranslation } from '../../src/services/start-translation.js';
import type { TranslationGroup } from '../../src/services/translation-group.js';
import { updateStory } from '../../src/services/update-story.js';
import { createTestDatabase, forEachDialect, type TestDatabase } from '../support/for-each-dialect.js';
import { manualClock } from './manual-clock.js';
import { seedNewsroom } from './newsroom.js';

const LANGUAGES = 'en,fr,es,ar,zh,ru';

forEachDialect('translations', (dialect) => {
  const clock = manualClock('2026-04-01T08:00:00.000Z');
  let tdb: TestDatabase;
  const as = {} as Record<Role, ServiceContext>;

  before(async () => {
    tdb = await createTestDatabase(dialect, { DATELINE_LANGUAGES: LANGUAGES }, clock.now);
    await seedNewsroom(tdb.runtime.database.db);
    for (const role of ['contributor', 'editor', 'admin'] as const) {
      as[role] = tdb.runtime.contextFor({ kind: 'user', id: `user-${role}`, label: `The ${role}`, role });
    }
  });
  after(async () => {
    await tdb?.dispose();
  });

  /** A story in English written by the editor, with everything a translation carries over. */
  function writeSource(headline: string, extra: Partial<Parameters<typeof createStory>[1]> = {}): Promise<Story> {
    return createStory(as.editor, {
      lang: 'en',
      headline,
      standfirst: `Why “${headline}” matters.`,
      body: `The first paragraph of “${headline}”.\n\nA second paragraph.`,
      type: 'feature',
      datelinePlace: 'NAIROBI',
      topics: ['health', 'climate'],
      regions: ['africa'],
      authors: ['amara-okafor', 'lucas-moreau'],
      ...extra,
    });
  }

  /** The board's entry for one translation group, or undefined when the board leaves it out. */
  async function boardEntry(groupId: string, filter: { lang?: string; state?: string } = {}): Promise<TranslationGroup | undefined> {
    const board = await listTranslationStatus(as.editor, { ...filter, page: 1, limit: 100 });
    return board.items.find((g) => g.translationGroupId === groupId);
  }

  describe('starting a translation', () => {
    it('makes a draft in the new language, in the same group, with the text and filing carried over', async () => {
      clock.set('2026-04-01T08:00:00.000Z');
      const embargo = new Date('2026-04-03T06:00:00.000Z');
      const source = await writeSource('Clinics reopen after the floods', { embargoUntil: embargo });
      clock.advance(30);
      const arabic = await startTranslation(as.editor, { storyId: source.id, lang: 'ar' });

      assert.notEqual(arabic.id, source.id);
      assert.equal(arabic.lang, 'ar');
      assert.equal(arabic.translationGroupId, source.translationGroupId);
      assert.equal(arabic.status, 'draft');
      assert.equal(arabic.revision, 1);
      assert.equal(arabic.createdBy, 'user-editor');
      assert.deepEqual(arabic.createdAt, new Date('2026-04-01T08:30:00.000Z'));
      // The text to translate over, as the source has it.
      assert.equal(arabic.headline, source.headline);
      assert.equal(arabic.standfirst, source.standfirst);
      assert.equal(arabic.body, source.body);
      // Filing carried over.
      assert.equal(arabic.type, 'feature');
      assert.equal(arabic.datelinePlace, 'NAIROBI');
      assert.deepEqual(arabic.topics.map((t) => t.slug), ['health', 'climate']);
      assert.deepEqual(arabic.regions.map((t) => t.slug), ['africa']);
      assert.deepEqual(arabic.authors.map((a) => a.slug), ['amara-okafor', 'lucas-moreau']);
      assert.deepEqual(arabic.embargoUntil, embargo, 'the embargo of the news holds in every language');
      // Its own life: slug free in Arabic, no publication, nothing of the source's history.
      assert.equal(arabic.slug, source.slug, 'the slug is free in Arabic, so the same words are used');
      assert.equal(arabic.publishedAt, null);
      assert.deepEqual(arabic.corrections, []);

      const revisions = await listRevisions(as.editor, arabic.id);
      assert.equal(revisions.length, 1);
      assert.match(revisions[0]!.note ?? '', /from the en version at revision 1/);
      const audit = await listAuditEvents(as.admin, { storyId: arabic.id, page: 1, limit: 10 });
      assert.deepEqual(audit.items.map((e) => e.action), ['story.translation_started']);
    });

    it('does not carry over publication, the home page lead or corrections', async () => {
      clock.set('2026-04-01T09:00:00.000Z');
      const source = await writeSource('Grain ships leave the port', { featured: true });
      const published = await publishStory(as.editor, { id: source.id });
      assert.equal(published.status, 'published');
      const french = await startTranslation(as.admin, { storyId: source.id, lang: 'fr' });
      assert.equal(french.status, 'draft');
      assert.equal(french.featured, false);
      assert.equal(french.publishedAt, null);
      assert.equal(french.scheduledAt, null);
      assert.equal(french.createdBy, 'user-admin');
    });

    it('starts from any version, and a second slug in the language gets a number', async () => {
      clock.set('2026-04-01T10:00:00.000Z');
      const source = await writeSource('Rains return to the Sahel');
      const russian = await startTranslation(as.editor, { storyId: source.id, lang: 'ru' });
      const chinese = await startTranslation(as.editor, { storyId: russian.id, lang: 'zh' });
      assert.equal(chinese.translationGroupId, source.translationGroupId);
      // Another story whose headline makes the same slug in Chinese.
      const other = await writeSource('Rains return to the Sahel');
      const chineseOther = await startTranslation(as.editor, { storyId: other.id, lang: 'zh' });
      assert.equal(chineseOther.slug, `${chinese.slug}-2`);
    });

    it('refuses contributors with a 403 that names the roles that may', async () => {
      const source = await writeSource('A contributor cannot translate');
      await assert.rejects(startTranslation(as.contributor, { storyId: source.id, lang: 'fr' }), (err: unknown) => {
        assert.ok(err instanceof ForbiddenError);
        assert.equal(err.message, 'only editor or admin may start a translation; you are contributor');
        return true;
      });
      assert.deepEqual((await listTranslations(as.contributor, source.id)).versions.map((v) => v.lang), ['en']);
    });

    it('refuses a language the site does not publish in (400), a language it has (409), a story that is not there (404)', async () => {
      const source = await writeSource('Refusals of a translation');
      await assert.rejects(startTranslation(as.editor, { storyId: source.id, lang: 'de' }), (err: unknown) => {
        assert.ok(err instanceof ValidationError);
        assert.equal(err.field, 'lang');
        assert.match(err.message, /"de" is not a language this site publishes in \(en, fr, es, ar, zh, ru\)/);
        return true;
      });
      await assert.rejects(startTranslation(as.editor, { storyId: source.id, lang: 'en' }), DuplicateError);
      const spanish = await startTranslation(as.editor, { storyId: source.id, lang: 'es' });
      await assert.rejects(startTranslation(as.editor, { storyId: source.id, lang: 'es' }), (err: unknown) => {
        assert.ok(err instanceof DuplicateError);
        assert.equal(err.code, 'duplicate');
        assert.match(err.message, new RegExp(`already has a es version \\(story ${spanish.id}\\)`));
        return true;
      });
      await assert.rejects(startTranslation(as.editor, { storyId: 'f'.repeat(24), lang: 'fr' }), NotFoundError);
    });

    it('makes one draft when two people start the same translation at once', async () => {
      const source = await writeSource('Two editors, one translation');
      const results = await Promise.allSettled([
        startTranslation(as.editor, { storyId: source.id, lang: 'fr' }),
        startTranslation(as.admin, { storyId: source.id, lang: 'fr' }),
      ]);
      assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
      const lost = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      assert.ok(lost?.reason instanceof DuplicateError, String(lost?.reason));
      assert.deepEqual((await listTranslations(as.editor, source.id)).versions.map((v) => v.lang), ['en', 'fr']);
    });
  });

  describe("a story's versions", () => {
    it('lists every version, the source first, and the languages missing', async () => {
      clock.set('2026-04-02T08:00:00.000Z');
      const source = await writeSource('Versions of one story');
      clock.advance(5);
      const french = await startTranslation(as.editor, { storyId: source.id, lang: 'fr' });
      clock.advance(5);
      await startTranslation(as.editor, { storyId: source.id, lang: 'ar' });
      // Asked of any version, any role: the same group.
      const group = await listTranslations(as.contributor, french.id);
      assert.equal(group.translationGroupId, source.translationGroupId);
      assert.deepEqual(group.versions.map((v) => [v.lang, v.isSource, v.outdated, v.status]), [
        ['en', true, false, 'draft'],
        ['fr', false, false, 'draft'],
        ['ar', false, false, 'draft'],
      ]);
      assert.equal(group.source.id, source.id);
      assert.deepEqual(group.missing, ['es', 'zh', 'ru']);
      assert.deepEqual(group.versions[1]!.textRevisedAt, new Date('2026-04-02T08:05:00.000Z'));
      await assert.rejects(listTranslations(as.editor, 'f'.repeat(24)), NotFoundError);
    });
  });

  describe('the translation board', () => {
    it('lists a story that lacks languages, by language and by state', async () => {
      clock.set('2026-04-03T08:00:00.000Z');
      const alone = await writeSource('Only in English so far');
      const entry = await boardEntry(alone.translationGroupId);
      assert.ok(entry, 'a story in one language is on the board');
      assert.deepEqual(entry.missing, ['fr', 'es', 'ar', 'zh', 'ru']);
      assert.equal(entry.source.headline, 'Only in English so far');
      assert.ok(await boardEntry(alone.translationGroupId, { lang: 'fr', state: 'missing' }));
      assert.equal(await boardEntry(alone.translationGroupId, { state: 'outdated' }), undefined, 'nothing of it is outdated');

      await startTranslation(as.editor, { storyId: alone.id, lang: 'fr' });
      assert.equal(await boardEntry(alone.translationGroupId, { lang: 'fr', state: 'missing' }), undefined, 'French is there now');
      assert.deepEqual((await boardEntry(alone.translationGroupId, { lang: 'es' }))?.missing, ['es', 'ar', 'zh', 'ru']);
    });

    it('flags a translation once its source is rewritten, and clears the flag when the translation is revised', async () => {
      clock.set('2026-04-04T08:00:00.000Z');
      const source = await writeSource('Harbour cranes return to work');
      clock.advance(10);
      const french = await startTranslation(as.editor, { storyId: source.id, lang: 'fr' });
      clock.advance(10);
      const frenchText = await updateStory(as.editor, {
        id: french.id,
        revision: french.revision,
        fields: { headline: 'Les grues du port reprennent le travail', body: 'Le premier paragraphe, traduit.' },
      });
      assert.equal(await boardEntry(source.translationGroupId, { state: 'outdated' }), undefined, 'the translation is newer than its source');

      // Steps and filing on the source are not a change of text.
      clock.advance(10);
      const published = await publishStory(as.editor, { id: source.id });
      clock.advance(10);
      const refiled = await updateStory(as.editor, { id: source.id, revision: published.revision, fields: { topics: ['health'] } });
      assert.equal(await boardEntry(source.translationGroupId, { state: 'outdated' }), undefined, 'publishing and refiling change no text');

      // The source's body is rewritten after the translation was last revised.
      clock.advance(10);
      await updateStory(as.editor, { id: source.id, revision: refiled.revision, fields: { body: 'A new first paragraph.\n\nA second paragraph.' } });
      const outdated = await boardEntry(source.translationGroupId, { state: 'outdated' });
      assert.ok(outdated, 'the board lists the outdated translation');
      const frenchVersion = outdated.versions.find((v) => v.lang === 'fr');
      assert.equal(frenchVersion?.outdated, true);
      assert.equal(outdated.source.outdated, false);
      assert.deepEqual(outdated.source.textRevisedAt, new Date('2026-04-04T08:50:00.000Z'));
      assert.deepEqual(frenchVersion?.textRevisedAt, new Date('2026-04-04T08:20:00.000Z'));
      assert.ok(await boardEntry(source.translationGroupId, { lang: 'fr', state: 'outdated' }), 'outdated in French');
      assert.equal(await boardEntry(source.translationGroupId, { lang: 'es', state: 'outdated' }), undefined, 'nothing Spanish is outdated');
      assert.equal((await listTranslations(as.editor, french.id)).versions.find((v) => v.lang === 'fr')?.outdated, true);

      // The translator brings the French up to date.
      clock.advance(10);
      await updateStory(as.editor, { id: french.id, revision: frenchText.revision, fields: { body: 'Un nouveau premier paragraphe.' } });
      assert.equal(await boardEntry(source.translationGroupId, { state: 'outdated' }), undefined, 'the flag is gone');
      assert.equal((await listTranslations(as.editor, source.id)).versions.find((v) => v.lang === 'fr')?.outdated, false);
      assert.ok(await boardEntry(source.translationGroupId, { state: 'missing' }), 'still missing four languages');
    });

    it('counts a headline or standfirst change of the source as a change of text', async () => {
      clock.set('2026-04-05T08:00:00.000Z');
      const source = await writeSource('Standfirst rewritten');
      const russian = await startTranslation(as.editor, { storyId: source.id, lang: 'ru' });
      clock.advance(1);
      await updateStory(as.editor, { id: source.id, revision: source.revision, fields: { standfirst: 'A sharper standfirst.' } });
      assert.equal((await listTranslations(as.editor, russian.id)).versions.find((v) => v.id === russian.id)?.outdated, true);
    });

    it('pages the board, most recently updated first, with the total', async () => {
      clock.set('2026-04-06T08:00:00.000Z');
      const first = await listTranslationStatus(as.editor, { page: 1, limit: 2 });
      assert.equal(first.items.length, 2);
      assert.ok(first.total > 2);
      const second = await listTranslationStatus(as.editor, { page: 2, limit: 2 });
      assert.equal(second.total, first.total);
      const firstIds = new Set(first.items.map((g) => g.translationGroupId));
      assert.ok(second.items.every((g) => !firstIds.has(g.translationGroupId)), 'pages do not overlap');
      const latest = await writeSource('The newest story on the board');
      assert.equal((await listTranslationStatus(as.editor, { page: 1, limit: 1 })).items[0]?.translationGroupId, latest.translationGroupId);
    });

    it('is for editors and admins, and names a bad filter', async () => {
      await assert.rejects(listTranslationStatus(as.contributor, { page: 1, limit: 10 }), (err: unknown) => {
        assert.ok(err instanceof ForbiddenError);
        assert.equal(err.message, 'only editor or admin may see the translation board; you are contributor');
        return true;
      });
      assert.ok((await listTranslationStatus(as.admin, { page: 1, limit: 10 })).total > 0);
      await assert.rejects(listTranslationStatus(as.editor, { state: 'stale', page: 1, limit: 10 }), /state: must be missing or outdated, not "stale"/);
      await assert.rejects(listTranslationStatus(as.editor, { lang: 'pt', page: 1, limit: 10 }), /lang: "pt" is not a language this site publishes in/);
    });
  });
});
