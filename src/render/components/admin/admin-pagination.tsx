/** Links between the pages of a long admin list, with where the person is ("Page 2 of 5"). */
import type { AdminPagination as PaginationModel } from '../../admin-view-models.js';
import { adminText } from '../../i18n/admin-messages.js';

/** Previous/next links and the page status; nothing for a single page. */
export function AdminPagination({ lang, pagination }: { lang: string; pagination: PaginationModel }) {
  const { page, pages, prevHref, nextHref } = pagination;
  if (pages <= 1) return null;
  return (
    <nav class="pager" aria-label={adminText(lang, 'pagination.label')}>
      {prevHref && (
        <a class="button button--secondary" rel="prev" href={prevHref}>
          {adminText(lang, 'pagination.previous')}
        </a>
      )}
      <p class="pager__status">{adminText(lang, 'pagination.status', { page, pages })}</p>
      {nextHref && (
        <a class="button button--secondary pager__next" rel="next" href={nextHref}>
          {adminText(lang, 'pagination.next')}
        </a>
      )}
    </nav>
  );
}
