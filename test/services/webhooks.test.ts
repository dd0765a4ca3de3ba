/**
 * Webhooks as use cases: admins register, list, read and delete them (others get a 403 naming
 * the role); a URL on an internal address is refused unless allowed; and every change that
 * publishes, updates (while published), corrects or unpublishes a story writes one delivery
 * and one job per subscribed webhook in its own transaction, so a rolled-back change leaves none.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Actor } from '../../src/domain/actor.js';
import { ForbiddenError, NotFoundError, PrivateAddressError, RevisionConflictError, TransitionError, ValidationError } from '../../src/domain/errors.js';
import { publishJobKey } from '../../src/domain/job.js';
import { DELIVER_WEBHOOK, deliveryJobKey, type WebhookPayload } from '../../src/domain/webhook.js';
import { publishScheduledStory } from '../../src/jobs/handlers/publish-scheduled-story.js';
import type { ServiceContext } from '../../src/services/context.js';
import { correctStory } from '../../src/services/correct-story.js';
import { createStory } from '../../src/services/create-story.js';
import { createWebhook } from '../../src/services/create-webhook.js';
import { DELETED_WEBHOOK_ERROR, deleteWebhook } from '../../src/services/delete-webhook.js';
import { DELIVERY_ATTEMPTS, enqueueWebhookDeliveries } from '../../src/services/enqueue-webhook-deliveries.js';
import { getStory } from '../../src/services/get-story.js';
import { getWebhook } from '../../src/services/get-webhook.js';
import { listAuditEvents } from '../../src/services/list-audit-events.js';
import { listWebhookDeliveries } from '../../src/services/list-webhook-deliveries.js';
import { listWebhooks } from '../../src/services/list-webhooks.js';
import { publishStory } from '../../src/services/publish-story.js';
import { scheduleStory } from '../../src/services/schedule-story.js';
import { unpublishStory } from '../../src/services/unpublish-story.js';
import { updateStory } from '../../src/services/update-story.js';
import { createJobRepository } from '../../src/store/job-repository.js';
import { createWebhookRepository } from '../../src/store/webhook-repository.js';
import { createTestDatabase, forEachDialect, type TestDatabase } from '../support/for-each-dialect.js';
import { manualClock } from './manual-clock.js';

const ADMIN: Actor = { kind: 'user', id: 'u-admin', label: 'Ada Admin', role: 'admin' };
const EDITOR: Actor = { kind: 'user', id: 'u-editor', label: 'Edith Editor', role: 'editor' };
const WRITER: Actor = { kind: 'user', id: 'u-writer', label: 'Wanda Writer', role: 'contributor' };

const SITE_URL = 'https://news.example.org';

forEachDialect('webhooks', (dialect) => {
  const clock = manualClock('2026-03-18T09:00:00.000Z');
  let tdb: TestDatabase;
  let admin: ServiceContext;
  let editor: ServiceContext;
  before(async () => {
    tdb = await createTestDatabase(dialect, { DATELINE_SITE_URL: SITE_URL }, clock.now);
    admin = tdb.runtime.contextFor(ADMIN);
    editor = tdb.runtime.contextFor(EDITOR);
  });
  after(async () => {
    await tdb.dispose();
  });

  /** Every delivery job in the queue. */
  async function deliveryJobCount(): Promise<number> {
    const row = await tdb.runtime.database.db
      .selectFrom('jobs')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('kind', '=', DELIVER_WEBHOOK)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Every delivery in the log, of any webhook. */
  async function deliveryCount(): Promise<number> {
    const row = await tdb.runtime.database.db
      .selectFrom('webhook_deliveries')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  it('admins register, list, read and delete webhooks; a made secret is shown once and never listed', async () => {
    const chosen = await createWebhook(admin, {
      url: 'https://hooks.example.com/dateline',
      events: ['story.published', 'story.corrected'],
      secret: 'a-secret-the-admin-chose',
    });
    assert.equal(chosen.secretGenerated, false);
    assert.equal(chosen.secret, 'a-secret-the-admin-chose');
    assert.deepEqual(chosen.webhook.events, ['story.published', 'story.corrected']);
    assert.equal(chosen.webhook.createdBy, ADMIN.id);

    clock.advance(1);
    const made = await createWebhook(admin, { url: 'https://other.example.net/in', events: ['story.unpublished'] });
    assert.equal(made.secretGenerated, true);
    assert.match(made.secret, /^whsec_[A-Za-z0-9_-]{43}$/);

    const listed = await listWebhooks(admin);
    assert.deepEqual(listed.map((w) => w.id), [chosen.webhook.id, made.webhook.id]);
    for (const webhook of listed) assert.ok(!('secret' in webhook), 'a listed webhook carries no secret');
    assert.deepEqual(await getWebhook(admin, made.webhook.id), made.webhook);
    const repository = createWebhookRepository(tdb.runtime.database.db);
    assert.equal(await repository.findSecret(made.webhook.id), made.secret, 'kept for signing');

    await deleteWebhook(admin, made.webhook.id);
    assert.deepEqual((await listWebhooks(admin)).map((w) => w.id), [chosen.webhook.id]);
    await assert.rejects(getWebhook(admin, made.webhook.id), NotFoundError);
    await assert.rejects(deleteWebhook(admin, made.webhook.id), /no webhook with id/);
    assert.equal(await repository.findSecret(made.webhook.id), undefined, 'a deleted webhook’s secret is erased');
    const audit = await listAuditEvents(admin, { page: 1, limit: 10 });
    const actions = audit.items.map((e) => e.action);
    assert.ok(actions.includes('webhook.created') && actions.includes('webhook.deleted'), actions.join());
    await deleteWebhook(admin, chosen.webhook.id);
  });

  it('lets only admins manage webhooks, and the refusal names the role', async () => {
    const { webhook } = await createWebhook(admin, { url: 'https://hooks.example.com/a', events: ['story.published'] });
    for (const [actor, role] of [[EDITOR, 'editor'], [WRITER, 'contributor']] as const) {
      const ctx = tdb.runtime.contextFor(actor);
      const refused = (err: unknown) => err instanceof ForbiddenError && err.message === `only admin may manage webhooks; you are ${role}`;
      await assert.rejects(createWebhook(ctx, { url: 'https://hooks.example.com/b', events: ['story.published'] }), refused);
      await assert.rejects(listWebhooks(ctx), refused);
      await assert.rejects(getWebhook(ctx, webhook.id), refused);
      await assert.rejects(listWebhookDeliveries(ctx, { webhookId: webhook.id }), refused);
      await assert.rejects(deleteWebhook(ctx, webhook.id), refused);
    }
    await deleteWebhook(admin, webhook.id);
  });

  it('refuses bad input, and internal addresses unless private targets are allowed', async () => {
    const invalid: Array<[Parameters<typeof createWebhook>[1], string]> = [
      [{ url: 'ftp://hooks.example.com/', events: ['story.published'] }, 'url'],
      [{ url: 'https://me:pw@hooks.example.com/', events: ['story.published'] }, 'url'],
      [{ url: 'https://hooks.example.com/', events: [] }, 'events'],
      [{ url: 'https://hooks.example.com/', events: ['story.deleted'] }, 'events'],
      [{ url: 'https://hooks.example.com/', events: ['story.published'], secret: 'too-short' }, 'secret'],
    ];
    for (const [input, field] of invalid) {
      await assert.rejects(createWebhook(admin, input), (err: unknown) => err instanceof ValidationError && err.field === field);
    }
    const internal = [
      'http://127.0.0.1:9000/hook',
      'http://[::1]/hook',
      'http://[::ffff:127.0.0.1]/hook',
      'http://169.254.169.254/latest/meta-data/',
      'http://[fd00::1]/hook',
      'http://100.64.0.1/hook',
      'http://10.1.2.3/hook',
      'http://localhost:8080/hook',
    ];
    for (const url of internal) {
      await assert.rejects(createWebhook(admin, { url, events: ['story.published'] }), (err: unknown) => {
        assert.ok(err instanceof PrivateAddressError, `${url}: ${String(err)}`);
        assert.match(err.message, /DATELINE_WEBHOOKS_ALLOW_PRIVATE=1/);
        return true;
      });
    }
    assert.deepEqual(await listWebhooks(admin), [], 'nothing was registered');
    const allowing: ServiceContext = { ...admin, webhooks: { ...admin.webhooks, allowPrivateTargets: true } };
    const { webhook } = await createWebhook(allowing, { url: 'http://127.0.0.1:9000/hook', events: ['story.published'] });
    assert.equal(webhook.url, 'http://127.0.0.1:9000/hook');
    await deleteWebhook(admin, webhook.id);
  });

  it('writes one delivery and one job per subscribed webhook for each change of a public story', async () => {
    clock.set('2026-03-18T10:00:00.000Z');
    const all = await createWebhook(admin, {
      url: 'https://hooks.example.com/all',
      events: ['story.published', 'story.updated', 'story.unpublished', 'story.corrected'],
    });
    const corrections = await createWebhook(admin, { url: 'https://hooks.example.com/corrections', events: ['story.corrected'] });
    const gone = await createWebhook(admin, { url: 'https://hooks.example.com/gone', events: ['story.published'] });
    await deleteWebhook(admin, gone.webhook.id);
    const before = await deliveryCount();

    const draft = await createStory(editor, { lang: 'en', headline: 'Rains return to the Sahel', body: 'The first rains came.' });
    const edited = await updateStory(editor, { id: draft.id, revision: draft.revision, fields: { standfirst: 'Early.' } });
    assert.equal(await deliveryCount(), before, 'a draft and its edits are nobody’s business outside the newsroom');

    clock.advance(1);
    const published = await publishStory(editor, { id: draft.id, revision: edited.revision });
    const [first] = await listWebhookDeliveries(admin, { webhookId: all.webhook.id });
    assert.ok(first);
    assert.equal(first.event, 'story.published');
    assert.equal(first.storyId, draft.id);
    assert.equal(first.status, 'pending');
    assert.equal(first.attempts, 0);
    assert.deepEqual(first.createdAt, new Date('2026-03-18T10:01:00.000Z'));
    const payload = JSON.parse(first.payload) as WebhookPayload;
    assert.deepEqual(payload, {
      event: 'story.published',
      deliveryId: first.id,
      occurredAt: '2026-03-18T10:01:00.000Z',
      story: {
        id: draft.id,
        lang: 'en',
        slug: published.slug,
        headline: 'Rains return to the Sahel',
        url: `${SITE_URL}/en/story/2026/03/${published.slug}`,
        status: 'published',
        publishedAt: '2026-03-18T10:01:00.000Z',
        updatedAt: '2026-03-18T10:01:00.000Z',
      },
    });
    const [job, ...others] = await createJobRepository(tdb.runtime.database.db).listByKey(deliveryJobKey(first.id));
    assert.equal(others.length, 0);
    assert.equal(job?.kind, DELIVER_WEBHOOK);
    assert.deepEqual(job?.payload, { deliveryId: first.id });
    assert.deepEqual(job?.runAt, new Date('2026-03-18T10:01:00.000Z'), 'due at once');
    assert.equal(job?.maxAttempts, DELIVERY_ATTEMPTS);
    assert.deepEqual(await listWebhookDeliveries(admin, { webhookId: corrections.webhook.id }), [], 'not subscribed');

    clock.advance(1);
    const updated = await updateStory(editor, { id: draft.id, revision: published.revision, fields: { headline: 'Rains return early to the Sahel' } });
    clock.advance(1);
    const corrected = await correctStory(editor, { id: draft.id, revision: updated.revision, text: 'An earlier version named the wrong month.' });
    clock.advance(1);
    await unpublishStory(editor, { id: draft.id, revision: corrected.revision });

    const log = await listWebhookDeliveries(admin, { webhookId: all.webhook.id });
    assert.deepEqual(log.map((d) => d.event), ['story.unpublished', 'story.corrected', 'story.updated', 'story.published'], 'newest first');
    const withdrawn = JSON.parse(log[0]!.payload) as WebhookPayload;
    assert.equal(withdrawn.story.status, 'unpublished');
    assert.equal(withdrawn.story.url, `${SITE_URL}/en/story/2026/03/${published.slug}`, 'the address it had, for purging');
    assert.equal((JSON.parse(log[2]!.payload) as WebhookPayload).story.headline, 'Rains return early to the Sahel');
    assert.deepEqual((await listWebhookDeliveries(admin, { webhookId: corrections.webhook.id })).map((d) => d.event), ['story.corrected']);
    assert.equal(new Set(log.map((d) => d.id)).size, 4, 'every delivery has its own id');
    assert.equal(await deliveryCount(), before + 5, 'nothing for the deleted webhook');
    assert.equal(await deliveryJobCount(), before + 5);
    assert.equal((await listWebhookDeliveries(admin, { webhookId: all.webhook.id, limit: 2 })).length, 2);

    // A scheduled story published by the job runner is reported the same way.
    clock.set('2026-03-18T11:00:00.000Z');
    const later = await createStory(editor, { lang: 'en', headline: 'Dawn launch', body: 'At dawn.' });
    await scheduleStory(editor, { id: later.id, at: new Date('2026-03-18T12:00:00.000Z') });
    clock.set('2026-03-18T12:00:00.000Z');
    const publication = await createJobRepository(tdb.runtime.database.db).findUnfinishedByKey(publishJobKey(later.id));
    assert.ok(publication);
    await publishScheduledStory(tdb.runtime.contextFor(), publication);
    const [scheduled] = await listWebhookDeliveries(admin, { webhookId: all.webhook.id });
    assert.equal(scheduled?.storyId, later.id);
    assert.equal(scheduled?.event, 'story.published');

    // Pulling a scheduled story before its time changed nothing public: nothing to report.
    const pulled = await createStory(editor, { lang: 'en', headline: 'Never out', body: 'Not yet.' });
    await scheduleStory(editor, { id: pulled.id, at: new Date('2026-03-18T13:00:00.000Z') });
    await unpublishStory(editor, { id: pulled.id });
    const latest = await listWebhookDeliveries(admin, { webhookId: all.webhook.id });
    assert.ok(!latest.some((d) => d.storyId === pulled.id), 'a story readers never saw is never reported');

    await deleteWebhook(admin, all.webhook.id);
    await deleteWebhook(admin, corrections.webhook.id);
  });

  it('writes deliveries in the change’s transaction: a change that rolls back leaves none', async () => {
    clock.set('2026-03-19T09:00:00.000Z');
    const { webhook } = await createWebhook(admin, { url: 'https://hooks.example.com/tx', events: ['story.published', 'story.updated'] });
    const deliveries = () => listWebhookDeliveries(admin, { webhookId: webhook.id });

    // Refused changes: the transaction rolls back before anything is written.
    const embargoed = await createStory(editor, {
      lang: 'en',
      headline: 'Under embargo',
      body: 'Not yet.',
      embargoUntil: new Date('2026-03-20T09:00:00.000Z'),
    });
    await assert.rejects(publishStory(editor, { id: embargoed.id }), TransitionError);
    const stale = await createStory(editor, { lang: 'en', headline: 'Stale', body: 'Old.' });
    await assert.rejects(publishStory(editor, { id: stale.id, revision: stale.revision + 5 }), RevisionConflictError);
    assert.deepEqual(await deliveries(), []);

    // A transaction that fails after the deliveries were written takes them with it.
    const story = await publishStory(editor, { id: stale.id });
    const queued = (await deliveries()).length;
    assert.equal(queued, 1);
    const jobsBefore = await deliveryJobCount();
    const event = { type: 'story.updated' as const, storyId: story.id, tags: [`story:${story.id}`] };
    await assert.rejects(
      tdb.runtime.database.db.transaction().execute(async (trx) => {
        assert.equal(await enqueueWebhookDeliveries(trx, { siteUrl: SITE_URL }, [event], clock.now()), 1, 'it did write');
        throw new Error('the change failed after its deliveries were written');
      }),
      /the change failed/,
    );
    assert.equal((await deliveries()).length, queued, 'no delivery row survives the rollback');
    assert.equal(await deliveryJobCount(), jobsBefore, 'and no job');

    // And the other way round: deliveries that cannot be written take the change down with them.
    const db = tdb.runtime.database.db;
    await db
      .insertInto('webhooks')
      .values({ id: 'broken', url: 'https://hooks.example.com/broken', events: 'not a JSON list', secret: 'x'.repeat(16), created_at: clock.now().toISOString(), created_by: ADMIN.id, disabled_at: null })
      .execute();
    const draft = await createStory(editor, { lang: 'en', headline: 'All or nothing', body: 'Text.' });
    await assert.rejects(publishStory(editor, { id: draft.id }), SyntaxError);
    assert.equal((await getStory(editor, draft.id)).status, 'draft', 'the publication was rolled back with its deliveries');
    await db.deleteFrom('webhooks').where('id', '=', 'broken').execute();
    await deleteWebhook(admin, webhook.id);
  });

  it('deleting a webhook calls off its pending deliveries', async () => {
    clock.set('2026-03-20T09:00:00.000Z');
    const { webhook } = await createWebhook(admin, { url: 'https://hooks.example.com/off', events: ['story.published'] });
    const story = await createStory(editor, { lang: 'en', headline: 'Called off', body: 'Text.' });
    await publishStory(editor, { id: story.id });
    const [pending] = await listWebhookDeliveries(admin, { webhookId: webhook.id });
    assert.equal(pending?.status, 'pending');
    clock.advance(1);
    await deleteWebhook(admin, webhook.id);
    const after = await createWebhookRepository(tdb.runtime.database.db).findDelivery(pending!.id);
    assert.equal(after?.status, 'failed');
    assert.equal(after?.lastError, DELETED_WEBHOOK_ERROR);
    const jobs = await createJobRepository(tdb.runtime.database.db).listByKey(deliveryJobKey(pending!.id));
    assert.deepEqual(jobs.map((j) => j.outcome), ['cancelled']);
    await assert.rejects(listWebhookDeliveries(admin, { webhookId: webhook.id }), NotFoundError);
  });
});
