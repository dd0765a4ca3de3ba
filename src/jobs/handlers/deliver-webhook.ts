/**
 * `deliver-webhook`: sends one delivery (payload `{deliveryId}`) to its webhook, signed, and
 * records how the attempt went on the delivery log. A 2xx answer delivers it; any other answer,
 * a network error or no answer in time fails the attempt, and the runner tries again with its
 * exponential backoff until the job's attempts are used up, when the delivery ends failed. A
 * target the address rule refuses fails at once: retrying would be refused again. Idempotent:
 * a delivery that is no longer pending is not sent again.
 */
import { PrivateAddressError } from '../../domain/errors.js';
import type { Job } from '../../domain/job.js';
import { webhookHeaders } from '../../domain/webhook.js';
import type { ServiceContext } from '../../services/context.js';
import { prepareWebhookDelivery } from '../../services/prepare-webhook-delivery.js';
import { recordWebhookAttempt } from '../../services/record-webhook-attempt.js';
import { postWebhook } from '../post-webhook.js';

/** Sends the job's delivery once and records the attempt; throws when it is to be retried. */
export async function deliverWebhook(ctx: ServiceContext, job: Job): Promise<void> {
  const deliveryId = job.payload.deliveryId;
  if (typeof deliveryId !== 'string') throw new Error(`job ${job.id} names no delivery (payload.deliveryId)`);
  const toSend = await prepareWebhookDelivery(ctx, deliveryId);
  if (!toSend) return;
  const { delivery, url, secret } = toSend;
  const last = job.attempts >= job.maxAttempts;
  let statusCode: number | null = null;
  let error: string;
  try {
    const answer = await postWebhook({
      url,
      body: delivery.payload,
      headers: webhookHeaders(delivery, secret),
      allowPrivateTargets: ctx.webhooks.allowPrivateTargets,
      timeoutMs: ctx.webhooks.timeoutMs,
    });
    statusCode = answer.statusCode;
    if (statusCode >= 200 && statusCode < 300) {
      await recordWebhookAttempt(ctx, { deliveryId, statusCode, error: null, final: true });
      return;
    }
    error = `the receiver answered ${statusCode}`;
  } catch (err) {
    if (err instanceof PrivateAddressError) {
      // Refused for good: trying again would be refused again. The job's work is done; the log says why.
      await recordWebhookAttempt(ctx, { deliveryId, statusCode: null, error: `refused: ${err.message}`, final: true });
      return;
    }
    error = err instanceof Error ? err.message : String(err);
  }
  await recordWebhookAttempt(ctx, { deliveryId, statusCode, error, final: last });
  // Thrown so that the runner schedules the next attempt (or, after the last, marks the job failed).
  // The URL stays out of the message, which is logged: receivers often carry a token in theirs.
  throw new Error(`webhook delivery ${deliveryId}: ${error}`);
}
