import { NotFoundError } from '../domain/errors.js';
import { assertMayManageWebhooks, type WebhookDelivery } from '../domain/webhook.js';
import { createWebhookRepository } from '../store/webhook-repository.js';
import type { ServiceContext } from './context.js';

/** Which webhook's log to read, and how much of it. */
export interface ListWebhookDeliveriesInput {
  webhookId: string;
  /** The newest this many deliveries (default 50). */
  limit?: number;
}

/** The delivery log of a webhook, newest first (admins only). @throws ForbiddenError, NotFoundError */
export async function listWebhookDeliveries(ctx: ServiceContext, input: ListWebhookDeliveriesInput): Promise<WebhookDelivery[]> {
  assertMayManageWebhooks(ctx.actor);
  const webhooks = createWebhookRepository(ctx.db);
  if (!(await webhooks.findEnabledById(input.webhookId))) throw new NotFoundError(`no webhook with id ${input.webhookId}`);
  return webhooks.listDeliveries(input.webhookId, input.limit ?? 50);
}
