/** Ghost's pagination shape, shared by the Admin API's lists: `meta.pagination` and its schema. */
import { Type } from 'typebox';

const pageNumberOrNull = (description: string) => Type.Union([Type.Integer(), Type.Null()], { description });

/** `meta.pagination` of a list answer. */
export const PaginationJson = Type.Object(
  {
    page: Type.Integer({ description: 'This page' }),
    limit: Type.Integer({ description: 'Items per page' }),
    pages: Type.Integer({ description: 'Number of pages' }),
    total: Type.Integer({ description: 'Number of items in the whole list' }),
    next: pageNumberOrNull('Next page number, or null on the last page'),
    prev: pageNumberOrNull('Previous page number, or null on the first page'),
  },
  { description: "Where this page lies in the list (Ghost's shape)" },
);

/** Query parameters of a paged list. */
export const pageQuery = (what: string, defaultLimit: number) => ({
  page: Type.Optional(Type.Integer({ minimum: 1, description: 'Page number, from 1 (default 1)' })),
  limit: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 100, description: `${what} per page, 1 to 100 (default ${defaultLimit})` }),
  ),
});

/** The pagination of page `page` of `total` items, `limit` a page. */
export function paginationOf(page: number, limit: number, total: number) {
  const pages = Math.max(1, Math.ceil(total / limit));
  return { page, limit, pages, total, next: page < pages ? page + 1 : null, prev: page > 1 ? page - 1 : null };
}
