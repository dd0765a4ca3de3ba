/**
 * Webhook deliveries against a real receiver: a node:http server on 127.0.0.1 (allowed here by
 * DATELINE_WEBHOOKS_ALLOW_PRIVATE=1). The receiver verifies the signature the way our docs tell
 * integrators to; a receiver that fails twice gets the event on the third try; publishing does
 * not wait for a receiver that hangs; and without the flag a loopback receiver is refused.
 * Time between retries is the manual clock; "the runner polls" is runDueJobs() (deliveryPass()).
 */
import assert from 'node:assert/strict';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, afterEach, before, it } from 'node:test';
import { loadConfig } from '../../src/config/config.js';
import { DELIVER_WEBHOOK, deliveryJobKey, type WebhookPayload } from '../../src/domain/webhook.js';
import { retryDelayMs } from '../../src/domain/job.js';
import { ANALYZE_STORY } from '../../src/domain/story-analysis.js';
import { buildWebApp, openRuntime } from '../../src/main.js';
import { DELIVERY_ATTEMPTS } from '../../src/services/enqueue-webhook-deliveries.js';
import { createJobRepository } from '../../src/store/job-repository.js';
import { buildTestApp, type TestApp } from '../support/build-test-app.js';
import { forEachDialect } from '../support/for-each-dialect.js';

/** One request as the receiver got it: the body as raw bytes, for the signature. */
interface Received {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** How the receiver answers one request: a status, or `hang` (it never answers until closed). */
type Answer = number | 'hang';

/** A webhook receiver on 127.0.0.1 that records requests and answers as planned (200 when nothing is planned). */
class Receiver {
  readonly requests: Received[] = [];
  /** Answers to give, in order, before falling back to 200. */
  readonly plan: Answer[] = [];
  private readonly server: Server;
  private readonly hanging: ServerResponse[] = [];
  private waiters: Array<() => void> = [];

  constructor() {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        this.requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) });
        const answer = this.plan.shift() ?? 200;
        if (answer === 'hang') this.hanging.push(res);
        else res.writeHead(answer, { 'content-type': 'text/plain' }).end(answer < 300 ? 'thanks' : 'not now');
        for (const wake of this.waiters.splice(0)) wake();
      });
    });
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Resolves once the receiver holds `count` requests. */
  async received(count: number): Promise<void> {
    while (this.requests.length < count) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  async close(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

/** What a receiver does with `X-Dateline-Signature`, as docs/api.md shows it: HMAC of the raw body, compared in constant time. */
function signatureVerifies(secret: string, body: Buffer, header: string | string[] | undefined): boolean {
  if (typeof header !== 'string' || !header.startsWith('sha256=')) return false;
  const expected = createHmac('sha256', secret).update(body).digest();
  const given = Buffer.from(header.slice('sha256='.length), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

forEachDialect('webhook delivery', (dialect) => {
  let t: TestApp;
  let receiver: Receiver;
  let origin: string;
  /** Webhooks a test registered; deleted after it, so the next test's publications reach only its own. */
  const registered: string[] = [];

  before(async () => {
    receiver = new Receiver();
    origin = await receiver.listen();
    t = await buildTestApp(dialect, { DATELINE_WEBHOOKS_ALLOW_PRIVATE: '1', DATELINE_WEBHOOKS_TIMEOUT_MS: '1000' });
  });
  afterEach(async () => {
    for (const id of registered.splice(0)) assert.equal((await t.admin('DELETE', `/webhooks/${id}`)).statusCode, 204);
    receiver.requests.length = 0;
    receiver.plan.length = 0;
  });
  after(async () => {
    await t.close();
    await receiver.close();
  });

  /** Registers a webhook through the Admin API; returns its id and the secret to verify with. */
  async function register(path: string, events: string[], secret?: string): Promise<{ id: string; secret: string }> {
    const res = await t.admin('POST', '/webhooks', { url: `${origin}${path}`, events, ...(secret ? { secret } : {}) });
    assert.equal(res.statusCode, 201, res.body);
    const body = res.json();
    registered.push(body.webhook.id);
    assert.equal(body.webhook.secretSet, true);
    if (secret) assert.equal(body.secret, undefined, 'a secret the admin chose is not echoed back');
    return { id: body.webhook.id, secret: secret ?? body.secret };
  }

  /** The delivery log of a webhook, as the Admin API gives it. */
  async function deliveriesOf(id: string) {
    const res = await t.admin('GET', `/webhooks/${id}/deliveries`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json().deliveries as Array<Record<string, unknown>>;
  }

  /**
   * Every save also enqueues an analysis of its story (test/services/story-analysis.test.ts
   * covers those); these tests count deliveries, so pending analyses are set aside (cancelled).
   */
  async function setAnalysesAside(): Promise<void> {
    await t.database.runtime.database.db
      .updateTable('jobs')
      .set({ finished_at: t.clock.now().toISOString(), outcome: 'cancelled', locked_until: null })
      .where('kind', '=', ANALYZE_STORY)
      .where('finished_at', 'is', null)
      .execute();
  }

  /** One pass of the runner over the due deliveries. */
  async function deliveryPass() {
    await setAnalysesAside();
    return t.database.runtime.jobs.runDueJobs();
  }

  /** Moves the manual clock `ms` past now. */
  function advanceMs(ms: number): void {
    t.clock.set(new Date(t.clock.now().getTime() + ms).toISOString());
  }

  it('posts signed JSON that verifies with the secret, with its event and a delivery id of its own', async () => {
    const hook = await register('/hooks/signed', ['story.published', 'story.corrected']);
    assert.match(hook.secret, /^whsec_/);
    const read = await t.admin('GET', `/webhooks/${hook.id}`);
    assert.ok(!read.body.includes(hook.secret), 'the secret is never shown again');

    const story = await t.publish((await t.createStory({ headline: 'Rains return to the Sahel' })).id);
    assert.equal(receiver.requests.length, 0, 'nothing is sent by the publishing request itself');
    assert.deepEqual(await deliveryPass(), { done: 1, retried: 0, failed: 0 });
    t.clock.advance(1);
    const correction = await t.admin('POST', `/stories/${story.id}/corrections`, { text: 'An earlier version gave the wrong date.' });
    assert.equal(correction.statusCode, 201, correction.body);
    assert.deepEqual(await deliveryPass(), { done: 1, retried: 0, failed: 0 });

    assert.equal(receiver.requests.length, 2);
    const [published, corrected] = receiver.requests as [Received, Received];
    for (const [request, event] of [[published, 'story.published'], [corrected, 'story.corrected']] as const) {
      assert.equal(request.method, 'POST');
      assert.equal(request.path, '/hooks/signed');
      assert.equal(request.headers['content-type'], 'application/json');
      assert.equal(request.headers['user-agent'], 'Dateline-Webhooks');
      assert.equal(request.headers['x-dateline-event'], event);
      assert.ok(signatureVerifies(hook.secret, request.body, request.headers['x-dateline-signature']), `${event} verifies`);
      assert.ok(!signatureVerifies(`${hook.secret}x`, request.body, request.headers['x-dateline-signature']), 'another secret does not');
      const tampered = Buffer.from(request.body.toString('utf8').replace('Sahel', 'Sahara'));
      assert.ok(!signatureVerifies(hook.secret, tampered, request.headers['x-dateline-signature']), 'a changed body does not');
      const payload = JSON.parse(request.body.toString('utf8')) as WebhookPayload;
      assert.equal(payload.event, event);
      assert.equal(payload.deliveryId, request.headers['x-dateline-delivery']);
      assert.equal(payload.story.id, story.id);
      assert.equal(payload.story.url, story.url);
      assert.equal(payload.story.headline, 'Rains return to the Sahel');
    }
    assert.notEqual(published.headers['x-dateline-delivery'], corrected.headers['x-dateline-delivery'], 'one id per delivery');

    const log = await deliveriesOf(hook.id);
    assert.deepEqual(
      log.map((d) => [d.id, d.event, d.status, d.attempts, d.lastStatusCode, d.lastError]),
      [
        [corrected.headers['x-dateline-delivery'], 'story.corrected', 'delivered', 1, 200, null],
        [published.headers['x-dateline-delivery'], 'story.published', 'delivered', 1, 200, null],
      ],
    );
    assert.equal(log[1]?.deliveredAt, '2026-03-18T09:00:00.000Z');
    assert.equal(log[0]?.deliveredAt, '2026-03-18T09:01:00.000Z');
  });

  it('gives a receiver that fails twice the event on the third try, after each backoff', async () => {
    const hook = await register('/hooks/flaky', ['story.published'], 'a-secret-we-agreed-on');
    receiver.plan.push(500, 500);
    await t.publish((await t.createStory({ headline: 'Third time lucky' })).id);

    assert.deepEqual(await deliveryPass(), { done: 0, retried: 1, failed: 0 });
    let [delivery] = await deliveriesOf(hook.id);
    assert.deepEqual([delivery?.status, delivery?.attempts, delivery?.lastStatusCode, delivery?.lastError], ['pending', 1, 500, 'the receiver answered 500']);
    assert.deepEqual(await deliveryPass(), { done: 0, retried: 0, failed: 0 }, 'not again before the backoff');
    advanceMs(retryDelayMs(1) - 1);
    assert.deepEqual(await deliveryPass(), { done: 0, retried: 0, failed: 0 }, 'not a millisecond early');

    advanceMs(1);
    assert.deepEqual(await deliveryPass(), { done: 0, retried: 1, failed: 0 });
    [delivery] = await deliveriesOf(hook.id);
    assert.deepEqual([delivery?.status, delivery?.attempts, delivery?.lastStatusCode], ['pending', 2, 500]);

    advanceMs(retryDelayMs(2));
    assert.deepEqual(await deliveryPass(), { done: 1, retried: 0, failed: 0 });
    [delivery] = await deliveriesOf(hook.id);
    assert.deepEqual([delivery?.status, delivery?.attempts, delivery?.lastStatusCode, delivery?.lastError], ['delivered', 3, 200, null]);

    assert.equal(receiver.requests.length, 3);
    const ids = new Set(receiver.requests.map((r) => r.headers['x-dateline-delivery']));
    assert.deepEqual([...ids], [delivery?.id], 'every try is the same delivery');
    for (const request of receiver.requests) {
      assert.ok(request.body.equals(receiver.requests[0]!.body), 'the same bytes every time');
      assert.ok(signatureVerifies('a-secret-we-agreed-on', request.body, request.headers['x-dateline-signature']));
    }
  });

  it('marks a delivery failed once its attempts are used up', async () => {
    const hook = await register('/hooks/down', ['story.published']);
    receiver.plan.push(...Array<Answer>(DELIVERY_ATTEMPTS).fill(503));
    await t.publish((await t.createStory({ headline: 'Nobody home' })).id);
    for (let attempt = 1; attempt < DELIVERY_ATTEMPTS; attempt++) {
      assert.deepEqual(await deliveryPass(), { done: 0, retried: 1, failed: 0 }, `attempt ${attempt}`);
      advanceMs(retryDelayMs(attempt));
    }
    assert.deepEqual(await deliveryPass(), { done: 0, retried: 0, failed: 1 });
    const [delivery] = await deliveriesOf(hook.id);
    assert.deepEqual(
      [delivery?.status, delivery?.attempts, delivery?.lastStatusCode, delivery?.deliveredAt],
      ['failed', DELIVERY_ATTEMPTS, 503, null],
    );
    const [job] = await createJobRepository(t.database.runtime.database.db).listByKey(deliveryJobKey(String(delivery?.id)));
    assert.equal(job?.kind, DELIVER_WEBHOOK);
    assert.equal(job?.outcome, 'failed');
    assert.equal(receiver.requests.length, DELIVERY_ATTEMPTS);
  });

  it('publishes at once while a receiver hangs: delivery happens in the runner, never in the request', async () => {
    const hook = await register('/hooks/hanging', ['story.published']);
    receiver.plan.push('hang');
    await t.publish((await t.createStory({ headline: 'First out' })).id);
    let passDone = false;
    const pass = deliveryPass().finally(() => (passDone = true));
    await receiver.received(1);

    // The runner is now stuck on the receiver; a publication through the API must not notice.
    const draft = await t.createStory({ headline: 'Second out' });
    const started = performance.now();
    const res = await t.admin('POST', `/stories/${draft.id}/publish`);
    const took = performance.now() - started;
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(passDone, false, 'the delivery to the hanging receiver was still waiting when the publication returned');
    assert.ok(took < 1000, `publishing took ${Math.round(took)} ms, less than one delivery timeout`);
    assert.equal(receiver.requests.length, 1, 'the second publication’s delivery is queued, not sent by the request');

    // The hanging attempt times out (DATELINE_WEBHOOKS_TIMEOUT_MS=1000) and goes back to wait its backoff;
    // the next pass sends the second publication's delivery.
    assert.deepEqual(await pass, { done: 0, retried: 1, failed: 0 });
    assert.deepEqual(await deliveryPass(), { done: 1, retried: 0, failed: 0 });
    // Both were queued at the same instant of the manual clock, so the log's order between them is not fixed.
    const log = (await deliveriesOf(hook.id)).map((d) => [d.status, d.attempts, d.lastStatusCode, d.lastError]);
    assert.deepEqual(log.sort(), [
      ['delivered', 1, 200, null],
      ['pending', 1, null, 'no answer within 1000 ms'],
    ]);
  });

  it('refuses a loopback receiver without DATELINE_WEBHOOKS_ALLOW_PRIVATE: 422 at registration, failed at delivery', async () => {
    // Registered while private targets were allowed; then the server restarts without the flag.
    const hook = await register('/hooks/loopback', ['story.published']);
    const strict = await openRuntime(
      loadConfig({ DATELINE_DATABASE_URL: t.database.url, DATELINE_LOG_LEVEL: 'silent', DATELINE_SITE_URL: 'https://news.example.org' }),
      t.clock.now,
    );
    const app = await buildWebApp(strict, { logger: false });
    try {
      assert.equal(strict.config.webhooksAllowPrivate, false);
      const res = await app.inject({
        method: 'POST',
        url: '/api/admin/v1/webhooks',
        headers: { authorization: `Bearer ${t.adminKey}` },
        payload: { url: `${origin}/hooks/again`, events: ['story.published'] },
      });
      assert.equal(res.statusCode, 422, res.body);
      assert.equal(res.json().error.code, 'private_address');
      assert.match(res.json().error.message, /^127\.0\.0\.1 is a loopback address; .*server-side request forgery.* unless DATELINE_WEBHOOKS_ALLOW_PRIVATE=1$/);

      await t.publish((await t.createStory({ headline: 'Kept inside' })).id);
      await setAnalysesAside();
      assert.deepEqual(await strict.jobs.runDueJobs(), { done: 1, retried: 0, failed: 0 }, 'refused for good: no retries');
      assert.equal(receiver.requests.length, 0, 'nothing reached the receiver');
      const [delivery] = await deliveriesOf(hook.id);
      assert.equal(delivery?.status, 'failed');
      assert.equal(delivery?.attempts, 1);
      assert.equal(delivery?.lastStatusCode, null);
      assert.match(String(delivery?.lastError), /^refused: 127\.0\.0\.1 is a loopback address; .*DATELINE_WEBHOOKS_ALLOW_PRIVATE=1$/);
    } finally {
      await app.close();
      await strict.close();
    }
  });
});
