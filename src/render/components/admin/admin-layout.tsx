/**
 * The document around every admin page: head, skip link, a header with the newsroom's
 * navigation and the sign-out button, then the main landmark.
 */
import type { ComponentChildren } from 'preact';
import type { AdminChrome } from '../../admin-view-models.js';
import { adminText } from '../../i18n/admin-messages.js';
import { CsrfInput } from './csrf-input.js';

/** Props of the admin layout. */
export interface AdminLayoutProps {
  chrome: AdminChrome;
  /** The page's own title; the layout adds the site's name. */
  title: string;
  /** A class on `<main>` for page-specific layout. */
  mainClass?: string;
  children: ComponentChildren;
}

/** The `<html>` element of an admin page; admin pages are never indexed. */
export function AdminLayout({ chrome, title, mainClass, children }: AdminLayoutProps) {
  const { lang, siteName } = chrome;
  return (
    <html lang={lang} dir={chrome.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>{adminText(lang, 'title.page', { title, siteName })}</title>
        <link rel="stylesheet" href={chrome.stylesheetHref} />
        {chrome.scriptHref && <script src={chrome.scriptHref} defer />}
      </head>
      <body class="admin">
        <a class="skip-link" href="#main">
          {adminText(lang, 'skip.toContent')}
        </a>
        <AdminHeader chrome={chrome} />
        <main id="main" class={['admin-main', mainClass ?? ''].filter(Boolean).join(' ')} tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  );
}

/** The banner: the app's name, the navigation, who is signed in and the sign-out button. */
function AdminHeader({ chrome }: { chrome: AdminChrome }) {
  const { lang, user } = chrome;
  const home = chrome.nav.find((link) => link.key === 'dashboard');
  return (
    <header class="admin-header">
      <div class="admin-header__bar">
        <p class="admin-header__name">
          {home ? <a href={home.href}>{adminText(lang, 'app.name', { siteName: chrome.siteName })}</a> : adminText(lang, 'app.name', { siteName: chrome.siteName })}
        </p>
        {user && (
          <div class="admin-header__user">
            <span class="admin-header__who">
              {adminText(lang, 'nav.signedInAs', { name: user.name, role: adminText(lang, `role.${user.role}`) })}
            </span>
            <form method="post" action={chrome.signOutAction} class="admin-header__signout">
              <CsrfInput csrf={chrome.csrf} />
              <button type="submit" class="button button--quiet button--small">
                {adminText(lang, 'nav.signOut')}
              </button>
            </form>
          </div>
        )}
      </div>
      {chrome.nav.length > 0 && (
        <nav class="admin-nav" aria-label={adminText(lang, 'nav.label')}>
          <ul class="admin-nav__list">
            {chrome.nav.map((link) => (
              <li>
                <a href={link.href} aria-current={link.current ? 'page' : undefined}>
                  {adminText(lang, `nav.${link.key}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
