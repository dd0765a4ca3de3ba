/** The foot of every page: regions, archive months and what the site is. */
import { formatMonth, isMonth } from '../i18n/format.js';
import { t } from '../i18n/messages.js';
import type { PageChrome } from '../view-models.js';
import { LinkList } from './link-list.js';

/** The footer with its two navigations (each labelled by its visible heading) and the about line. */
export function SiteFooter({ chrome }: { chrome: PageChrome }) {
  const { lang } = chrome;
  const months = chrome.archiveMonths.map((m) => ({ href: m.href, label: isMonth(m.month) ? formatMonth(lang, m.month) : m.month }));
  return (
    <footer class="site-footer">
      <div class="wrap site-footer__grid">
        {chrome.regions.length > 0 && (
          <nav class="site-footer__nav" aria-labelledby="footer-regions">
            <h2 class="site-footer__heading" id="footer-regions">
              {t(lang, 'nav.regions')}
            </h2>
            <LinkList links={chrome.regions} class="site-footer__list" currentPath={chrome.path} />
          </nav>
        )}
        {months.length > 0 && (
          <nav class="site-footer__nav" aria-labelledby="footer-archive">
            <h2 class="site-footer__heading" id="footer-archive">
              {t(lang, 'nav.archive')}
            </h2>
            <LinkList links={months} class="site-footer__list site-footer__list--months" currentPath={chrome.path} />
          </nav>
        )}
        <div class="site-footer__about">
          <p class="site-footer__name">
            <a href={chrome.homeHref}>{chrome.siteName}</a>
          </p>
          <p>{t(lang, 'footer.about', { siteName: chrome.siteName })}</p>
        </div>
      </div>
    </footer>
  );
}
