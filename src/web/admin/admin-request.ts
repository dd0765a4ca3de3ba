/**
 * What every admin route shares: its options, the page chrome (who is signed in, navigation,
 * CSRF field), the service context of the signed-in person, reading form fields and sending pages.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../domain/actor.js';
import { UnauthenticatedError } from '../../domain/errors.js';
import type { User } from '../../domain/user.js';
import type { AdminChrome, AdminNavLink, AdminOption, AdminPagination } from '../../render/admin-view-models.js';
import { adminLanguage } from '../../render/i18n/admin-messages.js';
import type { ServiceContext } from '../../services/context.js';
import type { AppDeps } from '../build-app.js';
import { CSRF_FIELD, csrfTokenFor, formField, sessionActorOf } from '../plugins/session-auth.js';
import type { AdminAssets } from './admin-assets.js';
import { SIGN_OUT_PATH } from './auth-routes.js';

/** Options of every admin route family. */
export interface AdminOptions {
  deps: AppDeps;
  assets: AdminAssets;
}

/** Where the admin UI's pages live. */
export const ADMIN_PATHS = Object.freeze({
  dashboard: '/admin',
  stories: '/admin/stories',
  newStory: '/admin/stories/new',
  media: '/admin/media',
  preview: '/admin/preview',
  translations: '/admin/translations',
  users: '/admin/users',
  audit: '/admin/audit',
  account: '/admin/account',
});

/** The editor of a story. */
export function storyHref(id: string): string {
  return `${ADMIN_PATHS.stories}/${encodeURIComponent(id)}`;
}

/** The signed-in person of an admin request. @throws UnauthenticatedError outside the sign-in hook. */
export function userOf(request: FastifyRequest): User {
  if (!request.user) throw new UnauthenticatedError('you are not signed in, or your session has ended; sign in again');
  return request.user;
}

/** A service context acting as the signed-in person. */
export function contextOf(request: FastifyRequest, deps: AppDeps): ServiceContext {
  const actor: Actor = sessionActorOf(request);
  return deps.contextFor(actor);
}

/** The chrome of an admin page; `section` marks the navigation entry the page belongs to. */
export function chromeOf(request: FastifyRequest, options: AdminOptions, section: AdminNavLink['key'] | null): AdminChrome {
  const { deps, assets } = options;
  const user = request.user;
  const { lang, dir } = adminLanguage([user?.locale, deps.config.languages[0]]);
  const entries: Array<[AdminNavLink['key'], string]> = [
    ['dashboard', ADMIN_PATHS.dashboard],
    ['stories', ADMIN_PATHS.stories],
    ['newStory', ADMIN_PATHS.newStory],
    ['media', ADMIN_PATHS.media],
  ];
  if (user?.role === 'editor' || user?.role === 'admin') entries.push(['translations', ADMIN_PATHS.translations]);
  if (user?.role === 'admin') entries.push(['users', ADMIN_PATHS.users], ['audit', ADMIN_PATHS.audit]);
  entries.push(['account', ADMIN_PATHS.account]);
  return {
    lang,
    dir,
    siteName: deps.config.siteName,
    stylesheetHref: assets.stylesheetHref,
    scriptHref: assets.scriptHref,
    user: user ? { name: user.name, role: user.role } : null,
    nav: user ? entries.map(([key, href]) => ({ key, href, current: key === section })) : [],
    signOutAction: SIGN_OUT_PATH,
    csrf: { name: CSRF_FIELD, value: user ? csrfTokenFor(request) : '' },
  };
}

/** Sends an admin page: HTML that no cache may keep (it shows private, changing work). */
export function sendPage(reply: FastifyReply, html: string, status = 200): FastifyReply {
  return reply.status(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html);
}

/** A form field as text ('' when absent); repeated fields give their first value. */
export function field(body: unknown, name: string): string {
  return formField(body, name) ?? '';
}

/** A query parameter as text ('' when absent or repeated oddly). */
export function queryParam(query: unknown, name: string): string {
  const value = (query as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
}

/** The page number of `?page=N` (1 when absent or not a positive whole number). */
export function pageParam(query: unknown): number {
  const raw = queryParam(query, 'page');
  return /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : 1;
}

/** Links to the neighbours of `page` of a list at `path` with `params` (empty ones left out). */
export function paginationOf(path: string, params: Record<string, string>, page: number, perPage: number, total: number): AdminPagination {
  const pages = Math.max(1, Math.ceil(total / perPage));
  const href = (n: number) => {
    const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== ''));
    if (n > 1) query.set('page', String(n));
    const text = query.toString();
    return text ? `${path}?${text}` : path;
  };
  return { page, pages, total, prevHref: page > 1 ? href(page - 1) : null, nextHref: page < pages ? href(page + 1) : null };
}

/** A path with one query parameter added, for the redirect after a successful post. */
export function withDone(path: string, done: string, extra: Record<string, string> = {}): string {
  return `${path}?${new URLSearchParams({ done, ...extra }).toString()}`;
}

/** The site's languages as choices, named in the UI's language ("French (fr)"). */
export function languageOptions(codes: readonly string[], uiLang: string): AdminOption[] {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([uiLang], { type: 'language' });
  } catch {
    names = undefined;
  }
  return codes.map((code) => {
    let name: string | undefined;
    try {
      name = names?.of(code);
    } catch {
      name = undefined;
    }
    return { value: code, label: name && name !== code ? `${name} (${code})` : code };
  });
}
