/**
 * The Content API v1, `/api/content/v1`: read-only JSON of published content for apps and
 * other sites, behind a content key in `?key=`, open to browsers on any origin, documented by
 * its OpenAPI document (public) generated from the routes' schemas.
 */
import swagger from '@fastify/swagger';
import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../build-app.js';
import { contentStoryRoutes } from './content-stories.js';
import { contentTaxonomyRoutes } from './content-taxonomy.js';
import { allowCrossOrigin, requireContentKey } from './require-content-key.js';

/** Where the Content API is mounted. */
export const CONTENT_API_PREFIX = '/api/content/v1';

/** The Content API; register it with `{prefix: CONTENT_API_PREFIX}`. */
export const contentApi: FastifyPluginAsync<{ deps: AppDeps }> = async (app, { deps }) => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: `${deps.config.siteName} Content API`,
        version: '1',
        description:
          'Read-only access to published stories, their topics, regions, tags, types and authors, in every language. ' +
          'Every endpoint needs a content key in the query string: `?key=<26 hex characters>` ' +
          '(`dateline apikey create --scope content`). The same data is served in the shape of Ghost\'s Content API ' +
          'under `/ghost/api/content/`. Errors are `{"error": {"code", "message", "details"}}` with a 4xx status.',
      },
      servers: [{ url: deps.config.siteUrl }],
      components: { securitySchemes: { contentKey: { type: 'apiKey', in: 'query', name: 'key', description: 'A content API key' } } },
      security: [{ contentKey: [] }],
      tags: [
        { name: 'stories', description: 'Published stories' },
        { name: 'taxonomy', description: 'Topics, regions, tags and story types' },
        { name: 'authors', description: 'Authors' },
      ],
    },
  });

  allowCrossOrigin(app);
  app.get('/openapi.json', { schema: { hide: true } }, async (_request, reply) => reply.header('cache-control', 'no-cache').send(app.swagger()));

  await app.register(async (authenticated) => {
    requireContentKey(authenticated, deps);
    await authenticated.register(contentStoryRoutes, { deps });
    await authenticated.register(contentTaxonomyRoutes, { deps });
  });
};
