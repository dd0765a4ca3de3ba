import { assertMaySendDeliveries, type WebhookDelivery } from '../domain/webhook.js';
import { createWebhookRepository } from '../store/webhook-repository.js';
import type { ServiceContext } from './context.js';
import { DELETED_WEBHOOK_ERROR } from './delete-webhook.js';

/** A delivery ready to send: what to send, where, and the secret to sign it with. */
export interface DeliveryToSend {
  delivery: WebhookDelivery;
  url: string;
  secret: string;
}

/**
 * What the delivery job sends for `deliveryId`, or undefined when there is nothing (left) to
 * send: the delivery is unknown, already delivered or failed, or its webhook was deleted (then
 * it ends failed, saying so). Dateline itself only: the result carries the webhook's secret.
 * @throws ForbiddenError for anyone but the system.
 */
export async function prepareWebhookDelivery(ctx: ServiceContext, deliveryId: string): Promise<DeliveryToSend | undefined> {
  assertMaySendDeliveries(ctx.actor);
  const webhooks = createWebhookRepository(ctx.db);
  const delivery = await webhooks.findDelivery(deliveryId);
  if (!delivery || delivery.status !== 'pending') return undefined;
  const webhook = await webhooks.findEnabledById(delivery.webhookId);
  const secret = webhook && (await webhooks.findSecret(webhook.id));
  if (!webhook || !secret) {
    await webhooks.failPending([delivery.id], DELETED_WEBHOOK_ERROR);
    return undefined;
  }
  return { delivery, url: webhook.url, secret };
}

