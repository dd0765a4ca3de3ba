/**
 * The outbox of webhooks: for each content event a change returns, one delivery row and one
 * job per enabled webhook subscribed to it, written in the change's own transaction. A change
 * that rolls back leaves no delivery behind, and a committed one cannot lose its deliveries,
 * even if the process dies the moment after. Sending is the job runner's work, never the request's.
 */
import type { Kysely } from 'kysely';
import type { ContentEvent, ContentEventType } from '../domain/events.js';
import { newId } from '../domain/ids.js';
import { DELIVER_WEBHOOK, deliveryJobKey, webhookEventOf, webhookPayload } from '../domain/webhook.js';
import { createJobRepository } from '../store/job-repository.js';
import type { Tables } from '../store/schema.js';
import { createStoryRepository } from '../store/story-repository.js';
import { createWebhookRepository } from '../store/webhook-repository.js';
import type { SiteSettings } from './context.js';

/**
 * Attempts a delivery's job gets before the delivery is marked failed. With the runner's
 * backoff (10 s, doubling) the last one comes about an hour and a half after the first.
 */
export const DELIVERY_ATTEMPTS = 10;

/** Content events that can become a webhook event (saves only while the story is published). */
const RELEVANT: ReadonlySet<ContentEventType> = new Set([
  'story.published',
  'story.unpublished',
  'story.corrected',
  'story.updated',
  'story.restored',
]);

/**
 * Writes the deliveries of `events` with `db`, which MUST be the transaction of the change
 * that produced them. Returns how many deliveries it wrote.
 */
export async function enqueueWebhookDeliveries(
  db: Kysely<Tables>,
  site: Pick<SiteSettings, 'siteUrl'>,
  events: readonly ContentEvent[],
  now: Date,
): Promise<number> {
  // An event without cache tags changed nothing readers can see (a scheduled story pulled
  // before its time, a draft saved): outside the newsroom it never happened.
  const relevant = events.filter((e) => RELEVANT.has(e.type) && e.tags.length > 0);
  if (relevant.length === 0) return 0;
  const webhooks = createWebhookRepository(db);
  const subscribers = await webhooks.listEnabled();
  if (subscribers.length === 0) return 0;
  const stories = createStoryRepository(db);
  const jobs = createJobRepository(db);
  let written = 0;
  for (const contentEvent of relevant) {
    const [story] = await stories.findSummariesByIds([contentEvent.storyId]);
    if (!story) continue;
    const event = webhookEventOf(contentEvent.type, story.status);
    if (!event) continue;
    for (const webhook of subscribers) {
      if (!webhook.events.includes(event)) continue;
      const deliveryId = newId(now);
      const payload = JSON.stringify(webhookPayload({ event, deliveryId, occurredAt: now, story, siteUrl: site.siteUrl }));
      await webhooks.insertDelivery({
        id: deliveryId,
        webhookId: webhook.id,
        event,
        storyId: story.id,
        payload,
        status: 'pending',
        attempts: 0,
        lastStatusCode: null,
        lastError: null,
        createdAt: now,
        deliveredAt: null,
      });
      await jobs.insert({
        id: newId(now),
        kind: DELIVER_WEBHOOK,
        key: deliveryJobKey(deliveryId),
        payload: { deliveryId },
        runAt: now,
        maxAttempts: DELIVERY_ATTEMPTS,
        createdAt: now,
      });
      written++;
    }
  }
  return written;
}
