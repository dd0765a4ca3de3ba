/**
 * The admin UI, `/admin/…`: one encapsulated plugin whose hooks are the sign-in check and the
 * CSRF check (web/plugins/session-auth.ts), so no admin route can forget either. Register it
 * with `{prefix: '/admin'}` after the session plugin; the sign-in routes live outside it.
 */
import type { FastifyPluginAsync } from 'fastify';
import { protectAdminRoutes } from '../plugins/session-auth.js';
import { accountRoutes } from './account-routes.js';
import { installAdminErrors } from './admin-errors.js';
import { mediaRoutes } from './media-routes.js';
import type { AdminOptions } from './admin-request.js';
import { auditRoutes } from './audit-routes.js';
import { dashboardRoutes } from './dashboard-routes.js';
import { previewRoutes } from './preview-routes.js';
import { revisionRoutes } from './revision-routes.js';
import { storyEditorRoutes } from './story-editor-routes.js';
import { storyHeroRoutes } from './story-hero-routes.js';
import { storyListRoutes } from './story-list-routes.js';
import { suggestionRoutes } from './suggestion-routes.js';
import { translationRoutes } from './translation-routes.js';
import { userRoutes } from './user-routes.js';

/** Where the admin UI is mounted. */
export const ADMIN_UI_PREFIX = '/admin';

/** The admin UI; register it with `{prefix: ADMIN_UI_PREFIX}`. */
export const adminUi: FastifyPluginAsync<AdminOptions> = async (app, { deps, assets }) => {
  // MUST pass on only these two: handing the route families this plugin's own options would
  // hand them its `prefix` too, and mount them at /admin/admin/….
  const options: AdminOptions = { deps, assets };
  protectAdminRoutes(app);
  installAdminErrors(app, options);
  await app.register(dashboardRoutes, options);
  await app.register(storyListRoutes, options);
  await app.register(storyEditorRoutes, options);
  await app.register(storyHeroRoutes, options);
  await app.register(mediaRoutes, options);
  await app.register(suggestionRoutes, options);
  await app.register(previewRoutes, options);
  await app.register(revisionRoutes, options);
  await app.register(translationRoutes, options);
  await app.register(userRoutes, options);
  await app.register(accountRoutes, options);
  await app.register(auditRoutes, options);
};
