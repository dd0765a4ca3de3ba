/**
 * Webhooks and their delivery log. The secret goes in with a new webhook and comes out only
 * through {@link findSecret}, for the job that signs deliveries; every other read leaves it out.
 */
import type { Kysely } from 'kysely';
import type { DeliveryStatus, Webhook, WebhookDelivery, WebhookEvent } from '../domain/webhook.js';
import { fromDate, fromDateOrNull, toDate, toDateOrNull } from './rows.js';
import type { Tables, WebhookDeliveriesTable, WebhooksTable } from './schema.js';

/** What one delivery attempt came to, as recorded on the delivery. */
export interface DeliveryAttempt {
  status: DeliveryStatus;
  statusCode: number | null;
  error: string | null;
  /** Set when the attempt delivered. */
  deliveredAt: Date | null;
}

/** Webhooks and deliveries: registering, listing, deleting, enqueuing and recording attempts. */
export function createWebhookRepository(db: Kysely<Tables>) {
  return {
    /** Registers a webhook with its secret. */
    async insert(webhook: Webhook, secret: string): Promise<void> {
      await db
        .insertInto('webhooks')
        .values({
          id: webhook.id,
          url: webhook.url,
          events: JSON.stringify(webhook.events),
          secret,
          created_at: fromDate(webhook.createdAt),
          created_by: webhook.createdBy,
          disabled_at: fromDateOrNull(webhook.disabledAt),
        })
        .execute();
    },

    /** The webhook with this id that has not been deleted. */
    async findEnabledById(id: string): Promise<Webhook | undefined> {
      const row = await db.selectFrom('webhooks').selectAll().where('id', '=', id).where('disabled_at', 'is', null).executeTakeFirst();
      return row ? toWebhook(row) : undefined;
    },

    /** Every webhook not deleted, oldest first. */
    async listEnabled(): Promise<Webhook[]> {
      const rows = await db.selectFrom('webhooks').selectAll().where('disabled_at', 'is', null).orderBy('created_at').orderBy('id').execute();
      return rows.map(toWebhook);
    },

    /** The secret of a webhook not deleted: for signing its deliveries, nothing else. */
    async findSecret(id: string): Promise<string | undefined> {
      const row = await db.selectFrom('webhooks').select('secret').where('id', '=', id).where('disabled_at', 'is', null).executeTakeFirst();
      return row?.secret;
    },

    /** Marks a webhook deleted and erases its secret; its log stays. Returns false when there was none. */
    async disable(id: string, at: Date): Promise<boolean> {
      const result = await db
        .updateTable('webhooks')
        .set({ disabled_at: fromDate(at), secret: '' })
        .where('id', '=', id)
        .where('disabled_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    /** Adds a delivery to the log (its job is added beside it). */
    async insertDelivery(delivery: WebhookDelivery): Promise<void> {
      await db
        .insertInto('webhook_deliveries')
        .values({
          id: delivery.id,
          webhook_id: delivery.webhookId,
          event: delivery.event,
          story_id: delivery.storyId,
          payload: delivery.payload,
          status: delivery.status,
          attempts: delivery.attempts,
          last_status_code: delivery.lastStatusCode,
          last_error: delivery.lastError,
          created_at: fromDate(delivery.createdAt),
          delivered_at: fromDateOrNull(delivery.deliveredAt),
        })
        .execute();
    },

    /** The delivery with this id. */
    async findDelivery(id: string): Promise<WebhookDelivery | undefined> {
      const row = await db.selectFrom('webhook_deliveries').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toDelivery(row) : undefined;
    },

    /** A webhook's deliveries, newest first, at most `limit`. */
    async listDeliveries(webhookId: string, limit: number): Promise<WebhookDelivery[]> {
      const rows = await db
        .selectFrom('webhook_deliveries')
        .selectAll()
        .where('webhook_id', '=', webhookId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toDelivery);
    },

    /** Ids of a webhook's deliveries still pending. */
    async listPendingDeliveryIds(webhookId: string): Promise<string[]> {
      const rows = await db
        .selectFrom('webhook_deliveries')
        .select('id')
        .where('webhook_id', '=', webhookId)
        .where('status', '=', 'pending' satisfies DeliveryStatus)
        .execute();
      return rows.map((r) => r.id);
    },

    /** Records one attempt on a pending delivery: one more attempt, its answer and where that leaves it. */
    async recordAttempt(id: string, attempt: DeliveryAttempt): Promise<void> {
      await db
        .updateTable('webhook_deliveries')
        .set((eb) => ({
          attempts: eb('attempts', '+', 1),
          status: attempt.status,
          last_status_code: attempt.statusCode,
          last_error: attempt.error,
          delivered_at: fromDateOrNull(attempt.deliveredAt),
        }))
        .where('id', '=', id)
        .where('status', '=', 'pending' satisfies DeliveryStatus)
        .execute();
    },

    /** Ends pending deliveries as failed without another attempt (their webhook was deleted). */
    async failPending(ids: readonly string[], error: string): Promise<void> {
      if (ids.length === 0) return;
      await db
        .updateTable('webhook_deliveries')
        .set({ status: 'failed' satisfies DeliveryStatus, last_error: error })
        .where('id', 'in', ids)
        .where('status', '=', 'pending' satisfies DeliveryStatus)
        .execute();
    },
  };
}

export type WebhookRepository = ReturnType<typeof createWebhookRepository>;

function toWebhook(row: WebhooksTable): Webhook {
  return {
    id: row.id,
    url: row.url,
    events: JSON.parse(row.events) as WebhookEvent[],
    createdAt: toDate(row.created_at),
    createdBy: row.created_by,
    disabledAt: toDateOrNull(row.disabled_at),
  };
}

function toDelivery(row: WebhookDeliveriesTable): WebhookDelivery {
  return {
    id: row.id,
    webhookId: row.webhook_id,
    event: row.event as WebhookEvent,
    storyId: row.story_id,
    payload: row.payload,
    status: row.status as DeliveryStatus,
    attempts: Number(row.attempts),
    lastStatusCode: row.last_status_code === null ? null : Number(row.last_status_code),
    lastError: row.last_error,
    createdAt: toDate(row.created_at),
    deliveredAt: toDateOrNull(row.delivered_at),
  };
}
