/**
 * The web app: cross-cutting plugins (errors, security headers, page cache), then the route
 * families, each a plugin in its own file. It never listens; main.ts and tests decide that.
 */
import { createServer } from 'node:http';
import Fastify, { type FastifyInstance } from 'fastify';
import { TypeBoxValidatorCompiler } from '@fastify/type-provider-typebox';
import type { Config } from '../config/config.js';
import type { Actor } from '../domain/actor.js';
import type { EventBus, ServiceContext } from '../services/context.js';
import { adminAssetRoutes, loadAdminAssets } from './admin/admin-assets.js';
import { ADMIN_UI_PREFIX, adminUi } from './admin/admin-ui.js';
import { authRoutes } from './admin/auth-routes.js';
import { ADMIN_API_PREFIX, adminApi } from './api/admin/admin-api.js';
import { CONTENT_API_PREFIX, contentApi } from './api/content/content-api.js';
import { GHOST_API_PREFIX, ghostApi } from './api/ghost/ghost-api.js';
import { healthRoutes } from './operations/health-routes.js';
import { answerFrameworkError, installErrorHandler } from './plugins/error-handler.js';
import { answerFromCache, installPageCache } from './plugins/page-cache.js';
import type { PageCacheStore } from './plugins/page-cache-store.js';
import { installSecurityHeaders } from './plugins/security-headers.js';
import { installSessionAuth } from './plugins/session-auth.js';
import { archiveRoutes } from './site/archive-routes.js';
import { brandRoutes } from './site/brand-routes.js';
import { entityRoutes } from './site/entity-routes.js';
import { feedRoutes } from './site/feed-routes.js';
import { homeRoutes } from './site/home-routes.js';
import { mediaFileRoutes } from './site/media-routes.js';
import { createNotFoundPage } from './site/not-found-page.js';
import { sectionRoutes } from './site/section-routes.js';
import { sitemapRoutes } from './site/sitemap-routes.js';
import type { SiteOptions } from './site/site-request.js';
import { storyRoutes } from './site/story-routes.js';
import { loadStylesheet, stylesheetRoutes } from './site/stylesheet.js';

/** What the web app is built from. */
export interface AppDeps {
  config: Config;
  events: EventBus;
  /** A service context acting as `actor` (the system when omitted). */
  contextFor(actor?: Actor): ServiceContext;
  logger: boolean;
}

/** Builds the Fastify app with every route; it does not listen. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  let cache: PageCacheStore | undefined;
  const app = Fastify({
    logger: deps.logger ? { level: deps.config.logLevel } : false,
    frameworkErrors: answerFrameworkError,
    // Client addresses (sign-in rate limits, session lists) come from the proxy's header only when configured.
    trustProxy: trustProxyOption(deps.config.trustProxy),
    // Cached pages are answered before Fastify's routing (app.inject() goes straight to Fastify,
    // where the page cache's onRequest hook answers the same hits).
    serverFactory: (handler) =>
      createServer((req, res) => {
        if (cache && answerFromCache(cache, req, res)) return;
        handler(req, res);
      }),
  });
  // TypeBox's validator: bodies are checked as sent (no type coercion, unknown fields refused by
  // additionalProperties: false rather than silently stripped); query strings and params are
  // converted from text to the declared types first.
  app.setValidatorCompiler(TypeBoxValidatorCompiler);

  const stylesheet = loadStylesheet();
  const site: SiteOptions = { deps, stylesheetHref: stylesheet.href };

  installErrorHandler(app, createNotFoundPage(site));
  // MUST come before the page cache: the cache stores the headers a response was sent with.
  installSecurityHeaders(app);
  cache = installPageCache(app, { capacity: deps.config.pageCacheEntries, events: deps.events });
  // Cookies, form bodies and the admin session, on the root app: before every route family.
  await installSessionAuth(app, deps);
  const adminAssets = loadAdminAssets();

  await app.register(healthRoutes, { deps });
  await app.register(authRoutes, { deps, stylesheetHref: adminAssets.stylesheetHref });
  await app.register(adminAssetRoutes, { assets: adminAssets });
  await app.register(adminUi, { deps, assets: adminAssets, prefix: ADMIN_UI_PREFIX });
  await app.register(adminApi, { deps, prefix: ADMIN_API_PREFIX });
  await app.register(stylesheetRoutes, { stylesheet });
  await app.register(homeRoutes, site);
  await app.register(storyRoutes, site);
  await app.register(sectionRoutes, site);
  await app.register(entityRoutes, site);
  await app.register(archiveRoutes, site);
  await app.register(feedRoutes, site);
  await app.register(sitemapRoutes, site);
  await app.register(brandRoutes);
  await app.register(mediaFileRoutes, { deps });
  await app.register(contentApi, { deps, prefix: CONTENT_API_PREFIX });
  await app.register(ghostApi, { deps, prefix: GHOST_API_PREFIX });
  return app;
}

/** Fastify's trustProxy from ours: a hop count becomes "trust the nearest N hops". */
function trustProxyOption(value: boolean | number | string): boolean | string | ((address: string, hop: number) => boolean) {
  return typeof value === 'number' ? (_address, hop) => hop < value : value;
}
