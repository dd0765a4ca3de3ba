/** Revisions: read one, diff any two word by word, restore an old one as a new revision, conflicts. */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Actor } from '../../src/domain/actor.js';
import type { ContentEvent } from '../../src/domain/events.js';
import { ForbiddenError, NotFoundError, RevisionConflictError } from '../../src/domain/errors.js';
import type { ServiceContext } from '../../src/services/context.js';
import { createStory } from '../../src/services/create-story.js';
import { diffRevisions } from '../../src/services/diff-revisions.js';
import { getRevision } from '../../src/services/get-revision.js';
import { getStory } from '../../src/services/get-story.js';
import { listAuditEvents } from '../../src/services/list-audit-events.js';
import { listRevisions } from '../../src/services/list-revisions.js';
import { publishStory } from '../../src/services/publish-story.js';
import { restoreRevision } from '../../src/services/restore-revision.js';
import { updateStory } from '../../src/services/update-story.js';
import { createTestDatabase, forEachDialect, type TestDatabase } from '../support/for-each-dialect.js';
import { manualClock } from './manual-clock.js';
import { seedNewsroom } from './newsroom.js';

const WRITER: Actor = { kind: 'user', id: 'u-writer', label: 'Wanda Writer', role: 'contributor' };
const EDITOR: Actor = { kind: 'user', id: 'u-editor', label: 'Edith Editor', role: 'editor' };

forEachDialect('revisions', (dialect) => {
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

  /** A draft by the writer with three saves: revisions 1 (created), 2 and 3. */
  async function storyWithHistory(headline: string) {
    clock.set('2026-03-18T09:00:00.000Z');
    const v1 = await createStory(writer, {
      lang: 'en',
      headline,
      standfirst: 'Fishers say the catch is down.',
      body: 'The cod quota was cut by a fifth on Monday.',
      topics: ['climate'],
      authors: ['amara-okafor'],
    });
    clock.advance(5);
    const v2 = await updateStory(writer, {
      id: v1.id,
      revision: 1,
      fields: { body: 'The cod quota was cut by a quarter on Monday.', topics: ['health'] },
    });
    clock.advance(5);
    const v3 = await updateStory(writer, { id: v1.id, revision: 2, fields: { headline: `${headline}, again`, standfirst: '' } });
    return { v1, v2, v3 };
  }

  it('reads one revision with its author and time, and says which exist', async () => {
    const { v1 } = await storyWithHistory('Cod quota cut');
    const second = await getRevision(editor, v1.id, 2);
    assert.equal(second.revision, 2);
    assert.equal(second.actorLabel, 'Wanda Writer');
    assert.deepEqual(second.createdAt, new Date('2026-03-18T09:05:00.000Z'));
    assert.equal(second.snapshot.body, 'The cod quota was cut by a quarter on Monday.');
    await assert.rejects(getRevision(editor, v1.id, 9), (err: unknown) => {
      assert.ok(err instanceof NotFoundError);
      assert.match(err.message, /has no revision 9; its revisions run from 1 to 3/);
      return true;
    });
    await assert.rejects(getRevision(editor, 'missing', 1), /no story with id missing/);
  });

  it('diffs any two revisions word by word, in either order', async () => {
    const { v1 } = await storyWithHistory('Quota talks');
    const diff = await diffRevisions(editor, v1.id, 1, 3);
    assert.equal(diff.from.revision, 1);
    assert.equal(diff.to.revision, 3);
    const [headline, standfirst, body] = diff.fields;
    assert.deepEqual(headline, {
      field: 'headline',
      changed: true,
      parts: [
        { kind: 'same', text: 'Quota talks' },
        { kind: 'added', text: ', again' },
      ],
    });
    assert.deepEqual(standfirst?.parts, [{ kind: 'removed', text: 'Fishers say the catch is down.' }]);
    assert.deepEqual(
      body?.parts.filter((p) => p.kind !== 'same'),
      [
        { kind: 'removed', text: 'fifth' },
        { kind: 'added', text: 'quarter' },
      ],
    );
    const backwards = await diffRevisions(editor, v1.id, 3, 1);
    assert.deepEqual(backwards.fields[2]?.parts.filter((p) => p.kind !== 'same'), [
      { kind: 'removed', text: 'quarter' },
      { kind: 'added', text: 'fifth' },
    ]);
    const same = await diffRevisions(editor, v1.id, 2, 2);
    assert.ok(same.fields.every((f) => !f.changed));
  });

  it('restores an old revision as a new one, keeping the history', async () => {
    const { v1, v3 } = await storyWithHistory('Restored');
    clock.set('2026-03-18T10:00:00.000Z');
    const restored = await restoreRevision(writer, { id: v1.id, from: 1, revision: v3.revision });
    assert.equal(restored.revision, 4);
    assert.equal(restored.headline, 'Restored');
    assert.equal(restored.standfirst, 'Fishers say the catch is down.');
    assert.equal(restored.body, 'The cod quota was cut by a fifth on Monday.');
    assert.deepEqual(restored.topics.map((t) => t.slug), ['climate']);
    assert.equal(restored.status, 'draft');
    assert.deepEqual(await getStory(editor, v1.id), restored);
    const history = await listRevisions(editor, v1.id);
    assert.deepEqual(history.map((r) => r.revision), [4, 3, 2, 1], 'nothing rewritten, one added');
    assert.equal(history[0]?.note, 'Restored revision 1');
    assert.equal(history[0]?.actorLabel, 'Wanda Writer');
    assert.ok(!(await diffRevisions(editor, v1.id, 1, 4)).fields.some((f) => f.changed), 'revision 4 reads as revision 1');
    const audit = await listAuditEvents(tdb.runtime.contextFor(), { storyId: v1.id, action: 'story.restored', page: 1, limit: 5 });
    assert.deepEqual(audit.items.map((e) => [e.actor.id, e.details]), [[WRITER.id, { revision: 1 }]]);
  });

  it('refuses a restore based on a stale revision, and changes nothing', async () => {
    const { v1, v3 } = await storyWithHistory('Two editors');
    await updateStory(editor, { id: v1.id, revision: v3.revision, fields: { body: 'Someone else saved first.' } });
    await assert.rejects(restoreRevision(editor, { id: v1.id, from: 1, revision: v3.revision }), (err: unknown) => {
      assert.ok(err instanceof RevisionConflictError);
      assert.equal(err.currentRevision, 4);
      assert.equal(err.givenRevision, 3);
      return true;
    });
    const current = await getStory(editor, v1.id);
    assert.equal(current.revision, 4);
    assert.equal(current.body, 'Someone else saved first.');
  });

  it('applies the rules of an edit: a contributor restores only their own drafts', async () => {
    const { v1, v3 } = await storyWithHistory('Not for contributors once out');
    const published = await publishStory(editor, { id: v1.id, revision: v3.revision });
    await assert.rejects(restoreRevision(writer, { id: v1.id, from: 1, revision: published.revision }), (err: unknown) => {
      assert.ok(err instanceof ForbiddenError);
      assert.equal(err.message, 'only editor or admin may edit a story that is published; you are contributor');
      return true;
    });
    await assert.rejects(restoreRevision(writer, { id: v1.id, from: 7, revision: published.revision }), NotFoundError);
  });

  it('restoring a published story keeps it published and purges its page', async () => {
    const { v1, v3 } = await storyWithHistory('Live restore');
    const published = await publishStory(editor, { id: v1.id, revision: v3.revision });
    const events: ContentEvent[] = [];
    const stop = tdb.runtime.events.subscribe((e) => events.push(e));
    try {
      const restored = await restoreRevision(editor, { id: v1.id, from: 2, revision: published.revision });
      assert.equal(restored.status, 'published');
      assert.deepEqual(restored.publishedAt, published.publishedAt);
      assert.equal(restored.slug, published.slug, 'the address does not move');
      assert.equal(events.length, 1);
      assert.equal(events[0]?.type, 'story.restored');
      assert.ok(events[0]?.tags.includes(`story:${v1.id}`));
    } finally {
      stop();
    }
  });
});
