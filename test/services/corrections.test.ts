/** Corrections: editors add a dated public note to a published story, as a revision, and its page is purged. */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Actor } from '../../src/domain/actor.js';
import type { ContentEvent } from '../../src/domain/events.js';
import { ForbiddenError, TransitionError, ValidationError } from '../../src/domain/errors.js';
import type { ServiceContext } from '../../src/services/context.js';
import { correctStory } from '../../src/services/correct-story.js';
import { createStory } from '../../src/services/create-story.js';
import { getPublishedStory } from '../../src/services/get-published-story.js';
import { getStory } from '../../src/services/get-story.js';
import { listRevisions } from '../../src/services/list-revisions.js';
import { publishStory } from '../../src/services/publish-story.js';
import { createTestDatabase, forEachDialect, type TestDatabase } from '../support/for-each-dialect.js';
import { manualClock } from './manual-clock.js';
import { seedNewsroom } from './newsroom.js';

const WRITER: Actor = { kind: 'user', id: 'u-writer', label: 'Wanda Writer', role: 'contributor' };
const EDITOR: Actor = { kind: 'user', id: 'u-editor', label: 'Edith Editor', role: 'editor' };

forEachDialect('corrections', (dialect) => {
  const clock = manualClock('2026-03-18T09:00:00.000Z');
  let tdb: TestDatabase;
  let editor: ServiceContext;
  let writer: ServiceContext;
  before(async () => {
    tdb = await createTestDatabase(dialect, {}, clock.now);
    await seedNewsroom(tdb.runtime.database.db);
    editor = tdb.runtime.contextFor(EDITOR);
    writer = tdb.runtime.contextFor(WRITER);
  });
  after(async () => {
    await tdb.dispose();
  });

  async function published(headline: string) {
    clock.set('2026-03-18T09:00:00.000Z');
    const draft = await createStory(writer, { lang: 'en', headline, body: 'The vote is on Friday.', topics: ['climate'] });
    return publishStory(editor, { id: draft.id });
  }

  it('adds a dated note, bumps the updated time and records a revision "Correction: …"', async () => {
    const story = await published('Council to vote on the dam');
    clock.set('2026-03-19T14:30:00.000Z');
    const corrected = await correctStory(editor, {
      id: story.id,
      revision: story.revision,
      text: '  An earlier version gave the wrong day for the vote; it is on Thursday.  ',
    });
    const at = new Date('2026-03-19T14:30:00.000Z');
    assert.deepEqual(corrected.corrections, [{ at, text: 'An earlier version gave the wrong day for the vote; it is on Thursday.' }]);
    assert.deepEqual(corrected.updatedAt, at);
    assert.equal(corrected.status, 'published');
    assert.deepEqual(corrected.publishedAt, story.publishedAt, 'the publication time stays');
    assert.equal(corrected.revision, story.revision + 1);
    assert.deepEqual(await getStory(editor, story.id), corrected);
    const [latest] = await listRevisions(editor, story.id);
    assert.equal(latest?.note, 'Correction: An earlier version gave the wrong day for the vote; it is on Thursday.');
    assert.equal(latest?.actorLabel, 'Edith Editor');
    const seen = await getPublishedStory(editor, { lang: 'en', year: '2026', month: '03', slug: story.slug });
    assert.equal(seen.story.corrections.length, 1, 'readers see it');
  });

  it('keeps every correction, oldest first', async () => {
    const story = await published('Two corrections');
    clock.set('2026-03-19T10:00:00.000Z');
    const first = await correctStory(editor, { id: story.id, text: 'First.' });
    clock.set('2026-03-20T10:00:00.000Z');
    const second = await correctStory(editor, { id: story.id, revision: first.revision, text: 'Second.' });
    assert.deepEqual(second.corrections.map((c) => c.text), ['First.', 'Second.']);
    assert.deepEqual((await getStory(editor, story.id)).corrections.map((c) => c.text), ['First.', 'Second.']);
  });

  it('emits story.corrected with the story’s cache tags, after commit', async () => {
    const story = await published('Purged');
    const events: ContentEvent[] = [];
    const stop = tdb.runtime.events.subscribe((e) => events.push(e));
    try {
      await correctStory(editor, { id: story.id, text: 'A figure was wrong.' });
    } finally {
      stop();
    }
    assert.equal(events.length, 1);
    assert.equal(events[0]?.type, 'story.corrected');
    assert.ok(events[0]?.tags.includes(`story:${story.id}`));
    assert.ok(events[0]?.tags.includes('topic:en:climate'));
  });

  it('is for editors and admins, on published stories, with some text', async () => {
    const story = await published('Rules');
    await assert.rejects(correctStory(writer, { id: story.id, text: 'Mine.' }), (err: unknown) => {
      assert.ok(err instanceof ForbiddenError);
      assert.equal(err.message, 'only editor or admin may correct a story; you are contributor');
      return true;
    });
    const draft = await createStory(editor, { lang: 'en', headline: 'Not out yet', body: '' });
    await assert.rejects(correctStory(editor, { id: draft.id, text: 'Early.' }), (err: unknown) => {
      assert.ok(err instanceof TransitionError);
      assert.match(err.message, /only a published story can be corrected; edit it instead/);
      return true;
    });
    await assert.rejects(correctStory(editor, { id: story.id, text: '  ' }), (err: unknown) => {
      assert.ok(err instanceof ValidationError);
      assert.equal(err.field, 'text');
      return true;
    });
    await assert.rejects(correctStory(editor, { id: story.id, revision: 1, text: 'Stale.' }), /based on revision 1/);
    assert.deepEqual((await getStory(editor, story.id)).corrections, [], 'a refused correction leaves nothing');
  });
});
