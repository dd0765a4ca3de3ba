/**
 * The reader site's 404 page: in the language the path names (else the default language),
 * with the newest stories so the reader has somewhere to go.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { renderNotFoundPage } from '../../render/pages/not-found-page.js';
import { listPublishedStories } from '../../services/list-published-stories.js';
import type { NotFoundPage } from '../plugins/error-handler.js';
import { sendHtml, type SiteOptions } from './site-request.js';
import { buildChrome, toTeaser } from './view-models.js';

const LATEST_COUNT = 5;

/** Makes the function that answers a reader's request for a page that does not exist. */
export function createNotFoundPage({ deps, stylesheetHref }: SiteOptions): NotFoundPage {
  const { config } = deps;
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '/';
    const first = path.split('/')[1] ?? '';
    const lang = config.languages.includes(first) ? first : config.languages[0]!;
    reply.status(404);
    try {
      const ctx = deps.contextFor();
      const [chrome, latest] = await Promise.all([
        buildChrome(ctx, { lang, path, siteName: config.siteName, siteUrl: config.siteUrl, stylesheetHref }),
        listPublishedStories(ctx, { lang, page: 1, limit: LATEST_COUNT }),
      ]);
      return sendHtml(reply, renderNotFoundPage({ chrome, requestedPath: safeDecode(path), latest: latest.items.map(toTeaser) }));
    } catch (err) {
      // The page is a courtesy; when it cannot be built the reader still gets a plain 404.
      request.log.error({ err }, 'could not build the 404 page');
      return reply.type('text/plain; charset=utf-8').send('Page not found.');
    }
  };
}

/** The path as a reader typed it (non-Latin letters shown, not percent codes). */
function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
