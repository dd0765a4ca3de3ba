/**
 * The job runner: claims due jobs from the database every `pollMs` (and at once on start), runs
 * the handler registered for each job's kind, and records the outcome. A failed attempt is
 * retried with exponential backoff until the job's attempts run out, then it is marked failed.
 * A runner that dies mid-job leaves a lock that expires after `lockMs`; another runner then
 * takes the job again. The database decides what is due, so a restart loses nothing.
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { SYSTEM_ACTOR, type Actor } from '../domain/actor.js';
import { retryDelayMs, type Job } from '../domain/job.js';
import type { ServiceContext } from '../services/context.js';
import { claimDueJobs, createJobRepository, type JobDatabase } from '../store/job-repository.js';

/** Does one job's work, acting through services; throws to fail the attempt. Must be idempotent. */
export type JobHandler = (ctx: ServiceContext, job: Job) => Promise<void>;

/** Where the runner reports failures (pino's signature, so a Fastify logger fits). */
export interface JobLog {
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

/** What a runner is built from. */
export interface JobRunnerOptions {
  database: JobDatabase;
  /** A service context acting as `actor`; handlers act as the system. */
  contextFor(actor?: Actor): ServiceContext;
  /** Handler of each job kind. */
  handlers: Readonly<Record<string, JobHandler>>;
  /** How often to look for due jobs, in milliseconds. */
  pollMs: number;
  /** How long a claim hides a job from other runners (default 5 minutes). */
  lockMs?: number;
  /** Jobs claimed at a time (default 10). */
  batchSize?: number;
  /** Names this runner in `locked_by` (default host, process and a random part). */
  workerId?: string;
  log?: JobLog;
}

/** What one pass over the due jobs did. */
export interface JobRunSummary {
  done: number;
  retried: number;
  failed: number;
}

/** A runner: start polling, stop, or run the due jobs once. */
export interface JobRunner {
  readonly workerId: string;
  /** Starts polling, reporting to `log` when given; resolves once the first pass (run at once) has finished. */
  start(log?: JobLog): Promise<void>;
  /** Stops polling and waits for the job that is running, if any. */
  stop(): Promise<void>;
  /** Runs every job due at `now` (default: the clock's now) once, after any pass in progress. */
  runDueJobs(now?: Date): Promise<JobRunSummary>;
}

const DEFAULT_LOCK_MS = 5 * 60_000;
const DEFAULT_BATCH = 10;
const SILENT: JobLog = { warn() {}, error() {} };

/** Creates a runner (not started). */
export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const lockMs = options.lockMs ?? DEFAULT_LOCK_MS;
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  let log = options.log ?? SILENT;
  const jobs = createJobRepository(options.database.db);
  const ctx = options.contextFor(SYSTEM_ACTOR);
  // Passes run one after another, never side by side: `chain` is the last one started.
  let chain: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  // Set by stop(): the pass in progress finishes its batch and leaves the rest for the next start.
  let stopping = false;

  async function runOne(job: Job, summary: JobRunSummary): Promise<void> {
    const handler = options.handlers[job.kind];
    try {
      // A job whose runners kept dying mid-work would otherwise be taken again for ever.
      if (job.attempts > job.maxAttempts) throw new Error(`gave up after ${job.maxAttempts} attempts that did not finish`);
      if (!handler) throw new Error(`no handler for job kind "${job.kind}"`);
      await handler(ctx, job);
      await jobs.markDone(job.id, workerId, ctx.clock());
      summary.done++;
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      const now = ctx.clock();
      if (job.attempts >= job.maxAttempts) {
        await jobs.markFailed(job.id, workerId, reason, now);
        summary.failed++;
        log.error({ job: job.id, kind: job.kind, key: job.key, attempts: job.attempts, err }, 'job failed for good');
      } else {
        const retryAt = new Date(now.getTime() + retryDelayMs(job.attempts));
        await jobs.markRetry(job.id, workerId, reason, retryAt);
        summary.retried++;
        log.warn({ job: job.id, kind: job.kind, key: job.key, attempts: job.attempts, retryAt, err }, 'job failed; will retry');
      }
    }
  }

  async function pass(now: Date): Promise<JobRunSummary> {
    const summary: JobRunSummary = { done: 0, retried: 0, failed: 0 };
    for (;;) {
      if (stopping || !(await jobs.existsDue(now))) return summary;
      const claimed = await claimDueJobs(options.database, {
        now,
        workerId,
        lockedUntil: new Date(now.getTime() + lockMs),
        limit: batchSize,
      });
      // Side by side: a webhook receiver that hangs until its timeout must not hold up a
      // scheduled publication claimed in the same batch.
      await Promise.all(claimed.map((job) => runOne(job, summary)));
      // A full batch may have left more due jobs behind; a short one means none are left for us.
      if (claimed.length < batchSize) return summary;
    }
  }

  function runDueJobs(now?: Date): Promise<JobRunSummary> {
    const next = chain.then(() => pass(now ?? ctx.clock()));
    chain = next.catch(() => {});
    return next;
  }

  function poll(): void {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      runDueJobs()
        .catch((err: unknown) => log.error({ err }, 'could not look for due jobs'))
        .finally(() => {
          if (running) poll();
        });
    }, options.pollMs);
    // The runner alone must not keep a process alive (the server does that).
    timer.unref();
  }

  return {
    workerId,
    async start(withLog) {
      if (withLog) log = withLog;
      if (running) return;
      running = true;
      stopping = false;
      try {
        await runDueJobs();
      } catch (err) {
        log.error({ err }, 'could not look for due jobs');
      }
      if (running) poll();
    },
    async stop() {
      running = false;
      stopping = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await chain;
    },
    runDueJobs,
  };
}
