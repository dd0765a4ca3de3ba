/** Links between the pages of a long list, with where the reader is ("Page 2 of 5"). */
import { t } from '../i18n/messages.js';
import type { Pagination as PaginationModel } from '../view-models.js';

/** Previous/next links (`rel="prev"`/`rel="next"`) and the page status; nothing for a single page. */
export function Pagination({ lang, pagination }: { lang: string; pagination: PaginationModel }) {
  const { page, pages, prevHref, nextHref } = pagination;
  if (pages <= 1) return null;
  return (
    <nav class="pagination" aria-label={t(lang, 'nav.pages')}>
      {prevHref && (
        <a class="pagination__link pagination__link--prev" rel="prev" href={prevHref}>
          {t(lang, 'pagination.previous')}
        </a>
      )}
      <p class="pagination__status">{t(lang, 'pagination.status', { page, pages })}</p>
      {nextHref && (
        <a class="pagination__link pagination__link--next" rel="next" href={nextHref}>
          {t(lang, 'pagination.next')}
        </a>
      )}
    </nav>
  );
}
