/** The document around every reader page: head, skip link, header, main, footer. */
import type { ComponentChildren } from 'preact';
import { t } from '../i18n/messages.js';
import type { PageChrome } from '../view-models.js';
import { HeadExtrasTags } from './head-extras.js';
import { SiteFooter } from './site-footer.js';
import { SiteHeader } from './site-header.js';

/** Props of the layout. */
export interface LayoutProps {
  chrome: PageChrome;
  /** The whole `<title>`, site name included. */
  title: string;
  description: string;
  /** The home page makes the masthead its h1. */
  isHome?: boolean;
  /** False for pages that must not name a canonical address (the 404 page). */
  canonical?: boolean;
  /** Set to keep a page out of search engines (`noindex`). */
  robots?: string;
  prevHref?: string | null;
  nextHref?: string | null;
  children: ComponentChildren;
}

/** The site's address joined to a path, without a doubled slash. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return siteUrl.replace(/\/+$/, '') + (path.startsWith('/') ? path : `/${path}`);
}

/** The `<html>` element of a reader page; `<main id="main">` is the skip link's target. */
export function Layout(props: LayoutProps) {
  const { chrome } = props;
  return (
    <html lang={chrome.lang} dir={chrome.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
        <meta name="description" content={props.description} />
        {props.robots && <meta name="robots" content={props.robots} />}
        {props.canonical !== false && <link rel="canonical" href={absoluteUrl(chrome.siteUrl, chrome.path)} />}
        {props.prevHref && <link rel="prev" href={props.prevHref} />}
        {props.nextHref && <link rel="next" href={props.nextHref} />}
        {chrome.alternates.map((a) => (
          <link rel="alternate" hreflang={a.hreflang} href={a.href} />
        ))}
        <link rel="stylesheet" href={chrome.stylesheetHref} />
        {chrome.head && <HeadExtrasTags head={chrome.head} />}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t(chrome.lang, 'skip.toContent')}
        </a>
        <SiteHeader chrome={chrome} isHome={props.isHome === true} />
        <main id="main" class="site-main" tabIndex={-1}>
          {props.children}
        </main>
        <SiteFooter chrome={chrome} />
      </body>
    </html>
  );
}
