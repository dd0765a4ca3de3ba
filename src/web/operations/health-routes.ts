/** `GET /healthz`: 200 while the database answers, 503 otherwise (for load balancers and orchestrators). */
import type { FastifyPluginAsync } from 'fastify';
import { checkHealth } from '../../services/check-health.js';
import type { AppDeps } from '../build-app.js';

/** Route of the health check. */
export const healthRoutes: FastifyPluginAsync<{ deps: AppDeps }> = async (app, { deps }) => {
  app.get('/healthz', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    try {
      await checkHealth(deps.contextFor());
      return reply.send({ status: 'ok' });
    } catch (err) {
      request.log.warn({ err }, 'health check failed');
      return reply.status(503).send({ status: 'unavailable' });
    }
  });
};
