import { newId } from '../domain/ids.js';
import {
  assertMayManageWebhooks,
  assertPublicHost,
  checkWebhookSecret,
  parseWebhookEvents,
  parseWebhookUrl,
  type Webhook,
} from '../domain/webhook.js';
import { createWebhookRepository } from '../store/webhook-repository.js';
import { inTransaction, type ServiceContext } from './context.js';
import { recordAuditEvent } from './record-audit-event.js';
import { newSecretToken } from './secret-token.js';

/** A webhook to register: where, for which events, and optionally the secret to sign with. */
export interface CreateWebhookInput {
  url: string;
  events: readonly string[];
  /** At least 16 characters; one is made when left out. */
  secret?: string;
}

/** The registered webhook, and its secret: shown to the admin this once, never again. */
export interface CreatedWebhook {
  webhook: Webhook;
  secret: string;
  /** True when Dateline made the secret (the admin has not seen it yet). */
  secretGenerated: boolean;
}

/**
 * Registers a webhook (admins only). A URL that is a loopback or private address is refused
 * unless DATELINE_WEBHOOKS_ALLOW_PRIVATE=1; names are checked again, resolved, at each delivery.
 * @throws ForbiddenError, ValidationError naming the field, PrivateAddressError naming the rule.
 */
export async function createWebhook(ctx: ServiceContext, input: CreateWebhookInput): Promise<CreatedWebhook> {
  assertMayManageWebhooks(ctx.actor);
  const url = parseWebhookUrl(input.url);
  const events = parseWebhookEvents(input.events);
  if (input.secret !== undefined) checkWebhookSecret(input.secret);
  if (!ctx.webhooks.allowPrivateTargets) assertPublicHost(url);
  const secret = input.secret ?? newSecretToken('whsec_');
  const now = ctx.clock();
  const webhook: Webhook = { id: newId(now), url, events, createdAt: now, createdBy: ctx.actor.id, disabledAt: null };
  return inTransaction(ctx, async (db) => {
    await createWebhookRepository(db).insert(webhook, secret);
    await recordAuditEvent(db, ctx.actor, now, { action: 'webhook.created', details: { webhookId: webhook.id, url, events } });
    return { result: { webhook, secret, secretGenerated: input.secret === undefined }, events: [] };
  });
}
