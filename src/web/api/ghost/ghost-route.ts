/** Registering a Ghost-compatible GET route, with and without the trailing slash Ghost's client adds. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Registers `path` and `path/` with the same handler. */
export function ghostGet<Params = Record<string, never>>(
  app: FastifyInstance,
  path: string,
  handler: (request: FastifyRequest<{ Params: Params }>, reply: FastifyReply) => Promise<unknown>,
): void {
  app.get<{ Params: Params }>(path, handler);
  app.get<{ Params: Params }>(`${path}/`, handler);
}
