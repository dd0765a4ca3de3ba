/** Ghost's `meta.pagination`, computed exactly as Ghost's bookshelf-pagination does. */

/** The pagination block of a Ghost browse response. */
export interface GhostPagination {
  page: number;
  limit: number | 'all';
  pages: number;
  total: number;
  next: number | null;
  prev: number | null;
}

/**
 * Ghost's rule, quirks included: `pages` is at least 1 (and 1 for `limit=all`); `next` and
 * `prev` are set only when there is more than one page, and a page past the last gets both.
 */
export function ghostPagination(total: number, page: number, limit: number | 'all'): GhostPagination {
  const computed = limit === 'all' ? 0 : Math.ceil(total / limit) || 0;
  const pages = computed === 0 ? 1 : computed;
  const pagination: GhostPagination = { page, limit, pages, total, next: null, prev: null };
  if (pages > 1) {
    if (page === 1) pagination.next = page + 1;
    else if (page === pages) pagination.prev = page - 1;
    else {
      pagination.next = page + 1;
      pagination.prev = page - 1;
    }
  }
  return pagination;
}
