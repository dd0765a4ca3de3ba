/**
 * Browsing a small collection in memory (Ghost tags and authors: a newsroom has hundreds, not
 * millions): NQL filter, order, page, and Ghost's pagination block.
 */
import { matchesFilter, parseContentFilter, TERM_FILTER_FIELDS } from '../../../domain/content-filter.js';
import { ValidationError } from '../../../domain/errors.js';
import { ghostPagination, type GhostPagination } from '../../../render/json/ghost-pagination.js';
import type { GhostOptions } from './ghost-query.js';

/** What a collection's items are filtered and ordered by. */
interface Browsable {
  id: string;
  slug: string;
  name: string;
  visibility?: string;
  count?: { posts: number };
}

/** A page of a collection and Ghost's pagination of it. */
export function browseCollection<T extends Browsable>(items: readonly T[], options: GhostOptions, now: Date, defaultOrder: string): { page: T[]; pagination: GhostPagination } {
  const filter = parseContentFilter(options.filter, TERM_FILTER_FIELDS, now);
  const kept = items.filter((item) => matchesFilter(filter, { id: item.id, slug: item.slug, name: item.name, visibility: item.visibility ?? 'public' }));
  const sorted = [...kept].sort(comparator(options.order ?? defaultOrder));
  const { limit, page } = options;
  const slice = limit === 'all' ? sorted : sorted.slice((page - 1) * limit, page * limit);
  return { page: slice, pagination: ghostPagination(kept.length, page, limit) };
}

const ORDERABLE = ['name', 'slug', 'id', 'count.posts'] as const;

function comparator(order: string): (a: Browsable, b: Browsable) => number {
  const keys = order.split(',').map((item) => {
    const [field = '', direction = 'asc'] = item.trim().split(/\s+/);
    if (!(ORDERABLE as readonly string[]).includes(field)) {
      throw new ValidationError('order', `cannot order by "${field}"; use one of ${ORDERABLE.join(', ')}`);
    }
    if (direction.toLowerCase() !== 'asc' && direction.toLowerCase() !== 'desc') {
      throw new ValidationError('order', `"${direction}" is not asc or desc`);
    }
    return { field, sign: direction.toLowerCase() === 'desc' ? -1 : 1 };
  });
  return (a, b) => {
    for (const { field, sign } of keys) {
      const x = field === 'count.posts' ? (a.count?.posts ?? 0) : String(a[field as 'name']);
      const y = field === 'count.posts' ? (b.count?.posts ?? 0) : String(b[field as 'name']);
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      if (c !== 0) return c * sign;
    }
    return 0;
  };
}
