/**
 * What every reader route shares: its options, the checks on a page's language and page
 * number (anything wrong is a 404, as for any address that names nothing), and sending HTML.
 */
import type { FastifyReply } from 'fastify';
import { NotFoundError } from '../../domain/errors.js';
import type { AppDeps } from '../build-app.js';

/** Options of every reader-site plugin. */
export interface SiteOptions {
  deps: AppDeps;
  /** Content-hashed path of the stylesheet. */
  stylesheetHref: string;
}

/** Stories on one page of a section or the archive. */
export const STORIES_PER_PAGE = 20;

/** Route config of paginated pages: `page` is the only query parameter that changes them. */
export const PAGINATED = { cacheQuery: ['page'] } as const;

/**
 * The language named in a path when the site publishes in it.
 * @throws NotFoundError for any other language.
 */
export function siteLanguage(deps: AppDeps, lang: string): string {
  if (!deps.config.languages.includes(lang)) throw new NotFoundError(`this site has no pages in "${lang}"`);
  return lang;
}

/**
 * The page number of `?page=N`: 1 when absent. `N` must be written the way our links write it
 * (a positive integer without leading zeros); the canonical link of page 1 has no query.
 * @throws NotFoundError for anything else: a page number that is not one names no page.
 */
export function pageNumber(query: unknown): number {
  const raw = (query as Record<string, unknown> | undefined)?.page;
  if (raw === undefined) return 1;
  if (typeof raw !== 'string' || !/^[1-9]\d{0,5}$/.test(raw)) {
    throw new NotFoundError(`"${String(raw)}" is not a page of this list`);
  }
  return Number(raw);
}

/** Throws NotFoundError when `page` lies past the last page of a list of `total` stories (page 1 always exists). */
export function assertPageExists(page: number, total: number): void {
  if (page > 1 && page > Math.ceil(total / STORIES_PER_PAGE)) {
    throw new NotFoundError(`this list has no page ${page}`);
  }
}

/** Sends a rendered page. */
export function sendHtml(reply: FastifyReply, html: string): FastifyReply {
  return reply.type('text/html; charset=utf-8').send(html);
}
