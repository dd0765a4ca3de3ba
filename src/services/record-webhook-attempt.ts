import { assertMaySendDeliveries, type WebhookDelivery } from '../domain/webhook.js';
import { createWebhookRepository } from '../store/webhook-repository.js';
import type { ServiceContext } from './context.js';

/** How one attempt at a delivery went. */
export interface WebhookAttempt {
  deliveryId: string;
  /** The receiver's HTTP status, or null when it never answered. */
  statusCode: number | null;
  /** Why the attempt did not deliver; null when it did. */
  error: string | null;
  /** True when no attempt follows this one (delivered, attempts used up, or refused for good). */
  final: boolean;
}

/**
 * Records an attempt on the delivery's log: delivered on success, failed after the last
 * attempt, pending (to be retried) otherwise. Dateline itself only. @throws ForbiddenError
 */
export async function recordWebhookAttempt(ctx: ServiceContext, attempt: WebhookAttempt): Promise<WebhookDelivery['status']> {
  assertMaySendDeliveries(ctx.actor);
  const delivered = attempt.error === null;
  const status = delivered ? 'delivered' : attempt.final ? 'failed' : 'pending';
  await createWebhookRepository(ctx.db).recordAttempt(attempt.deliveryId, {
    status,
    statusCode: attempt.statusCode,
    error: attempt.error,
    deliveredAt: delivered ? ctx.clock() : null,
  });
  return status;
}
