import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from '../config/config.js';
import type { Actor } from '../domain/actor.js';
import type { EventBus, ServiceContext } from '../services/context.js';

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
  const app = Fastify({ logger: deps.logger ? { level: deps.config.logLevel } : false });
  return app;
}
