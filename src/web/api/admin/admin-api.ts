/**
 * The Admin API, `/api/admin/v1`: an encapsulated plugin whose routes all sit behind the
 * bearer-key hook, plus its OpenAPI document (public), generated from the routes' schemas.
 */
import swagger from '@fastify/swagger';
import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../build-app.js';
import { auditRoutes } from './audit.js';
import { mediaRoutes } from './media.js';
import { requireAdminKey } from './require-admin-key.js';
import { OPTIONAL_BODY } from './story-schemas.js';
import { storyAnalysisRoutes } from './story-analysis.js';
import { storyCorrectionRoutes } from './story-corrections.js';
import { storyRevisionRoutes } from './story-revisions.js';
import { storyWorkflowRoutes } from './story-workflow.js';
import { storyRoutes } from './stories.js';
import { translationRoutes } from './translations.js';
import { userRoutes } from './users.js';
import { webhookRoutes } from './webhooks.js';

/** Operations flagged with OPTIONAL_BODY get `requestBody.required: false` (swagger says true for every body). */
function markOptionalBodies<T>(document: T): T {
  const paths = (document as { paths?: Record<string, Record<string, Record<string, unknown>>> }).paths ?? {};
  for (const operations of Object.values(paths)) {
    for (const operation of Object.values(operations)) {
      if (!operation[OPTIONAL_BODY]) continue;
      delete operation[OPTIONAL_BODY];
      const body = operation.requestBody as { required?: boolean } | undefined;
      if (body) body.required = false;
    }
  }
  return document;
}

/** Where the Admin API is mounted. */
export const ADMIN_API_PREFIX = '/api/admin/v1';

/** The Admin API; register it with `{prefix: ADMIN_API_PREFIX}`. */
export const adminApi: FastifyPluginAsync<{ deps: AppDeps }> = async (app, { deps }) => {
  // Registered here, swagger sees only the routes of this plugin: the document is the Admin API's.
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: `${deps.config.siteName} Admin API`,
        version: '1',
        description:
          'Write access to stories: create, edit (with revision checks), the editorial workflow (submit, send back, ' +
          'schedule, publish, unpublish, correct), revisions (read, compare, restore) and the audit log. Every ' +
          'endpoint needs an admin API key or a personal access token sent as `Authorization: Bearer <key>`; a ' +
          "personal token acts with its user's role, and a step that role may not take is a 403 naming who may. " +
          'Errors are `{"error": {"code", "message", "details"}}` with a 4xx status.',
      },
      servers: [{ url: deps.config.siteUrl }],
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'An admin API key' } },
      },
      security: [{ bearer: [] }],
      tags: [
        { name: 'stories', description: 'Stories and their revisions' },
        { name: 'workflow', description: 'Review, scheduling, publishing, unpublishing and corrections' },
        { name: 'revisions', description: 'The history of a story: read, compare and restore revisions' },
        { name: 'audit', description: 'Who did what, and when (admins only)' },
        { name: 'media', description: 'The media library: upload pictures, describe them, see where they are used' },
        { name: 'translations', description: 'Language versions of a story, and the translation board' },
      ],
    },
    transformObject: (documents) => markOptionalBodies('openapiObject' in documents ? documents.openapiObject : documents.swaggerObject),
  });

  app.get('/openapi.json', { schema: { hide: true } }, async (_request, reply) =>
    reply.header('cache-control', 'no-cache').send(app.swagger()),
  );

  await app.register(async (authenticated) => {
    // Bodies are JSON only: anything else is a 415, not a string that fails the schema oddly.
    authenticated.removeContentTypeParser(['text/plain', 'application/x-www-form-urlencoded']);
    requireAdminKey(authenticated, deps);
    await authenticated.register(storyRoutes, { deps });
    await authenticated.register(storyWorkflowRoutes, { deps });
    await authenticated.register(storyRevisionRoutes, { deps });
    await authenticated.register(storyCorrectionRoutes, { deps });
    await authenticated.register(storyAnalysisRoutes, { deps });
    await authenticated.register(translationRoutes, { deps });
    await authenticated.register(auditRoutes, { deps });
    await authenticated.register(userRoutes, { deps });
    await authenticated.register(webhookRoutes, { deps });
    await authenticated.register(mediaRoutes, { deps });
  });
};
