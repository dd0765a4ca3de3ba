import { NotFoundError } from '../domain/errors.js';
import { assertMayManageWebhooks, deliveryJobKey } from '../domain/webhook.js';
import { createJobRepository } from '../store/job-repository.js';
import { createWebhookRepository } from '../store/webhook-repository.js';
import { inTransaction, type ServiceContext } from './context.js';
import { recordAuditEvent } from './record-audit-event.js';

/** What a delivery that was still waiting says once its webhook is gone. */
export const DELETED_WEBHOOK_ERROR = 'not sent: the webhook was deleted';

/**
 * Deletes a webhook (admins only): no further deliveries, the pending ones are called off and
 * its secret is erased. Its delivery log is kept in the database for the record.
 * @throws ForbiddenError, NotFoundError
 */
export async function deleteWebhook(ctx: ServiceContext, id: string): Promise<void> {
  assertMayManageWebhooks(ctx.actor);
  const now = ctx.clock();
  await inTransaction(ctx, async (db) => {
    const webhooks = createWebhookRepository(db);
    const webhook = await webhooks.findEnabledById(id);
    if (!webhook || !(await webhooks.disable(id, now))) throw new NotFoundError(`no webhook with id ${id}`);
    const pending = await webhooks.listPendingDeliveryIds(id);
    const jobs = createJobRepository(db);
    for (const deliveryId of pending) await jobs.cancelUnfinished(deliveryJobKey(deliveryId), now);
    await webhooks.failPending(pending, DELETED_WEBHOOK_ERROR);
    await recordAuditEvent(db, ctx.actor, now, { action: 'webhook.deleted', details: { webhookId: id, url: webhook.url } });
    return { result: undefined, events: [] };
  });
}
