/**
 * `/api/admin/v1/webhooks`: URLs told when stories are published, updated, unpublished or
 * corrected, and each one's delivery log; for admins (others get a 403 naming the role). A
 * webhook's secret is shown once, in the answer that made it, and only when Dateline made it.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { DELIVERY_STATUSES, WEBHOOK_EVENTS, WEBHOOK_LIMITS, type Webhook, type WebhookDelivery } from '../../../domain/webhook.js';
import { createWebhook } from '../../../services/create-webhook.js';
import { deleteWebhook } from '../../../services/delete-webhook.js';
import { getWebhook } from '../../../services/get-webhook.js';
import { listWebhookDeliveries } from '../../../services/list-webhook-deliveries.js';
import { listWebhooks } from '../../../services/list-webhooks.js';
import type { AppDeps } from '../../build-app.js';
import { actorOf } from './require-admin-key.js';
import { COMMON_ERRORS, ErrorJson } from './story-schemas.js';

const EventSchema = Type.Enum([...WEBHOOK_EVENTS], {
  description: 'story.published, story.updated (a published story saved), story.unpublished or story.corrected',
});

const dateOrNull = (description: string) => Type.Union([Type.String({ format: 'date-time' }), Type.Null()], { description });

/** A webhook as every endpoint returns it: never its secret. */
const WebhookJson = Type.Object({
  id: Type.String({ description: 'Identifier of the webhook' }),
  url: Type.String({ description: 'Where deliveries are POSTed' }),
  events: Type.Array(EventSchema, { description: 'The events it is sent' }),
  secretSet: Type.Boolean({ description: 'Always true: deliveries are signed with its secret, which is never shown again' }),
  createdAt: Type.String({ format: 'date-time', description: 'When it was registered' }),
  createdBy: Type.String({ description: 'Id of the user or API key that registered it' }),
});

const WebhookEnvelope = Type.Object({ webhook: WebhookJson }, { description: 'The webhook' });
const CreatedEnvelope = Type.Object(
  {
    webhook: WebhookJson,
    secret: Type.Optional(
      Type.String({ description: 'The secret Dateline made, when none was given: shown this once, keep it safe' }),
    ),
  },
  { description: 'The webhook, and the secret if Dateline made it' },
);
const WebhookList = Type.Object({ webhooks: Type.Array(WebhookJson, { description: 'Every webhook, oldest first' }) });
const WebhookIdParams = Type.Object({ id: Type.String({ description: 'Identifier of the webhook' }) });

const DeliveryJson = Type.Object({
  id: Type.String({ description: 'The delivery id, sent as X-Dateline-Delivery (the same on every retry)' }),
  event: EventSchema,
  storyId: Type.String({ description: 'The story it was about' }),
  status: Type.Enum([...DELIVERY_STATUSES], {
    description: 'pending (waiting, or between retries), delivered (a 2xx answer) or failed (attempts used up, or refused)',
  }),
  attempts: Type.Integer({ description: 'Attempts made so far' }),
  lastStatusCode: Type.Union([Type.Integer(), Type.Null()], {
    description: "HTTP status of the receiver's last answer; null when it never answered",
  }),
  lastError: Type.Union([Type.String(), Type.Null()], { description: 'Why the last attempt did not deliver, or null' }),
  createdAt: Type.String({ format: 'date-time', description: 'When the event happened and the delivery was queued' }),
  deliveredAt: dateOrNull('When a 2xx answer came, or null'),
});

const DeliveryList = Type.Object({ deliveries: Type.Array(DeliveryJson, { description: 'Deliveries, newest first' }) });
const DeliveryQuery = Type.Object(
  { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, description: 'The newest this many (1 to 200, default 50)' })) },
  { additionalProperties: false },
);

const CreateBody = Type.Object(
  {
    url: Type.String({
      maxLength: WEBHOOK_LIMITS.url,
      description:
        'http or https URL without a user name or password. Loopback, private and other internal addresses are ' +
        'refused (422) unless the server runs with DATELINE_WEBHOOKS_ALLOW_PRIVATE=1',
    }),
    events: Type.Array(EventSchema, { minItems: 1, description: 'The events to send it' }),
    secret: Type.Optional(
      Type.String({
        minLength: WEBHOOK_LIMITS.secretMin,
        maxLength: WEBHOOK_LIMITS.secretMax,
        description: `Key of the HMAC-SHA256 signature, at least ${WEBHOOK_LIMITS.secretMin} characters; leave it out to have one made`,
      }),
    ),
  },
  { additionalProperties: false },
);

const WEBHOOK_ERRORS = { ...COMMON_ERRORS, 404: ErrorJson } as const;

/** The API's shape of a webhook: only the fields listed, so the secret cannot slip out. */
function presentWebhook(webhook: Webhook) {
  return {
    id: webhook.id,
    url: webhook.url,
    events: webhook.events,
    secretSet: true,
    createdAt: webhook.createdAt.toISOString(),
    createdBy: webhook.createdBy,
  };
}

/** The API's shape of one delivery (its payload aside). */
function presentDelivery(delivery: WebhookDelivery) {
  return {
    id: delivery.id,
    event: delivery.event,
    storyId: delivery.storyId,
    status: delivery.status,
    attempts: delivery.attempts,
    lastStatusCode: delivery.lastStatusCode,
    lastError: delivery.lastError,
    createdAt: delivery.createdAt.toISOString(),
    deliveredAt: delivery.deliveredAt?.toISOString() ?? null,
  };
}

/** Routes of `/webhooks` (registered inside the authenticated Admin API). */
export const webhookRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  app.post(
    '/webhooks',
    {
      schema: {
        summary: 'Register a webhook',
        description:
          'Registers a URL to be sent the chosen events as signed JSON POSTs. Admins only. The answer carries ' +
          '`secret` only when Dateline made it; it is never shown again. A loopback or private address is a 422 ' +
          '(code private_address) naming the rule.',
        tags: ['webhooks'],
        body: CreateBody,
        response: { 201: CreatedEnvelope, ...COMMON_ERRORS, 422: ErrorJson },
      },
    },
    async (request, reply) => {
      const created = await createWebhook(deps.contextFor(actorOf(request)), request.body);
      const body = { webhook: presentWebhook(created.webhook), ...(created.secretGenerated ? { secret: created.secret } : {}) };
      return reply.status(201).send(body);
    },
  );

  app.get(
    '/webhooks',
    {
      schema: {
        summary: 'List webhooks',
        description: 'Every webhook, oldest first, without secrets. Admins only.',
        tags: ['webhooks'],
        response: { 200: WebhookList, ...COMMON_ERRORS },
      },
    },
    async (request) => ({ webhooks: (await listWebhooks(deps.contextFor(actorOf(request)))).map(presentWebhook) }),
  );

  app.get(
    '/webhooks/:id',
    {
      schema: {
        summary: 'Read a webhook',
        description: 'One webhook, without its secret. Admins only.',
        tags: ['webhooks'],
        params: WebhookIdParams,
        response: { 200: WebhookEnvelope, ...WEBHOOK_ERRORS },
      },
    },
    async (request) => ({ webhook: presentWebhook(await getWebhook(deps.contextFor(actorOf(request)), request.params.id)) }),
  );

  app.delete(
    '/webhooks/:id',
    {
      schema: {
        summary: 'Delete a webhook',
        description: 'Stops all deliveries to it, including pending retries, and erases its secret. Admins only.',
        tags: ['webhooks'],
        params: WebhookIdParams,
        response: { 204: Type.Null({ description: 'Deleted' }), ...WEBHOOK_ERRORS },
      },
    },
    async (request, reply) => {
      await deleteWebhook(deps.contextFor(actorOf(request)), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/webhooks/:id/deliveries',
    {
      schema: {
        summary: "Read a webhook's delivery log",
        description:
          'Its deliveries, newest first, with their status, attempts and the last answer or error. Admins only.',
        tags: ['webhooks'],
        params: WebhookIdParams,
        querystring: DeliveryQuery,
        response: { 200: DeliveryList, ...WEBHOOK_ERRORS },
      },
    },
    async (request) => {
      const deliveries = await listWebhookDeliveries(deps.contextFor(actorOf(request)), {
        webhookId: request.params.id,
        ...(request.query.limit !== undefined ? { limit: request.query.limit } : {}),
      });
      return { deliveries: deliveries.map(presentDelivery) };
    },
  );
};
