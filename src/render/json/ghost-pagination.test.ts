import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ghostPagination } from './ghost-pagination.js';

describe('ghostPagination', () => {
  it('gives next and prev as Ghost does, first, middle and last page', () => {
    assert.deepEqual(ghostPagination(40, 1, 15), { page: 1, limit: 15, pages: 3, total: 40, next: 2, prev: null });
    assert.deepEqual(ghostPagination(40, 2, 15), { page: 2, limit: 15, pages: 3, total: 40, next: 3, prev: 1 });
    assert.deepEqual(ghostPagination(40, 3, 15), { page: 3, limit: 15, pages: 3, total: 40, next: null, prev: 2 });
  });

  it('keeps Ghost\'s quirks: at least one page, one page for all, both links past the end', () => {
    assert.deepEqual(ghostPagination(0, 1, 15), { page: 1, limit: 15, pages: 1, total: 0, next: null, prev: null });
    assert.deepEqual(ghostPagination(7, 1, 'all'), { page: 1, limit: 'all', pages: 1, total: 7, next: null, prev: null });
    assert.deepEqual(ghostPagination(40, 5, 15), { page: 5, limit: 15, pages: 3, total: 40, next: 6, prev: 4 });
    assert.deepEqual(ghostPagination(5, 4, 15), { page: 4, limit: 15, pages: 1, total: 5, next: null, prev: null });
  });
});
