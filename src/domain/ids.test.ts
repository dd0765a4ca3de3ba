import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newId } from './ids.js';

describe('newId', () => {
  it('is 24 hexadecimal characters starting with the time in seconds', () => {
    const at = new Date('2026-03-18T12:00:00Z');
    const id = newId(at);
    assert.match(id, /^[0-9a-f]{24}$/);
    assert.equal(parseInt(id.slice(0, 8), 16), at.getTime() / 1000);
  });

  it('sorts by creation time and does not repeat', () => {
    const earlier = newId(new Date('2026-01-01T00:00:00Z'));
    const later = newId(new Date('2026-01-01T00:00:01Z'));
    assert.ok(earlier < later);
    const ids = new Set(Array.from({ length: 1000 }, () => newId(new Date(0))));
    assert.equal(ids.size, 1000);
  });
});
