import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { UnauthenticatedError, ValidationError } from '../../src/domain/errors.js';
import { authenticateApiKey, createApiKey } from '../../src/services/api-keys.js';
import type { ServiceContext } from '../../src/services/context.js';
import { createTestDatabase, forEachDialect, type TestDatabase } from '../support/for-each-dialect.js';
import { manualClock } from './manual-clock.js';

forEachDialect('API keys', (dialect) => {
  const clock = manualClock('2026-03-18T09:00:00.000Z');
  let tdb: TestDatabase;
  let ctx: ServiceContext;
  let admin: { id: string; key: string };
  let content: { id: string; key: string };
  before(async () => {
    tdb = await createTestDatabase(dialect, {}, clock.now);
    ctx = tdb.runtime.contextFor();
    admin = await createApiKey(ctx, { name: ' Newsdesk tools ', scope: 'admin' });
    content = await createApiKey(ctx, { name: 'Mobile app', scope: 'content' });
  });
  after(async () => {
    await tdb.dispose();
  });

  it('are made in the forms clients expect', () => {
    assert.match(admin.key, /^dla_[A-Za-z0-9_-]{43}$/);
    assert.match(content.key, /^[0-9a-f]{26}$/, 'Ghost’s Content API client wants 26 hex characters');
    assert.notEqual(admin.id, content.id);
  });

  it('authenticate as an actor named after the key', async () => {
    const actor = await authenticateApiKey(ctx, admin.key, 'admin');
    assert.deepEqual(actor, { kind: 'api-key', id: admin.id, label: 'API key “Newsdesk tools”', role: 'admin' });
    assert.equal((await authenticateApiKey(ctx, content.key, 'content')).id, content.id);
  });

  it('are refused for the other scope', async () => {
    await assert.rejects(authenticateApiKey(ctx, content.key, 'admin'), UnauthenticatedError);
    await assert.rejects(authenticateApiKey(ctx, admin.key, 'content'), UnauthenticatedError);
  });

  it('are refused when unknown, altered or empty', async () => {
    for (const key of ['', 'dla_nonsense', admin.key.slice(0, -1), `${admin.key}x`, admin.key.toUpperCase()]) {
      await assert.rejects(authenticateApiKey(ctx, key, 'admin'), (err: unknown) => {
        assert.ok(err instanceof UnauthenticatedError);
        assert.equal(err.code, 'unauthenticated');
        return true;
      }, JSON.stringify(key));
    }
  });

  it('are stored as hashes only: no column holds the key', async () => {
    const rows = await tdb.runtime.database.db.selectFrom('api_keys').selectAll().execute();
    assert.equal(rows.length, 2);
    for (const row of rows) {
      assert.match(row.key_hash, /^[0-9a-f]{64}$/);
      const stored = JSON.stringify(row);
      assert.ok(!stored.includes(admin.key) && !stored.includes(content.key), `row ${row.id} holds a key`);
      assert.ok(!stored.includes(admin.key.slice(4, 20)), 'not even part of one');
    }
    assert.deepEqual(rows.map((r) => r.scope).sort(), ['admin', 'content']);
  });

  it('are never made twice the same', async () => {
    const keys = new Set<string>();
    for (let i = 0; i < 5; i++) keys.add((await createApiKey(ctx, { name: `k${i}`, scope: 'content' })).key);
    assert.equal(keys.size, 5);
  });

  it('need a name and a known scope', async () => {
    await assert.rejects(createApiKey(ctx, { name: '  ', scope: 'admin' }), (err: unknown) => {
      assert.ok(err instanceof ValidationError);
      assert.equal(err.field, 'name');
      return true;
    });
    await assert.rejects(createApiKey(ctx, { name: 'x', scope: 'root' as never }), { field: 'scope' });
  });
});
