import { assertMayManageWebhooks, type Webhook } from '../domain/webhook.js';
import { createWebhookRepository } from '../store/webhook-repository.js';
import type { ServiceContext } from './context.js';

/** Every webhook not deleted, oldest first (admins only). @throws ForbiddenError */
export async function listWebhooks(ctx: ServiceContext): Promise<Webhook[]> {
  assertMayManageWebhooks(ctx.actor);
  return createWebhookRepository(ctx.db).listEnabled();
}
