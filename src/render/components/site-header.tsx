/** The top of every page: the masthead and the topics navigation. */
import { t } from '../i18n/messages.js';
import type { PageChrome } from '../view-models.js';
import { LanguageSwitcher } from './language-switcher.js';
import { LinkList } from './link-list.js';

/** The banner; on the home page the site's name is the page's h1. */
export function SiteHeader({ chrome, isHome }: { chrome: PageChrome; isHome: boolean }) {
  const Name = isHome ? 'h1' : 'p';
  return (
    <header class="site-header">
      <div class="wrap site-header__bar">
        <Name class="masthead">
          <a class="masthead__link" href={chrome.homeHref} aria-current={isHome ? 'page' : undefined}>
            {chrome.siteName}
          </a>
        </Name>
        <LanguageSwitcher chrome={chrome} />
      </div>
      {chrome.topics.length > 0 && (
        <nav class="topic-nav" aria-label={t(chrome.lang, 'nav.topics')}>
          <div class="wrap">
            <LinkList links={chrome.topics} class="topic-nav__list" currentPath={chrome.path} />
          </div>
        </nav>
      )}
    </header>
  );
}
