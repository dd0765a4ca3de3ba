/** The list of the site's languages, each link leading to this page (or that language's home) in it. */
import { t } from '../i18n/messages.js';
import type { PageChrome } from '../view-models.js';

/** The language switcher; each name is marked with its own language so it is read out right. */
export function LanguageSwitcher({ chrome }: { chrome: PageChrome }) {
  if (chrome.languages.length < 2) return null;
  return (
    <nav class="language-nav" aria-label={t(chrome.lang, 'nav.languages')}>
      <ul class="language-nav__list">
        {chrome.languages.map((l) => (
          <li key={l.lang}>
            {l.current ? (
              <span class="language-nav__current" lang={l.lang} aria-current="true">
                {l.label}
              </span>
            ) : (
              <a href={l.href} lang={l.lang} hreflang={l.lang}>
                {l.label}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
