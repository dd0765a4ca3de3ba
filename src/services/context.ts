import type { Kysely } from 'kysely';
import type { Actor } from '../domain/actor.js';
import type { ContentEvent } from '../domain/events.js';
import type { MediaSettings } from '../domain/media.js';
import type { WebhookSettings } from '../domain/webhook.js';
import type { Tables } from '../store/schema.js';
import { enqueueStoryAnalysis } from './enqueue-story-analysis.js';
import { enqueueWebhookDeliveries } from './enqueue-webhook-deliveries.js';

/** Site facts every service may need (from Config, passed in). */
export interface SiteSettings {
  /** Content languages; the first is the default. */
  languages: readonly string[];
  /** Absolute origin for links, without a trailing slash. */
  siteUrl: string;
  siteName: string;
}

/** Receives content events after their transaction has committed. */
export interface EventSink {
  emit(event: ContentEvent): void;
}

/**
 * Everything a use case needs, passed in explicitly: no module singletons.
 * `actor` is who is asking; services check the role themselves.
 */
export interface ServiceContext {
  db: Kysely<Tables>;
  clock: () => Date;
  actor: Actor;
  events: EventSink;
  site: SiteSettings;
  /** Where webhook deliveries may go and how long one may take (from Config). */
  webhooks: WebhookSettings;
  /** Where media files live and the upload limits (from Config). */
  media: MediaSettings;
}

/** Fans content events out to subscribers after commit (the page cache; later analysis). */
export class EventBus implements EventSink {
  private readonly listeners: Array<(event: ContentEvent) => void> = [];

  /** Adds a listener; returns a function that removes it. */
  subscribe(listener: (event: ContentEvent) => void): () => void {
    this.listeners.push(listener);
    return () => {
      const i = this.listeners.indexOf(listener);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }

  emit(event: ContentEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}

/**
 * Runs `work` in one transaction, writes the webhook deliveries and analysis jobs of the events
 * it returned in that same transaction and, only after it commits, emits the events: nothing
 * reacts to a change that was rolled back, and nothing a committed change owes a webhook or
 * the analysis is lost.
 */
export async function inTransaction<T>(
  ctx: ServiceContext,
  work: (db: Kysely<Tables>) => Promise<{ result: T; events: ContentEvent[] }>,
): Promise<T> {
  const { result, events } = await ctx.db.transaction().execute(async (db) => {
    const done = await work(db);
    // MUST run inside the transaction, after the change: a delivery exists exactly when its change does.
    await enqueueWebhookDeliveries(db, ctx.site, done.events, ctx.clock());
    // Likewise the analysis of a changed text: the job exists exactly when the change does.
    await enqueueStoryAnalysis(db, done.events, ctx.clock());
    return done;
  });
  for (const event of events) ctx.events.emit(event);
  return result;
}
