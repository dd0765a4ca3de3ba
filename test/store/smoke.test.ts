import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { createStory } from '../../src/services/create-story.js';
import { getStory } from '../../src/services/get-story.js';
import { createTestDatabase, forEachDialect, type TestDatabase } from '../support/for-each-dialect.js';

forEachDialect('smoke', (dialect) => {
  let tdb: TestDatabase;
  before(async () => { tdb = await createTestDatabase(dialect); });
  after(async () => { await tdb.dispose(); });
  it('creates and reads a story', async () => {
    const ctx = tdb.runtime.contextFor();
    const s = await createStory(ctx, { lang: 'en', headline: 'Hello world', body: 'x', tags: ['a-b'] });
    const got = await getStory(ctx, s.id);
    assert.equal(got.slug, 'hello-world');
    assert.equal(got.tags[0]?.slug, 'a-b');
    assert.ok(got.createdAt instanceof Date);
  });
});
