/**
 * Ghost's Content API, served from Dateline's published content at `/ghost/api/content/`, so
 * Ghost front-ends, themes and `@tryghost/content-api` work unchanged: posts, pages, tags,
 * authors and settings, with `?key=` auth, Ghost's error shapes and `meta.pagination`. The
 * `Accept-Version` header is accepted whatever it says (the shapes are Ghost 5's).
 */
import type { FastifyPluginAsync } from 'fastify';
import { brandImages } from '../../../render/brand/brand-images.js';
import { t } from '../../../render/i18n/messages.js';
import { presentGhostSettings } from '../../../render/json/ghost-settings.js';
import { listNavigation } from '../../../services/get-section.js';
import type { AppDeps } from '../../build-app.js';
import { sectionPath } from '../../site/view-models.js';
import { allowCrossOrigin, requireContentKey } from '../content/require-content-key.js';
import { installGhostErrors } from './ghost-errors.js';
import { ghostPostRoutes } from './ghost-posts.js';
import { ghostGet } from './ghost-route.js';
import { ghostTaxonomyRoutes } from './ghost-taxonomy.js';

/** Where Ghost's clients look for the Content API (`{url}/ghost/api/content/…`). */
export const GHOST_API_PREFIX = '/ghost/api/content';

/** The Ghost-compatible Content API; register it with `{prefix: GHOST_API_PREFIX}`. */
export const ghostApi: FastifyPluginAsync<{ deps: AppDeps }> = async (app, { deps }) => {
  installGhostErrors(app);
  allowCrossOrigin(app);
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('content-version', 'v5.0');
    reply.header('cache-control', 'public, max-age=0');
    return payload;
  });
  requireContentKey(app, deps);

  ghostPostRoutes(app, deps);
  ghostTaxonomyRoutes(app, deps);

  const { config } = deps;
  ghostGet(app, '/settings', async () => {
    const lang = config.languages[0]!;
    const { topics } = await listNavigation(deps.contextFor(), lang);
    const images = brandImages();
    return {
      settings: presentGhostSettings({
        title: config.siteName,
        description: t(lang, 'home.description', { siteName: config.siteName }),
        lang,
        siteUrl: config.siteUrl,
        logoUrl: `${config.siteUrl}${images.logo.href}`,
        coverImageUrl: `${config.siteUrl}${images.share.href}`,
        navigation: topics.map((topic) => ({ label: topic.names[lang] ?? topic.names.en ?? topic.slug, url: sectionPath(lang, 'topic', topic.slug) })),
      }),
      meta: {},
    };
  });
};
