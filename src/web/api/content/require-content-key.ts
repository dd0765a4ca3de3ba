/**
 * Authentication of the Content API and the Ghost-compatible API: a content key in the query
 * string (`?key=`), as Ghost's clients send it. Content keys only read published content.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { UnauthenticatedError } from '../../../domain/errors.js';
import { authenticateApiKey } from '../../../services/api-keys.js';
import type { AppDeps } from '../../build-app.js';

/** The `key` query parameter of a request, if it has one. */
export function contentKeyOf(request: FastifyRequest): string | undefined {
  const key = (request.query as Record<string, unknown> | undefined)?.key;
  return typeof key === 'string' && key !== '' ? key : undefined;
}

/** Thrown when no key was sent at all (Ghost tells that apart from a wrong key). */
export class MissingContentKeyError extends UnauthenticatedError {}

/**
 * Adds the hook that checks `?key=` on every request of the plugin (browsers' CORS preflight
 * requests, which never carry one, excepted).
 */
export function requireContentKey(app: FastifyInstance, deps: AppDeps): void {
  app.addHook('onRequest', async (request) => {
    if (request.method === 'OPTIONS') return;
    const key = contentKeyOf(request);
    if (key === undefined) {
      throw new MissingContentKeyError('send a Content API key as ?key=… (make one with `dateline apikey create --scope content`)');
    }
    await authenticateApiKey(deps.contextFor(), key, 'content');
  });
}

/**
 * Lets browsers read the API from any site (the content is public and the key travels in the
 * URL, not in a cookie) and answers their preflight requests.
 */
export function allowCrossOrigin(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('access-control-allow-origin', '*');
    return payload;
  });
  app.options('/*', { schema: { hide: true } }, async (_request, reply) =>
    reply
      .status(204)
      .header('access-control-allow-methods', 'GET, HEAD, OPTIONS')
      .header('access-control-allow-headers', 'Accept-Version, Content-Type')
      .header('access-control-max-age', '86400')
      .send(),
  );
}
