/**
 * Wiring: config → open the database → migrate → (demo content) → web app → listen.
 * The one file that knows every room; commands and tests start Dateline through it.
 */
import type { FastifyInstance } from 'fastify';
import type { Config } from './config/config.js';
import { SYSTEM_ACTOR, type Actor } from './domain/actor.js';
import { EventBus, type ServiceContext } from './services/context.js';
import { openDatabase, type Database } from './store/database.js';
import { migrateToLatest } from './store/migrate.js';
import { buildApp } from './web/build-app.js';

/** A running Dateline: the database, the event bus and a context factory for services. */
export interface Runtime {
  config: Config;
  database: Database;
  events: EventBus;
  /** A service context acting as `actor` (the system when omitted). */
  contextFor(actor?: Actor): ServiceContext;
  close(): Promise<void>;
}

/** Opens and migrates the configured database and returns what services need. */
export async function openRuntime(config: Config, clock: () => Date = () => new Date()): Promise<Runtime> {
  const database = openDatabase(config.database);
  try {
    await migrateToLatest(database);
  } catch (err) {
    await database.close();
    throw err;
  }
  const events = new EventBus();
  const site = { languages: config.languages, siteUrl: config.siteUrl, siteName: config.siteName };
  return {
    config,
    database,
    events,
    contextFor: (actor = SYSTEM_ACTOR) => ({ db: database.db, clock, actor, events, site }),
    close: () => database.close(),
  };
}

/** The web app over a runtime, not listening (tests inject requests into it). */
export function buildWebApp(runtime: Runtime, options: { logger?: boolean } = {}): Promise<FastifyInstance> {
  return buildApp({
    config: runtime.config,
    events: runtime.events,
    contextFor: runtime.contextFor,
    logger: options.logger ?? true,
  });
}

/**
 * Starts serving and closes the server, then the database, on SIGINT or SIGTERM.
 * Resolves once listening, with the address.
 */
export async function serve(runtime: Runtime): Promise<{ app: FastifyInstance; address: string }> {
  const app = await buildWebApp(runtime);
  const address = await app.listen({ port: runtime.config.port, host: runtime.config.host });
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'closing');
    app
      .close()
      .then(() => runtime.close())
      .then(
        () => process.exit(0),
        (err) => {
          app.log.error(err, 'error while closing');
          process.exit(1);
        },
      );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  return { app, address };
}
