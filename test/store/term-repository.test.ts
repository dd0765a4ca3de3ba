import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { createTermRepository, type TermRepository } from '../../src/store/term-repository.js';
import { createTestDatabase, forEachDialect, type TestDatabase } from '../support/for-each-dialect.js';

forEachDialect('term repository', (dialect) => {
  let tdb: TestDatabase;
  let terms: TermRepository;
  before(async () => {
    tdb = await createTestDatabase(dialect);
    terms = createTermRepository(tdb.runtime.database.db);
  });
  after(async () => {
    await tdb.dispose();
  });

  it('upserts by kind and slug, merging names', async () => {
    const first = await terms.upsert({ id: 'h1', kind: 'topic', slug: 'health', names: { en: 'Health' } });
    const second = await terms.upsert({ id: 'h2', kind: 'topic', slug: 'health', names: { fr: 'Santé' } });
    assert.equal(first.id, 'h1');
    assert.equal(second.id, 'h1', 'the existing term is kept');
    assert.deepEqual((await terms.findBySlug('topic', 'health'))?.names, { en: 'Health', fr: 'Santé' });
    await terms.upsert({ id: 'h3', kind: 'tag', slug: 'health', names: { en: 'health' } });
    assert.equal((await terms.findBySlug('tag', 'health'))?.id, 'h3', 'same slug, other kind: another term');
  });

  it('finds terms by slugs in the order asked, leaving unknown ones out', async () => {
    await terms.upsert({ id: 'e1', kind: 'region', slug: 'europe', names: { en: 'Europe' } });
    await terms.upsert({ id: 'a1', kind: 'region', slug: 'africa', names: { ar: 'أفريقيا' } });
    const found = await terms.findBySlugs('region', ['europe', 'nowhere', 'africa']);
    assert.deepEqual(found.map((t) => t.slug), ['europe', 'africa']);
    assert.deepEqual(found[1]?.names, { ar: 'أفريقيا' });
    assert.deepEqual((await terms.listByKind('region')).map((t) => t.slug), ['africa', 'europe']);
  });
});
