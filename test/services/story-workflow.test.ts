import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Actor } from '../../src/domain/actor.js';
import { ForbiddenError, NotFoundError, RevisionConflictError, TransitionError } from '../../src/domain/errors.js';
import type { ServiceContext } from '../../src/services/context.js';
import { createStory } from '../../src/services/create-story.js';
import { deleteStory } from '../../src/services/delete-story.js';
import { getStory } from '../../src/services/get-story.js';
import { listRevisions } from '../../src/services/list-revisions.js';
import { publishStory } from '../../src/services/publish-story.js';
import { unpublishStory } from '../../src/services/unpublish-story.js';
import { createTestDatabase, forEachDialect, type TestDatabase } from '../support/for-each-dialect.js';
import { manualClock } from './manual-clock.js';

const EDITOR: Actor = { kind: 'user', id: 'u-ed', label: 'Edith Editor', role: 'editor' };
const CONTRIBUTOR: Actor = { kind: 'user', id: 'u1', label: 'C', role: 'contributor' };

forEachDialect('publish, unpublish and delete', (dialect) => {
  const clock = manualClock('2026-03-18T09:00:00.000Z');
  let tdb: TestDatabase;
  let editor: ServiceContext;
  let contributor: ServiceContext;
  before(async () => {
    tdb = await createTestDatabase(dialect, {}, clock.now);
    editor = tdb.runtime.contextFor(EDITOR);
    contributor = tdb.runtime.contextFor(CONTRIBUTOR);
  });
  after(async () => {
    await tdb.dispose();
  });

  it('publishing sets the publication time and records a revision', async () => {
    clock.set('2026-03-18T09:00:00.000Z');
    const draft = await createStory(contributor, { lang: 'en', headline: 'Ready to go', body: 'Text.' });
    clock.set('2026-03-18T10:30:00.000Z');
    const published = await publishStory(editor, { id: draft.id, revision: 1 });
    assert.equal(published.status, 'published');
    assert.deepEqual(published.publishedAt, new Date('2026-03-18T10:30:00.000Z'));
    assert.deepEqual(published.updatedAt, new Date('2026-03-18T10:30:00.000Z'));
    assert.equal(published.revision, 2);
    assert.deepEqual(await getStory(editor, draft.id), published);
    const [latest] = await listRevisions(editor, draft.id);
    assert.equal(latest?.note, 'Published');
    assert.equal(latest?.actorLabel, 'Edith Editor');
    assert.equal(latest?.snapshot.status, 'published');
  });

  it('unpublishing takes it down; publishing again keeps the first publication time', async () => {
    clock.set('2026-03-18T09:00:00.000Z');
    const draft = await createStory(editor, { lang: 'en', headline: 'Back and forth', body: '' });
    const first = await publishStory(editor, { id: draft.id });
    clock.set('2026-04-02T08:00:00.000Z');
    const down = await unpublishStory(editor, { id: draft.id, revision: first.revision });
    assert.equal(down.status, 'unpublished');
    assert.deepEqual(down.publishedAt, first.publishedAt);
    clock.set('2026-04-05T08:00:00.000Z');
    const again = await publishStory(editor, { id: draft.id, revision: down.revision });
    assert.equal(again.status, 'published');
    assert.deepEqual(again.publishedAt, new Date('2026-03-18T09:00:00.000Z'), 'its URL month does not change');
    assert.deepEqual(again.updatedAt, new Date('2026-04-05T08:00:00.000Z'));
    assert.deepEqual((await listRevisions(editor, draft.id)).map((r) => r.note), ['Published', 'Unpublished', 'Published', 'Created']);
  });

  it('refuses steps the story’s state does not allow', async () => {
    const draft = await createStory(editor, { lang: 'en', headline: 'Wrong steps', body: '' });
    await assert.rejects(unpublishStory(editor, { id: draft.id }), TransitionError, 'a draft cannot be unpublished');
    const published = await publishStory(editor, { id: draft.id });
    await assert.rejects(publishStory(editor, { id: draft.id }), (err: unknown) => {
      assert.ok(err instanceof TransitionError);
      assert.match(err.message, /already published/);
      return true;
    });
    assert.deepEqual(await getStory(editor, draft.id), published, 'a refused step changes nothing');
  });

  it('refuses a contributor publishing or unpublishing, and changes nothing', async () => {
    const draft = await createStory(contributor, { lang: 'en', headline: 'Not yours to publish', body: '' });
    await assert.rejects(publishStory(contributor, { id: draft.id, revision: 1 }), (err: unknown) => {
      assert.ok(err instanceof ForbiddenError);
      assert.equal(err.code, 'forbidden');
      assert.match(err.message, /editor or admin/);
      return true;
    });
    assert.equal((await getStory(editor, draft.id)).status, 'draft');
    await publishStory(editor, { id: draft.id, revision: 1 });
    await assert.rejects(unpublishStory(contributor, { id: draft.id }), ForbiddenError);
    assert.equal((await getStory(editor, draft.id)).status, 'published');
  });

  it('refuses a step based on a stale revision', async () => {
    const draft = await createStory(editor, { lang: 'en', headline: 'Stale step', body: '' });
    await assert.rejects(publishStory(editor, { id: draft.id, revision: 7 }), (err: unknown) => {
      assert.ok(err instanceof RevisionConflictError);
      assert.equal(err.currentRevision, 1);
      assert.equal(err.givenRevision, 7);
      return true;
    });
  });

  it('deletes drafts, with their revisions, for any role', async () => {
    const mine = await createStory(contributor, { lang: 'en', headline: 'Scrap this', body: '' });
    await deleteStory(contributor, mine.id);
    await assert.rejects(getStory(editor, mine.id), NotFoundError);
    await assert.rejects(listRevisions(editor, mine.id), NotFoundError);
    const rows = await tdb.runtime.database.db.selectFrom('revisions').select('revision').where('story_id', '=', mine.id).execute();
    assert.deepEqual(rows, []);
    await assert.rejects(deleteStory(editor, mine.id), NotFoundError, 'a second delete finds nothing');
  });

  it('refuses to delete published or unpublished stories', async () => {
    const story = await createStory(editor, { lang: 'en', headline: 'Keep the record', body: '' });
    const published = await publishStory(editor, { id: story.id });
    await assert.rejects(deleteStory(editor, story.id), (err: unknown) => {
      assert.ok(err instanceof TransitionError);
      assert.match(err.message, /unpublish/);
      return true;
    });
    await unpublishStory(editor, { id: story.id, revision: published.revision });
    await assert.rejects(deleteStory({ ...editor, actor: { ...EDITOR, role: 'admin' } }, story.id), TransitionError);
    assert.equal((await getStory(editor, story.id)).status, 'unpublished');
  });

  it('says when the story does not exist', async () => {
    await assert.rejects(publishStory(editor, { id: 'missing' }), NotFoundError);
    await assert.rejects(unpublishStory(editor, { id: 'missing' }), NotFoundError);
    await assert.rejects(deleteStory(editor, 'missing'), NotFoundError);
  });
});
