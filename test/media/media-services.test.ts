/**
 * The media library's use cases on both databases, with real generated files: one item per
 * set of bytes, variants made by the durable job, metadata per language, the focal point's
 * re-crop, where-used and the delete rule, search and filters, and the publish rule that a
 * hero image must be described in the story's language.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import type { Actor } from '../../src/domain/actor.js';
import { ForbiddenError, TransitionError, ValidationError } from '../../src/domain/errors.js';
import { MediaInUseError } from '../../src/domain/media-errors.js';
import { shareCardName } from '../../src/domain/media.js';
import type { ServiceContext } from '../../src/services/context.js';
import { createStory } from '../../src/services/create-story.js';
import { deleteMedia } from '../../src/services/delete-media.js';
import { getMedia } from '../../src/services/get-media.js';
import { listMedia } from '../../src/services/list-media.js';
import { publishStory } from '../../src/services/publish-story.js';
import { scheduleStory } from '../../src/services/schedule-story.js';
import { updateMedia } from '../../src/services/update-media.js';
import { updateStory } from '../../src/services/update-story.js';
import { uploadMedia } from '../../src/services/upload-media.js';
import { createTestDatabase, forEachDialect, type TestDatabase } from '../support/for-each-dialect.js';
import { manualClock } from '../services/manual-clock.js';
import { photo } from './test-images.js';

const WRITER: Actor = { kind: 'user', id: 'u-writer', label: 'Wanda Writer', role: 'contributor' };
const OTHER_WRITER: Actor = { kind: 'user', id: 'u-other', label: 'Otto Other', role: 'contributor' };
const EDITOR: Actor = { kind: 'user', id: 'u-editor', label: 'Edith Editor', role: 'editor' };

forEachDialect('the media library', (dialect) => {
  const clock = manualClock('2026-03-18T09:00:00.000Z');
  let tdb: TestDatabase;
  let editor: ServiceContext;
  let writer: ServiceContext;
  before(async () => {
    tdb = await createTestDatabase(dialect, { DATELINE_LANGUAGES: 'en,fr,ar' }, clock.now);
    editor = tdb.runtime.contextFor(EDITOR);
    writer = tdb.runtime.contextFor(WRITER);
  });
  after(async () => {
    await tdb.dispose();
  });

  const filePath = (hash: string, name: string) => join(tdb.config.mediaDir, hash.slice(0, 2), hash, name);

  it('stores the same bytes once: a second upload gives back the first item', async () => {
    const bytes = await photo('jpeg', 640, 400);
    const first = await uploadMedia(writer, { filename: 'market.jpg', bytes });
    const second = await uploadMedia(editor, { filename: 'copy-of-market.jpg', bytes });
    assert.equal(first.created, true);
    assert.equal(second.created, false);
    assert.equal(second.media.id, first.media.id);
    assert.equal(second.media.filename, 'market.jpg');
    const all = await listMedia(editor, { page: 1, limit: 50, q: 'market' });
    assert.equal(all.total, 1);
    assert.ok(existsSync(filePath(first.media.hash, 'original.jpg')));
  });

  it('makes the variants in a durable job, then lists them with the item', async () => {
    const { media } = await uploadMedia(writer, { filename: 'harbour.png', bytes: await photo('png', 1400, 900) });
    assert.deepEqual(media.variants, []);
    const summary = await tdb.runtime.jobs.runDueJobs();
    assert.ok(summary.done >= 1, JSON.stringify(summary));
    const { media: made } = await getMedia(editor, media.id);
    const names = made.variants.map((v) => v.name);
    for (const name of ['w320.avif', 'w320.webp', 'w320.jpg', 'w1280.avif', 'w1280.jpg', shareCardName(made.focalPoint)]) {
      assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
    }
    assert.ok(!names.some((n) => n.startsWith('w1600')), 'never upscaled past the original 1400 px');
    assert.ok(made.variants.every((v) => v.bytes <= made.bytes));
    for (const v of made.variants) assert.ok(existsSync(filePath(made.hash, v.name)), v.name);
  });

  it('keeps alt text and captions per language, credit and source, and refuses a language the site lacks', async () => {
    const { media } = await uploadMedia(writer, { filename: 'clinic.webp', bytes: await photo('webp', 500, 300) });
    const updated = await updateMedia(writer, {
      id: media.id,
      metadata: {
        alt: { en: 'Nurses unload boxes of vaccines from a truck', fr: 'Des infirmières déchargent des vaccins' },
        caption: { en: 'The first delivery reached the clinic on Monday.' },
        credit: 'Dateline/Illustration',
        source: 'Made for the test',
      },
    });
    assert.equal(updated.alt.fr, 'Des infirmières déchargent des vaccins');
    assert.equal(updated.credit, 'Dateline/Illustration');
    const removed = await updateMedia(editor, { id: media.id, metadata: { alt: { fr: '' } } });
    assert.deepEqual(Object.keys(removed.alt), ['en']);
    await assert.rejects(updateMedia(editor, { id: media.id, metadata: { alt: { de: 'Ein Bild' } } }), ValidationError);
    await assert.rejects(updateMedia(editor, { id: media.id, metadata: { focalPoint: { x: 1.5, y: 0.5 } } }), /focalPoint.x/);
  });

  it('lets contributors change only the pictures they uploaded', async () => {
    const { media } = await uploadMedia(writer, { filename: 'mine.png', bytes: await photo('png', 320, 200) });
    const other = tdb.runtime.contextFor(OTHER_WRITER);
    await assert.rejects(updateMedia(other, { id: media.id, metadata: { credit: 'Someone' } }), ForbiddenError);
    await assert.rejects(deleteMedia(other, media.id), /only editor or admin \(or whoever uploaded it\)/);
    await updateMedia(editor, { id: media.id, metadata: { credit: 'Editor fixed it' } });
  });

  it('cuts a new sharing card when the focal point moves, and removes the old one', async () => {
    const { media } = await uploadMedia(writer, { filename: 'wide.jpg', bytes: await photo('jpeg', 1800, 700) });
    await tdb.runtime.jobs.runDueJobs();
    const oldCard = shareCardName(media.focalPoint);
    assert.ok(existsSync(filePath(media.hash, oldCard)));
    await updateMedia(writer, { id: media.id, metadata: { focalPoint: { x: 0.8, y: 0.3 } } });
    await tdb.runtime.jobs.runDueJobs();
    const { media: after } = await getMedia(editor, media.id);
    const newCard = shareCardName({ x: 0.8, y: 0.3 });
    assert.ok(after.variants.some((v) => v.name === newCard));
    assert.ok(!after.variants.some((v) => v.name === oldCard));
    assert.ok(existsSync(filePath(media.hash, newCard)));
    assert.ok(!existsSync(filePath(media.hash, oldCard)), 'the old card is gone');
    assert.ok(existsSync(filePath(media.hash, 'w640.jpg')), 'the widths were kept');
  });

  it('refuses to publish or schedule a story whose hero image has no alt text in its language', async () => {
    const { media } = await uploadMedia(writer, { filename: 'flood.jpg', bytes: await photo('jpeg', 800, 500) });
    await updateMedia(writer, { id: media.id, metadata: { alt: { fr: 'Une rue inondée' } } });
    const draft = await createStory(writer, { lang: 'en', headline: 'Floods close the coast road', body: 'Water rose.', heroMediaId: media.id });
    assert.equal(draft.heroMediaId, media.id);
    const err = await publishStory(editor, { id: draft.id }).catch((e: unknown) => e);
    assert.ok(err instanceof TransitionError, String(err));
    assert.match(err.message, /hero image "flood\.jpg" has no alt text in en; describe what the picture shows/);
    await assert.rejects(scheduleStory(editor, { id: draft.id, at: new Date('2026-03-19T09:00:00Z') }), /no alt text in en/);
    await updateMedia(writer, { id: media.id, metadata: { alt: { en: 'A flooded street with parked cars' } } });
    const published = await publishStory(editor, { id: draft.id });
    assert.equal(published.status, 'published');
    // Once published, the description in the story's language can be rewritten but not removed.
    await assert.rejects(updateMedia(editor, { id: media.id, metadata: { alt: { en: '' } } }), /cannot remove the alt text in en: the picture leads a published story/);
    await updateMedia(editor, { id: media.id, metadata: { alt: { en: 'Cars half under water in a flooded street', fr: '' } } });
  });

  it('refuses to give a published story a hero image without alt text', async () => {
    const { media } = await uploadMedia(writer, { filename: 'undescribed.png', bytes: await photo('png', 300, 300) });
    const draft = await createStory(editor, { lang: 'en', headline: 'Rains return', body: 'At last.' });
    const live = await publishStory(editor, { id: draft.id });
    await assert.rejects(updateStory(editor, { id: live.id, revision: live.revision, fields: { heroMediaId: media.id } }), TransitionError);
    await assert.rejects(
      createStory(editor, { lang: 'en', headline: 'Bad id', body: '.', heroMediaId: 'f'.repeat(24) }),
      /heroMediaId: there is no media item/,
    );
  });

  it('says where an item is used, and will not delete it while a story uses it', async () => {
    const { media } = await uploadMedia(writer, { filename: 'summit.jpg', bytes: await photo('jpeg', 700, 420) });
    const story = await createStory(writer, { lang: 'en', headline: 'Summit opens', body: 'Leaders met.', heroMediaId: media.id, heroCaption: 'Delegates arrive.' });
    const { uses } = await getMedia(editor, media.id);
    assert.deepEqual(uses.map((u) => u.storyId), [story.id]);
    const err = await deleteMedia(editor, media.id).catch((e: unknown) => e);
    assert.ok(err instanceof MediaInUseError);
    assert.match(err.message, /hero image of a story \("Summit opens"\)/);
    await updateStory(writer, { id: story.id, revision: story.revision, fields: { heroMediaId: null } });
    await tdb.runtime.jobs.runDueJobs();
    await deleteMedia(editor, media.id);
    assert.ok(!existsSync(join(tdb.config.mediaDir, media.hash.slice(0, 2), media.hash)), 'files removed');
    await assert.rejects(getMedia(editor, media.id), /no media item/);
  });

  it('searches by caption, credit and filename, and filters by use and missing alt text', async () => {
    const a = await uploadMedia(writer, { filename: 'goats-at-dawn.jpg', bytes: await photo('jpeg', 330, 200) });
    await updateMedia(writer, { id: a.media.id, metadata: { caption: { fr: 'Chèvres au marché de Niamey' }, credit: 'Agence Sahel' } });
    const byCaption = await listMedia(editor, { page: 1, limit: 10, q: 'NIAMEY' });
    assert.deepEqual(byCaption.items.map((i) => i.media.id), [a.media.id]);
    const byCredit = await listMedia(editor, { page: 1, limit: 10, q: 'agence sahel' });
    assert.deepEqual(byCredit.items.map((i) => i.media.id), [a.media.id]);
    const byName = await listMedia(editor, { page: 1, limit: 10, q: 'goats-at' });
    assert.deepEqual(byName.items.map((i) => i.media.id), [a.media.id]);
    const unused = await listMedia(editor, { page: 1, limit: 100, used: false });
    assert.ok(unused.items.some((i) => i.media.id === a.media.id));
    assert.ok(unused.items.every((i) => i.useCount === 0));
    const used = await listMedia(editor, { page: 1, limit: 100, used: true });
    assert.ok(used.items.length > 0 && used.items.every((i) => i.useCount > 0));
    const missingFr = await listMedia(editor, { page: 1, limit: 100, missingAlt: 'fr' });
    assert.ok(missingFr.items.some((i) => i.media.id === a.media.id));
    assert.ok(missingFr.items.every((i) => !i.media.alt.fr));
    const jpegs = await listMedia(editor, { page: 1, limit: 100, format: 'png' });
    assert.ok(jpegs.items.length > 0 && jpegs.items.every((i) => i.media.format === 'png'));
  });
});
