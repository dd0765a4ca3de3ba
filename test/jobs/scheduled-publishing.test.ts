/**
 * Scheduled publishing is durable: a job row due at the scheduled time, claimed by a runner.
 * A story scheduled for T goes out at T and not before, at once after a restart that spans T,
 * exactly once however many runners poll, and a failing job is retried with backoff, then failed.
 * Time is a manual clock; "polling" is runDueJobs() (or start(), which runs a pass at once).
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, it } from 'node:test';
import type { Actor } from '../../src/domain/actor.js';
import type { ContentEvent } from '../../src/domain/events.js';
import { publishJobKey, RETRY_BASE_MS } from '../../src/domain/job.js';
import { ANALYZE_STORY } from '../../src/domain/story-analysis.js';
import type { Story } from '../../src/domain/story.js';
import { publishScheduledStory } from '../../src/jobs/handlers/publish-scheduled-story.js';
import { JOB_HANDLERS } from '../../src/jobs/job-handlers.js';
import { createJobRunner } from '../../src/jobs/runner.js';
import { openRuntime, type Runtime } from '../../src/main.js';
import type { ServiceContext } from '../../src/services/context.js';
import { createStory } from '../../src/services/create-story.js';
import { getPublishedStory } from '../../src/services/get-published-story.js';
import { getStory } from '../../src/services/get-story.js';
import { listAuditEvents } from '../../src/services/list-audit-events.js';
import { listRevisions } from '../../src/services/list-revisions.js';
import { publishStory } from '../../src/services/publish-story.js';
import { scheduleStory } from '../../src/services/schedule-story.js';
import { unpublishStory } from '../../src/services/unpublish-story.js';
import { unscheduleStory } from '../../src/services/unschedule-story.js';
import { claimDueJobs, createJobRepository } from '../../src/store/job-repository.js';
import { createTestDatabase, forEachDialect, type TestDatabase } from '../support/for-each-dialect.js';
import { manualClock } from '../services/manual-clock.js';

const EDITOR: Actor = { kind: 'user', id: 'u-editor', label: 'Edith Editor', role: 'editor' };

forEachDialect('scheduled publishing', (dialect) => {
  const clock = manualClock('2026-03-18T09:00:00.000Z');
  let tdb: TestDatabase;
  let editor: ServiceContext;
  /** Runtimes a test opened on the same database (other "servers"); closed after the suite. */
  const servers: Runtime[] = [];
  before(async () => {
    tdb = await createTestDatabase(dialect, {}, clock.now);
    editor = tdb.runtime.contextFor(EDITOR);
  });
  after(async () => {
    for (const server of servers) await server.close();
    await tdb.dispose();
  });
  beforeEach(() => setAnalysesAside());

  /**
   * Every save also enqueues an analysis of the story (test/services/story-analysis.test.ts
   * covers those); this suite counts the runner's publication work, so the analyses pending
   * are set aside (cancelled) before it counts.
   */
  async function setAnalysesAside(): Promise<void> {
    await tdb.runtime.database.db
      .updateTable('jobs')
      .set({ finished_at: clock.now().toISOString(), outcome: 'cancelled', locked_until: null })
      .where('kind', '=', ANALYZE_STORY)
      .where('finished_at', 'is', null)
      .execute();
  }

  /** True when each story's publication job ran, and ended done, exactly once. */
  async function eachPublicationDoneOnce(stories: readonly Story[]): Promise<void> {
    const jobs = createJobRepository(tdb.runtime.database.db);
    for (const story of stories) {
      assert.deepEqual((await jobs.listByKey(publishJobKey(story.id))).map((j) => [j.outcome, j.attempts]), [['done', 1]], story.headline);
    }
  }

  /** Another Dateline process on the same database. */
  async function openServer(): Promise<Runtime> {
    const server = await openRuntime(tdb.config, clock.now);
    servers.push(server);
    return server;
  }

  /** A draft scheduled by the editor for `atIso`, with the clock at `nowIso`. */
  async function scheduled(headline: string, nowIso: string, atIso: string, ctx = editor): Promise<Story> {
    clock.set(nowIso);
    const draft = await createStory(ctx, { lang: 'en', headline, body: `The text of ${headline}.` });
    const scheduled = await scheduleStory(ctx, { id: draft.id, at: new Date(atIso) });
    await setAnalysesAside();
    return scheduled;
  }

  /** How many times the story was published: audit events and revisions must agree. */
  async function timesPublished(storyId: string): Promise<number> {
    const audit = await listAuditEvents(tdb.runtime.contextFor(), { storyId, action: 'story.published', page: 1, limit: 10 });
    const revisions = (await listRevisions(editor, storyId)).filter((r) => r.note === 'Published');
    assert.equal(audit.total, revisions.length, 'one audit event per publication');
    return revisions.length;
  }

  it('publishes a story scheduled for T at T, not before, as the system', async () => {
    const story = await scheduled('Dawn launch', '2026-03-18T09:00:00.000Z', '2026-03-18T10:00:00.000Z');
    const job = await createJobRepository(tdb.runtime.database.db).findUnfinishedByKey(publishJobKey(story.id));
    assert.deepEqual(job?.runAt, new Date('2026-03-18T10:00:00.000Z'), 'a job row due at T, written with the schedule');
    assert.deepEqual(job?.payload, { storyId: story.id });

    clock.set('2026-03-18T09:59:59.999Z');
    assert.deepEqual(await tdb.runtime.jobs.runDueJobs(), { done: 0, retried: 0, failed: 0 });
    assert.equal((await getStory(editor, story.id)).status, 'scheduled', 'not a millisecond early');

    const events: ContentEvent[] = [];
    const stop = tdb.runtime.events.subscribe((e) => events.push(e));
    clock.set('2026-03-18T10:00:00.000Z');
    try {
      assert.deepEqual(await tdb.runtime.jobs.runDueJobs(), { done: 1, retried: 0, failed: 0 });
    } finally {
      stop();
    }
    const published = await getStory(editor, story.id);
    assert.equal(published.status, 'published');
    assert.deepEqual(published.publishedAt, new Date('2026-03-18T10:00:00.000Z'));
    assert.equal(published.scheduledAt, null);
    assert.equal((await listRevisions(editor, story.id))[0]?.actorLabel, 'Dateline');
    const seen = await getPublishedStory(editor, { lang: 'en', year: '2026', month: '03', slug: story.slug });
    assert.equal(seen.story.id, story.id, 'readers see it');
    assert.deepEqual(events.map((e) => e.type), ['story.published'], 'the page cache is told');
    const [done] = await createJobRepository(tdb.runtime.database.db).listByKey(publishJobKey(story.id));
    assert.equal(done?.outcome, 'done');
    assert.equal(await timesPublished(story.id), 1);
  });

  it('rescheduling replaces the pending job; unscheduling, publishing or unpublishing cancels it', async () => {
    const jobs = createJobRepository(tdb.runtime.database.db);
    const moved = await scheduled('Moved', '2026-03-18T09:00:00.000Z', '2026-03-18T11:00:00.000Z');
    clock.advance(1);
    await scheduleStory(editor, { id: moved.id, at: new Date('2026-03-18T12:00:00.000Z') });
    assert.deepEqual(
      (await jobs.listByKey(publishJobKey(moved.id))).map((j) => [j.outcome, j.runAt.toISOString()]),
      [['cancelled', '2026-03-18T11:00:00.000Z'], [null, '2026-03-18T12:00:00.000Z']],
    );
    const called = await scheduled('Called off', '2026-03-18T09:00:00.000Z', '2026-03-18T11:00:00.000Z');
    await unscheduleStory(editor, { id: called.id });
    const early = await scheduled('Out early', '2026-03-18T09:00:00.000Z', '2026-03-18T11:00:00.000Z');
    await publishStory(editor, { id: early.id });
    const pulled = await scheduled('Pulled', '2026-03-18T09:00:00.000Z', '2026-03-18T11:00:00.000Z');
    await unpublishStory(editor, { id: pulled.id });
    for (const s of [called, early, pulled]) {
      assert.deepEqual((await jobs.listByKey(publishJobKey(s.id))).map((j) => j.outcome), ['cancelled'], s.headline);
    }

    clock.set('2026-03-18T11:00:00.000Z');
    await tdb.runtime.jobs.runDueJobs();
    assert.equal((await getStory(editor, moved.id)).status, 'scheduled', 'the old time passes without effect');
    assert.equal((await getStory(editor, called.id)).status, 'draft');
    assert.equal((await getStory(editor, pulled.id)).status, 'unpublished');
    assert.equal(await timesPublished(early.id), 1, 'published by hand, not again by the job');
    clock.set('2026-03-18T12:00:00.000Z');
    await tdb.runtime.jobs.runDueJobs();
    assert.equal((await getStory(editor, moved.id)).status, 'published');
  });

  it('publishes at once when the server was down across T', async () => {
    clock.set('2026-03-18T09:50:00.000Z');
    const first = await openServer();
    const story = await scheduled('Across a restart', '2026-03-18T09:50:00.000Z', '2026-03-18T10:00:00.000Z', first.contextFor(EDITOR));
    await first.jobs.start();
    assert.equal((await getStory(editor, story.id)).status, 'scheduled');
    await first.close(); // down from 09:50 …

    clock.set('2026-03-18T10:05:00.000Z'); // … to 10:05
    const second = await openServer();
    await second.jobs.start(); // the first pass runs at once
    const published = await getStory(editor, story.id);
    assert.equal(published.status, 'published');
    assert.deepEqual(published.publishedAt, new Date('2026-03-18T10:00:00.000Z'), 'dated at its scheduled time');
    assert.equal(await timesPublished(story.id), 1);
    await second.close();
  });

  it('publishes at T when the server restarted just before it', async () => {
    const story = await scheduled('Restart at 09:59', '2026-03-18T09:00:00.000Z', '2026-03-18T10:00:00.000Z');
    clock.set('2026-03-18T09:59:00.000Z');
    const restarted = await openServer();
    await restarted.jobs.start();
    assert.equal((await getStory(editor, story.id)).status, 'scheduled');
    clock.set('2026-03-18T10:00:00.000Z');
    await restarted.jobs.runDueJobs();
    assert.equal((await getStory(editor, story.id)).status, 'published');
    await restarted.close();
  });

  it('publishes exactly once when two servers poll at the same time', async () => {
    const stories: Story[] = [];
    for (let i = 0; i < 6; i++) stories.push(await scheduled(`Twice polled ${i}`, '2026-03-18T09:00:00.000Z', '2026-03-18T10:00:00.000Z'));
    const [a, b] = [await openServer(), await openServer()];
    clock.set('2026-03-18T10:00:00.000Z');
    const results = await Promise.all([a.jobs.runDueJobs(), b.jobs.runDueJobs(), a.jobs.runDueJobs(), b.jobs.runDueJobs()]);
    assert.equal(results.reduce((n, r) => n + r.failed + r.retried, 0), 0, `no job failed: ${JSON.stringify(results)}`);
    await eachPublicationDoneOnce(stories);
    for (const story of stories) {
      assert.equal((await getStory(editor, story.id)).status, 'published');
      assert.equal(await timesPublished(story.id), 1, story.headline);
    }
  });

  it('shares due jobs between runners that take one at a time, each still once', async () => {
    const stories: Story[] = [];
    for (let i = 0; i < 8; i++) stories.push(await scheduled(`Shared ${i}`, '2026-03-18T09:00:00.000Z', '2026-03-18T10:00:00.000Z'));
    const servers = [await openServer(), await openServer(), await openServer()];
    const runners = servers.map((s) =>
      createJobRunner({ database: s.database, contextFor: s.contextFor, handlers: JOB_HANDLERS, pollMs: 1000, batchSize: 1 }),
    );
    clock.set('2026-03-18T10:00:00.000Z');
    const results = await Promise.all(runners.map((r) => r.runDueJobs()));
    assert.equal(results.reduce((n, r) => n + r.failed + r.retried, 0), 0, `no job failed: ${JSON.stringify(results)}`);
    await eachPublicationDoneOnce(stories);
    for (const story of stories) assert.equal(await timesPublished(story.id), 1, story.headline);
  });

  it('does nothing when the handler runs again, or the story is no longer scheduled', async () => {
    const story = await scheduled('Idempotent', '2026-03-18T09:00:00.000Z', '2026-03-18T10:00:00.000Z');
    const job = (await createJobRepository(tdb.runtime.database.db).findUnfinishedByKey(publishJobKey(story.id)))!;
    const system = tdb.runtime.contextFor();
    clock.set('2026-03-18T09:30:00.000Z');
    await publishScheduledStory(system, job);
    assert.equal((await getStory(editor, story.id)).status, 'scheduled', 'not before its time, even if asked');
    clock.set('2026-03-18T10:00:00.000Z');
    await publishScheduledStory(system, job);
    await publishScheduledStory(system, job);
    assert.equal(await timesPublished(story.id), 1);
    const gone = await scheduled('Deleted meanwhile', '2026-03-18T09:00:00.000Z', '2026-03-18T10:00:00.000Z');
    await unscheduleStory(editor, { id: gone.id });
    await publishScheduledStory(system, { ...job, payload: { storyId: gone.id } });
    await publishScheduledStory(system, { ...job, payload: { storyId: 'no-such-story' } });
    assert.equal((await getStory(editor, gone.id)).status, 'draft');
    // Publishing (here by the handler called outside the runner) cancels the story's job.
    await setAnalysesAside();
    assert.deepEqual(await tdb.runtime.jobs.runDueJobs(), { done: 0, retried: 0, failed: 0 }, 'nothing left to run');
    assert.equal(await timesPublished(story.id), 1);
  });

  it('takes over a job whose runner died once its lock expires', async () => {
    const story = await scheduled('Crashed runner', '2026-03-18T09:00:00.000Z', '2026-03-18T10:00:00.000Z');
    clock.set('2026-03-18T10:00:00.000Z');
    const claimed = await claimDueJobs(tdb.runtime.database, {
      now: clock.now(),
      workerId: 'a-runner-that-crashed',
      lockedUntil: new Date('2026-03-18T10:05:00.000Z'),
      limit: 10,
    });
    assert.deepEqual(claimed.map((j) => j.key), [publishJobKey(story.id)]);
    clock.set('2026-03-18T10:04:59.000Z');
    assert.equal((await tdb.runtime.jobs.runDueJobs()).done, 0, 'still locked');
    clock.set('2026-03-18T10:05:01.000Z');
    assert.equal((await tdb.runtime.jobs.runDueJobs()).done, 1);
    assert.equal((await getStory(editor, story.id)).status, 'published');
    const [job] = await createJobRepository(tdb.runtime.database.db).listByKey(publishJobKey(story.id));
    assert.equal(job?.attempts, 2, 'the lost attempt counts');
    assert.equal(job?.outcome, 'done');
  });

  it('retries a failing job with exponential backoff, then marks it failed', async () => {
    const jobs = createJobRepository(tdb.runtime.database.db);
    let calls = 0;
    const runner = createJobRunner({
      database: tdb.runtime.database,
      contextFor: tdb.runtime.contextFor,
      pollMs: 1000,
      handlers: {
        'always-fails': async () => {
          calls++;
          throw new Error('the wire service did not answer');
        },
      },
    });
    const start = new Date('2026-03-18T13:00:00.000Z');
    clock.set(start.toISOString());
    await jobs.insert({ id: 'failing-job', kind: 'always-fails', key: 'test:failing', payload: {}, runAt: start, maxAttempts: 3, createdAt: start });
    await jobs.insert({ id: 'unknown-kind', kind: 'no-such-kind', key: 'test:unknown', payload: {}, runAt: start, maxAttempts: 1, createdAt: start });
    const at = (ms: number) => clock.set(new Date(start.getTime() + ms).toISOString());

    assert.deepEqual(await runner.runDueJobs(), { done: 0, retried: 1, failed: 1 });
    let job = await jobs.findById('failing-job');
    assert.equal(job?.attempts, 1);
    assert.equal(job?.lastError, 'the wire service did not answer');
    assert.deepEqual(job?.runAt, new Date(start.getTime() + RETRY_BASE_MS), 'first retry after the base delay');
    assert.equal(job?.lockedBy, null);
    const unknown = await jobs.findById('unknown-kind');
    assert.equal(unknown?.outcome, 'failed');
    assert.equal(unknown?.lastError, 'no handler for job kind "no-such-kind"');

    at(RETRY_BASE_MS - 1);
    assert.equal((await runner.runDueJobs()).retried, 0, 'not before the backoff');
    at(RETRY_BASE_MS);
    assert.equal((await runner.runDueJobs()).retried, 1);
    job = await jobs.findById('failing-job');
    assert.deepEqual(job?.runAt, new Date(start.getTime() + 3 * RETRY_BASE_MS), 'the second wait is twice the first');

    at(3 * RETRY_BASE_MS);
    assert.deepEqual(await runner.runDueJobs(), { done: 0, retried: 0, failed: 1 });
    job = await jobs.findById('failing-job');
    assert.equal(job?.outcome, 'failed');
    assert.equal(job?.attempts, 3);
    assert.deepEqual(job?.finishedAt, new Date(start.getTime() + 3 * RETRY_BASE_MS));
    at(24 * 3_600_000);
    assert.deepEqual(await runner.runDueJobs(), { done: 0, retried: 0, failed: 0 }, 'a failed job is not run again');
    assert.equal(calls, 3);
  });

  it('stop() waits for the job that is running', async () => {
    const jobs = createJobRepository(tdb.runtime.database.db);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const running = new Promise<void>((resolve) => (entered = resolve));
    const runner = createJobRunner({
      database: tdb.runtime.database,
      contextFor: tdb.runtime.contextFor,
      pollMs: 60_000,
      handlers: {
        slow: async () => {
          entered();
          await released;
        },
      },
    });
    clock.set('2026-03-18T14:00:00.000Z');
    await jobs.insert({ id: 'slow-job', kind: 'slow', key: 'test:slow', payload: {}, runAt: clock.now(), maxAttempts: 1, createdAt: clock.now() });
    const started = runner.start();
    await running;
    let stopped = false;
    const stopping = runner.stop().then(() => (stopped = true));
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(stopped, false, 'still waiting for the job');
    release();
    await Promise.all([started, stopping]);
    assert.equal((await jobs.findById('slow-job'))?.outcome, 'done', 'the job finished before stop returned');
  });
});
