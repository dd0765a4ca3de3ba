import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { NotFoundError } from '../../src/domain/errors.js';
import { createStory } from '../../src/services/create-story.js';
import { listRevisions } from '../../src/services/list-revisions.js';
import { publishStory } from '../../src/services/publish-story.js';
import { updateStory } from '../../src/services/update-story.js';
import { createTestDatabase, forEachDialect, type TestDatabase } from '../support/for-each-dialect.js';
import { manualClock } from './manual-clock.js';

forEachDialect('listRevisions', (dialect) => {
  const clock = manualClock('2026-03-18T09:00:00.000Z');
  let tdb: TestDatabase;
  before(async () => {
    tdb = await createTestDatabase(dialect, {}, clock.now);
  });
  after(async () => {
    await tdb.dispose();
  });

  it('gives every save, newest first, with who, when, why and what', async () => {
    const writer = tdb.runtime.contextFor({ kind: 'user', id: 'w', label: 'Wanjiru Writer', role: 'contributor' });
    const editor = tdb.runtime.contextFor({ kind: 'api-key', id: 'k', label: 'API key “desk”', role: 'admin' });
    const draft = await createStory(writer, { lang: 'en', headline: 'First headline', body: 'One.' });
    clock.advance(10);
    await updateStory(writer, { id: draft.id, revision: 1, fields: { headline: 'Second headline' }, note: 'Sharper' });
    clock.advance(10);
    await publishStory(editor, { id: draft.id, revision: 2 });
    const revisions = await listRevisions(writer, draft.id);
    assert.deepEqual(
      revisions.map((r) => [r.revision, r.actorLabel, r.note, r.snapshot.headline, r.snapshot.status, r.createdAt.toISOString()]),
      [
        [3, 'API key “desk”', 'Published', 'Second headline', 'published', '2026-03-18T09:20:00.000Z'],
        [2, 'Wanjiru Writer', 'Sharper', 'Second headline', 'draft', '2026-03-18T09:10:00.000Z'],
        [1, 'Wanjiru Writer', 'Created', 'First headline', 'draft', '2026-03-18T09:00:00.000Z'],
      ],
    );
    assert.ok(revisions.every((r) => r.storyId === draft.id));
  });

  it('keep a full snapshot, relations by slug', async () => {
    const ctx = tdb.runtime.contextFor();
    const draft = await createStory(ctx, { lang: 'fr', headline: 'Instantané', body: 'Corps.', tags: ['eau', 'pluie'], datelinePlace: 'DAKAR' });
    const [only] = await listRevisions(ctx, draft.id);
    assert.deepEqual(only?.snapshot, {
      lang: 'fr',
      slug: 'instantane',
      type: 'news',
      status: 'draft',
      headline: 'Instantané',
      standfirst: '',
      body: 'Corps.',
      datelinePlace: 'DAKAR',
      topics: [],
      regions: [],
      tags: ['eau', 'pluie'],
      authors: [],
    });
  });

  it('say when the story does not exist', async () => {
    await assert.rejects(listRevisions(tdb.runtime.contextFor(), 'missing'), NotFoundError);
  });
});
