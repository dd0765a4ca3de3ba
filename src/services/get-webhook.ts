import { NotFoundError } from '../domain/errors.js';
import { assertMayManageWebhooks, type Webhook } from '../domain/webhook.js';
import { createWebhookRepository } from '../store/webhook-repository.js';
import type { ServiceContext } from './context.js';

/** One webhook by id, unless deleted (admins only). @throws ForbiddenError, NotFoundError */
export async function getWebhook(ctx: ServiceContext, id: string): Promise<Webhook> {
  assertMayManageWebhooks(ctx.actor);
  const webhook = await createWebhookRepository(ctx.db).findEnabledById(id);
  if (!webhook) throw new NotFoundError(`no webhook with id ${id}`);
  return webhook;
}
