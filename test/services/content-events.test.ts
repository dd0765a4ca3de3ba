import assert from 'node:assert/strict';
import { after, before, beforeEach, it } from 'node:test';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import type { ContentEvent } from '../../src/domain/events.js';
import { RevisionConflictError } from '../../src/domain/errors.js';
import type { ServiceContext } from '../../src/services/context.js';
import { createStory } from '../../src/services/create-story.js';
import { deleteStory } from '../../src/services/delete-story.js';
import { publishStory } from '../../src/services/publish-story.js';
import { unpublishStory } from '../../src/services/unpublish-story.js';
import { updateStory } from '../../src/services/update-story.js';
import { createTermRepository } from '../../src/store/term-repository.js';
import { createTestDatabase, forEachDialect, type TestDatabase } from '../support/for-each-dialect.js';
import { manualClock } from './manual-clock.js';
import { seedNewsroom } from './newsroom.js';

/**
 * Reads a story's revision over a connection of its own, as another instance would. On SQLite
 * the read is synchronous, so a listener that runs it sees exactly what was committed when
 * the event arrived; on PostgreSQL the query is sent at once, outside the service's transaction.
 */
interface OutsideReader {
  revisionOf(id: string): Promise<number | undefined>;
  close(): Promise<void>;
}

async function openOutsideReader(tdb: TestDatabase): Promise<OutsideReader> {
  if (tdb.config.database.dialect === 'sqlite') {
    const sqlite = new SqliteDatabase(tdb.config.database.file, { readonly: true });
    const query = sqlite.prepare<[string], { revision: number }>('select revision from stories where id = ?');
    return {
      revisionOf: (id) => Promise.resolve(query.get(id)?.revision),
      close: async () => {
        sqlite.close();
      },
    };
  }
  const client = new pg.Client({ connectionString: tdb.url });
  await client.connect();
  return {
    async revisionOf(id) {
      const result = await client.query<{ revision: number }>('select revision from stories where id = $1', [id]);
      return result.rows[0]?.revision;
    },
    close: () => client.end(),
  };
}

forEachDialect('content events', (dialect) => {
  const clock = manualClock('2026-03-18T09:00:00.000Z');
  let tdb: TestDatabase;
  let ctx: ServiceContext;
  let reader: OutsideReader;
  let events: ContentEvent[];
  /** What the outside reader saw of the story when each event arrived. */
  let seen: Array<Promise<number | undefined>>;
  before(async () => {
    tdb = await createTestDatabase(dialect, {}, clock.now);
    await seedNewsroom(tdb.runtime.database.db);
    ctx = tdb.runtime.contextFor();
    reader = await openOutsideReader(tdb);
    tdb.runtime.events.subscribe((event) => {
      events.push(event);
      seen.push(reader.revisionOf(event.storyId));
    });
  });
  beforeEach(() => {
    events = [];
    seen = [];
  });
  after(async () => {
    await reader.close();
    await tdb.dispose();
  });

  it('are emitted once per change, after the change is committed', async () => {
    const draft = await createStory(ctx, { lang: 'en', headline: 'Evented', body: '', topics: ['climate'] });
    const saved = await updateStory(ctx, { id: draft.id, revision: 1, fields: { body: 'More.' } });
    const published = await publishStory(ctx, { id: draft.id, revision: saved.revision });
    await unpublishStory(ctx, { id: draft.id, revision: published.revision });
    assert.deepEqual(events.map((e) => [e.type, e.storyId]), [
      ['story.created', draft.id],
      ['story.updated', draft.id],
      ['story.published', draft.id],
      ['story.unpublished', draft.id],
    ]);
    assert.deepEqual(await Promise.all(seen), [1, 2, 3, 4], 'each listener saw the committed revision');
  });

  it('tag what a reader could see change: the story, its language, sections and month', async () => {
    const draft = await createStory(ctx, { lang: 'en', headline: 'Tagged', body: '', topics: ['climate'], regions: ['africa'] });
    const published = await publishStory(ctx, { id: draft.id, revision: 1 });
    const event = events.find((e) => e.type === 'story.published');
    for (const tag of [`story:${draft.id}`, 'home:en', 'type:en:news', 'topic:en:climate', 'region:en:africa', 'archive:en:2026-03']) {
      assert.ok(event?.tags.includes(tag), `${tag} in ${event?.tags.join(' ')}`);
    }
    await updateStory(ctx, { id: draft.id, revision: published.revision, fields: { topics: ['health'] } });
    const updated = events.find((e) => e.type === 'story.updated');
    assert.ok(updated?.tags.includes('topic:en:climate'), 'the section it left');
    assert.ok(updated?.tags.includes('topic:en:health'), 'the section it joined');
    assert.ok(updated?.tags.includes('nav:en'), 'sections in use may have changed');
    assert.ok(event?.tags.includes('nav:en'), 'publishing can bring a section into use');
  });

  it('tag nothing public for a change readers cannot see, and spare the navigation when sections stay', async () => {
    const draft = await createStory(ctx, { lang: 'en', headline: 'Quiet draft', body: '', topics: ['climate'] });
    const saved = await updateStory(ctx, { id: draft.id, revision: 1, fields: { body: 'Autosaved.' } });
    assert.deepEqual(events.at(-1)?.tags, [], 'a draft is on no public page');
    const published = await publishStory(ctx, { id: draft.id, revision: saved.revision });
    await updateStory(ctx, { id: draft.id, revision: published.revision, fields: { body: 'A typo fixed.' } });
    const edit = events.at(-1)!;
    assert.ok(edit.tags.includes(`story:${draft.id}`));
    assert.ok(!edit.tags.includes('nav:en'), 'the same sections: navigation pages stay cached');
  });

  it('announce a deleted draft', async () => {
    const draft = await createStory(ctx, { lang: 'en', headline: 'Deleted', body: '' });
    await deleteStory(ctx, draft.id);
    assert.deepEqual(events.at(-1), { type: 'story.deleted', storyId: draft.id, tags: [`story:${draft.id}`] });
    assert.equal(await seen.at(-1), undefined, 'the story was gone when the event arrived');
  });

  it('are not emitted for a refused change', async () => {
    const draft = await createStory(ctx, { lang: 'en', headline: 'Refused', body: '' });
    events = [];
    await assert.rejects(updateStory(ctx, { id: draft.id, revision: 9, fields: { body: 'x' } }), RevisionConflictError);
    await assert.rejects(publishStory({ ...ctx, actor: { kind: 'user', id: 'u1', label: 'C', role: 'contributor' } }, { id: draft.id }));
    await assert.rejects(updateStory(ctx, { id: draft.id, revision: 1, fields: { topics: ['astrology'] } }));
    await assert.rejects(unpublishStory(ctx, { id: draft.id }));
    assert.deepEqual(events, []);
  });

  it('are not emitted, and nothing is kept, when a change fails half-way', async () => {
    // The new tag is written inside the transaction before the story row fails to be written
    // (an invalid creation time cannot be stored): both must be rolled back.
    await assert.rejects(
      createStory(ctx, { lang: 'en', headline: 'Half-way', body: '', tags: ['half-way-tag'] }, { createdAt: new Date(Number.NaN) }),
    );
    assert.deepEqual(events, []);
    assert.equal(await createTermRepository(tdb.runtime.database.db).findBySlug('tag', 'half-way-tag'), undefined);
  });
});
