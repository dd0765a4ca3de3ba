/**
 * Wiring: config → open the database → migrate → (demo content) → web app → listen.
 * The one file that knows every room; commands and tests start Dateline through it.
 */
import type { FastifyInstance } from 'fastify';
import type { Config } from './config/config.js';
import { SYSTEM_ACTOR, type Actor } from './domain/actor.js';
import { JOB_HANDLERS } from './jobs/job-handlers.js';
import { createJobRunner, type JobRunner } from './jobs/runner.js';
import { EventBus, type ServiceContext } from './services/context.js';
import { ensureFirstAdmin } from './services/ensure-first-admin.js';
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
  /**
   * The job runner (scheduled publishing, …). `serve` starts it; tests and commands may call
   * `jobs.runDueJobs()` instead. Closing the runtime stops it first.
   */
  jobs: JobRunner;
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
  const webhooks = { allowPrivateTargets: config.webhooksAllowPrivate, timeoutMs: config.webhooksTimeoutMs };
  const media = { dir: config.mediaDir, maxBytes: config.mediaMaxBytes, maxPixels: config.mediaMaxPixels };
  const contextFor = (actor: Actor = SYSTEM_ACTOR): ServiceContext => ({ db: database.db, clock, actor, events, site, webhooks, media });
  // The first admin from DATELINE_ADMIN_EMAIL and DATELINE_ADMIN_PASSWORD, on an empty database only.
  await ensureFirstAdmin(contextFor(), config.firstAdmin).catch(async (err: unknown) => {
    await database.close();
    throw err;
  });
  const jobs = createJobRunner({ database, contextFor, handlers: JOB_HANDLERS, pollMs: config.jobPollMs });
  return {
    config,
    database,
    events,
    contextFor,
    jobs,
    // MUST stop the runner before closing the database: a job may be running on it.
    close: async () => {
      await jobs.stop();
      await database.close();
    },
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
 * Starts serving and the job runner; on SIGINT or SIGTERM closes the server, then the runtime
 * (which waits for a running job before closing the database). Resolves once listening, with
 * the address.
 */
export async function serve(runtime: Runtime): Promise<{ app: FastifyInstance; address: string }> {
  const app = await buildWebApp(runtime);
  const address = await app.listen({ port: runtime.config.port, host: runtime.config.host });
  // Jobs that came due while the server was down run now, before the first poll interval, while
  // the server already answers: a backlog (a new demo's image variants) must not hold up start-up.
  // The runner reports its own failures to the log; start() itself does not reject.
  void runtime.jobs.start(app.log);
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
