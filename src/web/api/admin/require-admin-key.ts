/**
 * Authentication of the Admin API: every request inside the plugin that installs this hook
 * must carry `Authorization: Bearer <admin key or personal access token>`, so no route can
 * forget it. A personal token acts as its user, with the user's role.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../../domain/actor.js';
import { UnauthenticatedError } from '../../../domain/errors.js';
import { authenticateApiKey } from '../../../services/api-keys.js';
import type { AppDeps } from '../../build-app.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is acting: set by the Admin API's authentication before any handler runs. */
    actor: Actor | undefined;
  }
}

const BEARER = /^Bearer[ \t]+([^\s]+)[ \t]*$/i;

/** Adds the hook that resolves the bearer key (or personal token) to an actor or answers 401. */
export function requireAdminKey(app: FastifyInstance, deps: AppDeps): void {
  app.decorateRequest('actor', undefined);
  app.addHook('onRequest', async (request) => {
    const match = BEARER.exec(request.headers.authorization ?? '');
    if (!match?.[1]) {
      throw new UnauthenticatedError('send an admin API key or a personal access token as "Authorization: Bearer <key>"');
    }
    request.actor = await authenticateApiKey(deps.contextFor(), match[1], 'admin');
  });
}

/**
 * The authenticated actor of an Admin API request. Throws rather than fall back to the system
 * actor (what `contextFor(undefined)` would act as) if a route were ever outside the hook.
 */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new UnauthenticatedError('this request was not authenticated');
  return request.actor;
}
