/**
 * Errors in the shape Ghost's Content API gives them, `{errors: [{message, context, type, …}]}`,
 * which Ghost's clients turn into exceptions named after `type`. Every Ghost-compatible route
 * answers its errors through this handler.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, NotFoundError, UnauthenticatedError, ValidationError } from '../../../domain/errors.js';
import { MissingContentKeyError } from '../content/require-content-key.js';

/** One error as Ghost writes it. */
export interface GhostErrorJson {
  message: string;
  context: string | null;
  type: string;
  details: null;
  property: string | null;
  help: string | null;
  code: string | null;
  id: string;
  ghostErrorCode: null;
}

/** A Ghost error response. */
export function ghostError(type: string, message: string, context: string | null, property: string | null = null, code: string | null = null) {
  const error: GhostErrorJson = { message, context, type, details: null, property, help: null, code, id: randomUUID(), ghostErrorCode: null };
  return { errors: [error] };
}

/** Installs the Ghost-shaped error and not-found handlers on the plugin. */
export function installGhostErrors(app: FastifyInstance): void {
  app.setErrorHandler(async (err: FastifyError, request, reply) => sendGhostError(err, request, reply));
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0];
    return reply.status(404).send(ghostError('NotFoundError', 'Resource not found', `no endpoint ${request.method} ${path}`));
  });
}

function sendGhostError(err: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  if (err instanceof MissingContentKeyError) {
    return reply.status(401).send(ghostError('UnauthorizedError', 'Authorization failed', err.message, null, 'INVALID_AUTH_PARAM'));
  }
  if (err instanceof UnauthenticatedError) {
    return reply.status(401).send(ghostError('UnauthorizedError', 'Unknown Content API Key', err.message, null, 'UNKNOWN_CONTENT_API_KEY'));
  }
  if (err instanceof NotFoundError) {
    return reply.status(404).send(ghostError('NotFoundError', 'Resource not found', err.message));
  }
  if (err instanceof ValidationError) {
    return reply.status(400).send(ghostError('BadRequestError', err.message, null, err.field));
  }
  if (err instanceof DomainError) {
    return reply.status(400).send(ghostError('BadRequestError', err.message, null));
  }
  const status = (err as FastifyError).statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    return reply.status(status).send(ghostError('BadRequestError', err.message, null));
  }
  request.log.error({ err }, 'request failed');
  return reply.status(500).send(ghostError('InternalServerError', 'Something went wrong on our side.', null));
}
