import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate, formatMonth, isMonth, joinList } from './format.js';

describe('formatDate', () => {
  it('writes the date in the language, in UTC whatever the local zone', () => {
    assert.equal(formatDate('en', new Date('2026-03-14T23:30:00Z')), 'March 14, 2026');
    assert.equal(formatDate('en-GB', new Date('2026-03-14T00:10:00Z')), '14 March 2026');
    assert.equal(formatDate('fr', new Date('2026-03-14T12:00:00Z')), '14 mars 2026');
  });

  it('falls back to English for a tag Intl cannot use', () => {
    assert.equal(formatDate('not a language', new Date('2026-03-14T12:00:00Z')), 'March 14, 2026');
  });
});

describe('formatMonth', () => {
  it('writes a yyyy-mm month out and leaves anything else as given', () => {
    assert.equal(formatMonth('en', '2026-03'), 'March 2026');
    assert.equal(formatMonth('en', 'Spring 2026'), 'Spring 2026');
    assert.equal(isMonth('2026-03'), true);
    assert.equal(isMonth('2026-3'), false);
  });
});

describe('joinList', () => {
  it('joins items the way the language does and keeps the items themselves', () => {
    const a = { name: 'a' };
    const b = { name: 'b' };
    const c = { name: 'c' };
    const parts = joinList('en', [a, b, c]);
    assert.equal(parts[0], a);
    assert.equal(parts[2], b);
    assert.equal(parts[4], c);
    assert.equal(parts.map((p) => (typeof p === 'string' ? p : p.name)).join(''), 'a, b, and c');
    assert.deepEqual(joinList('en', [a]), [a]);
    assert.deepEqual(joinList('en', []), []);
  });
});
