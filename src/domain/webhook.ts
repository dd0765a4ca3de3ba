/**
 * Webhooks: URLs an admin registers to be told when stories go out, change, are corrected or
 * are withdrawn. Here are the events, the rules a webhook's URL and secret follow, what one
 * delivery carries and how it is signed, and the address rule that keeps deliveries away from
 * the newsroom's own network (server-side request forgery).
 */
import { createHmac } from 'node:crypto';
import { isIP } from 'node:net';
import type { Actor } from './actor.js';
import type { ContentEventType } from './events.js';
import { ForbiddenError, PrivateAddressError, ValidationError } from './errors.js';
import { storyPath, type StoryStatus, type StorySummary } from './story.js';

/** The events a webhook may subscribe to. */
export const WEBHOOK_EVENTS = ['story.published', 'story.updated', 'story.unpublished', 'story.corrected'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** Where a delivery stands: waiting (or between retries), received with a 2xx, or given up. */
export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** A registered webhook. Its secret is not part of it: it stays in the store and the delivery job. */
export interface Webhook {
  id: string;
  url: string;
  events: WebhookEvent[];
  createdAt: Date;
  /** Id of the user or API key that registered it. */
  createdBy: string;
  /** Set when it was deleted: no further deliveries. */
  disabledAt: Date | null;
}

/** One event sent (or to be sent) to one webhook, with how its attempts went. */
export interface WebhookDelivery {
  /** Also the `X-Dateline-Delivery` header: the same on every retry of this delivery. */
  id: string;
  webhookId: string;
  event: WebhookEvent;
  storyId: string;
  /** The exact JSON body sent, so every attempt sends (and signs) the same bytes. */
  payload: string;
  status: DeliveryStatus;
  attempts: number;
  /** HTTP status of the last answer, or null when there was none (refused, unreachable, timed out). */
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
}

/** The story as a delivery describes it. */
export interface WebhookStory {
  id: string;
  lang: string;
  slug: string;
  headline: string;
  /** Absolute public URL (also after unpublishing: the address it had), or null if never published. */
  url: string | null;
  status: StoryStatus;
  publishedAt: string | null;
  updatedAt: string;
}

/** The JSON body of a delivery. */
export interface WebhookPayload {
  event: WebhookEvent;
  deliveryId: string;
  occurredAt: string;
  story: WebhookStory;
}

/** How deliveries may go out (from Config, passed in with the service context). */
export interface WebhookSettings {
  /** DATELINE_WEBHOOKS_ALLOW_PRIVATE=1: deliveries to loopback and private addresses are allowed. */
  allowPrivateTargets: boolean;
  /** How long one attempt may take, connection to answer, in milliseconds. */
  timeoutMs: number;
}

/** Kind of the job that sends one delivery. */
export const DELIVER_WEBHOOK = 'deliver-webhook';

/** The key of a delivery's job: one per delivery. */
export function deliveryJobKey(deliveryId: string): string {
  return `webhook:${deliveryId}`;
}

/** Limits of a webhook's fields. */
export const WEBHOOK_LIMITS = Object.freeze({ url: 2000, secretMin: 16, secretMax: 200 });

/** The environment variable that lifts the address rule, named in every refusal. */
export const ALLOW_PRIVATE_VARIABLE = 'DATELINE_WEBHOOKS_ALLOW_PRIVATE';

/** Checks that the actor may manage webhooks (admins only). @throws ForbiddenError naming the role that may. */
export function assertMayManageWebhooks(actor: Actor): void {
  if (actor.role !== 'admin') throw new ForbiddenError(`only admin may manage webhooks; you are ${actor.role}`);
}

/** Checks that Dateline itself (the job runner) is acting: delivering reads a webhook's secret. @throws ForbiddenError */
export function assertMaySendDeliveries(actor: Actor): void {
  if (actor.kind !== 'system') throw new ForbiddenError('only Dateline itself sends webhook deliveries');
}

/**
 * The URL as stored: absolute, http or https, no user name or password (they would travel in
 * every request and show in every list), no fragment. @throws ValidationError naming `url`.
 */
export function parseWebhookUrl(value: string): string {
  const text = value.trim();
  if (text === '') throw new ValidationError('url', 'must not be empty');
  if (text.length > WEBHOOK_LIMITS.url) throw new ValidationError('url', `must be at most ${WEBHOOK_LIMITS.url} characters`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ValidationError('url', `"${text}" is not an absolute URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ValidationError('url', `must be http or https, not ${url.protocol.replace(/:$/, '')}`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new ValidationError('url', 'must not carry a user name or password; the signature tells the receiver it is us');
  }
  if (url.hostname === '') throw new ValidationError('url', 'names no host');
  url.hash = '';
  return url.toString();
}

/** The subscribed events, deduplicated, in the order given. @throws ValidationError naming `events`. */
export function parseWebhookEvents(values: readonly string[]): WebhookEvent[] {
  if (values.length === 0) throw new ValidationError('events', `must name at least one of ${WEBHOOK_EVENTS.join(', ')}`);
  const events: WebhookEvent[] = [];
  for (const value of values) {
    if (!isWebhookEvent(value)) throw new ValidationError('events', `"${value}" is not one of ${WEBHOOK_EVENTS.join(', ')}`);
    if (!events.includes(value)) events.push(value);
  }
  return events;
}

/** True for a name in {@link WEBHOOK_EVENTS}. */
export function isWebhookEvent(value: string): value is WebhookEvent {
  return (WEBHOOK_EVENTS as readonly string[]).includes(value);
}

/** Checks a secret an admin chose. @throws ValidationError naming `secret`. */
export function checkWebhookSecret(secret: string): void {
  if (secret.length < WEBHOOK_LIMITS.secretMin) {
    throw new ValidationError('secret', `must be at least ${WEBHOOK_LIMITS.secretMin} characters (or leave it out to have one made)`);
  }
  if (secret.length > WEBHOOK_LIMITS.secretMax) throw new ValidationError('secret', `must be at most ${WEBHOOK_LIMITS.secretMax} characters`);
  if (/\s/.test(secret)) throw new ValidationError('secret', 'must not contain spaces or line breaks');
}

/**
 * The webhook event a content event is, given the story's status after the change, or null.
 * Saves and restores count as `story.updated` only while the story is published: a draft's
 * changes are nobody's business outside the newsroom.
 */
export function webhookEventOf(type: ContentEventType, statusAfter: StoryStatus): WebhookEvent | null {
  switch (type) {
    case 'story.published':
    case 'story.unpublished':
    case 'story.corrected':
      return type;
    case 'story.updated':
    case 'story.restored':
      return statusAfter === 'published' ? 'story.updated' : null;
    default:
      return null;
  }
}

/** The body of one delivery of `event` about `story`; `siteUrl` is the site's origin, without a trailing slash. */
export function webhookPayload(input: {
  event: WebhookEvent;
  deliveryId: string;
  occurredAt: Date;
  story: Pick<StorySummary, 'id' | 'lang' | 'slug' | 'headline' | 'status' | 'publishedAt' | 'createdAt' | 'updatedAt'>;
  siteUrl: string;
}): WebhookPayload {
  const { story } = input;
  return {
    event: input.event,
    deliveryId: input.deliveryId,
    occurredAt: input.occurredAt.toISOString(),
    story: {
      id: story.id,
      lang: story.lang,
      slug: story.slug,
      headline: story.headline,
      url: story.publishedAt ? input.siteUrl + storyPath(story) : null,
      status: story.status,
      publishedAt: story.publishedAt?.toISOString() ?? null,
      updatedAt: story.updatedAt.toISOString(),
    },
  };
}

/** `X-Dateline-Signature`: `sha256=` and the hex HMAC-SHA256 of the exact body bytes, keyed with the secret. */
export function webhookSignature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

/** The headers of one delivery attempt. */
export function webhookHeaders(delivery: Pick<WebhookDelivery, 'id' | 'event' | 'payload'>, secret: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    'user-agent': 'Dateline-Webhooks',
    'x-dateline-event': delivery.event,
    'x-dateline-delivery': delivery.id,
    'x-dateline-signature': webhookSignature(secret, delivery.payload),
  };
}

// ---------------------------------------------------------------------------------------------
// The address rule: no deliveries to the newsroom's own machines and networks.
// ---------------------------------------------------------------------------------------------

/** What kind of address a refused one is, in words ("a loopback address"). */
export type ForbiddenAddressKind =
  | 'an unspecified address'
  | 'a loopback address'
  | 'a private address'
  | 'a link-local address'
  | 'a unique-local address'
  | 'a shared (CGNAT) address'
  | 'a multicast address'
  | 'a reserved address';

/** IPv4 ranges deliveries may not reach: [first address, prefix length, kind]. */
const IPV4_FORBIDDEN: ReadonlyArray<[string, number, ForbiddenAddressKind]> = [
  ['0.0.0.0', 8, 'an unspecified address'],
  ['10.0.0.0', 8, 'a private address'],
  ['100.64.0.0', 10, 'a shared (CGNAT) address'],
  ['127.0.0.0', 8, 'a loopback address'],
  ['169.254.0.0', 16, 'a link-local address'],
  ['172.16.0.0', 12, 'a private address'],
  ['192.0.0.0', 24, 'a reserved address'],
  ['192.0.2.0', 24, 'a reserved address'],
  ['192.88.99.0', 24, 'a reserved address'],
  ['192.168.0.0', 16, 'a private address'],
  ['198.18.0.0', 15, 'a reserved address'],
  ['198.51.100.0', 24, 'a reserved address'],
  ['203.0.113.0', 24, 'a reserved address'],
  ['224.0.0.0', 4, 'a multicast address'],
  ['240.0.0.0', 4, 'a reserved address'],
];

/**
 * Why deliveries may not go to this IP address (IPv4 or IPv6, a zone index allowed), or null
 * when they may. IPv6 forms that carry an IPv4 address (mapped `::ffff:a.b.c.d`, compatible,
 * NAT64 `64:ff9b::/96`, 6to4 `2002::/16`) are judged by that IPv4 address. Anything that is not
 * an IP address is refused as reserved: the caller resolves names first.
 */
export function forbiddenAddressKind(address: string): ForbiddenAddressKind | null {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 4) return ipv4Kind(ipv4ToNumber(bare));
  if (family !== 6) return 'a reserved address';
  const g = ipv6Groups(bare);
  const zeros = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  const v4At = (i: number) => ((g[i]! << 16) | g[i + 1]!) >>> 0;
  if (zeros(0, 8)) return 'an unspecified address';
  if (zeros(0, 7) && g[7] === 1) return 'a loopback address';
  if (zeros(0, 5) && g[5] === 0xffff) return ipv4Kind(v4At(6)); // IPv4-mapped
  if (zeros(0, 6)) return ipv4Kind(v4At(6)); // IPv4-compatible (deprecated)
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return ipv4Kind(v4At(6)); // NAT64, well-known prefix
  if (g[0] === 0x2002) return ipv4Kind(v4At(1)); // 6to4
  const first = g[0]!;
  if ((first & 0xfe00) === 0xfc00) return 'a unique-local address';
  if ((first & 0xffc0) === 0xfe80) return 'a link-local address';
  if ((first & 0xffc0) === 0xfec0) return 'a private address'; // site-local (deprecated)
  if ((first & 0xff00) === 0xff00) return 'a multicast address';
  if (first === 0x64 && g[1] === 0xff9b && g[2] === 1) return 'a private address'; // local-use NAT64
  if (first === 0x100 && zeros(1, 4)) return 'a reserved address'; // discard-only
  if (first === 0x2001 && (g[1] === 0x0db8 || g[1]! < 0x200)) return 'a reserved address'; // documentation, Teredo, IETF
  if ((first & 0xe000) !== 0x2000) return 'a reserved address'; // outside global unicast 2000::/3
  return null;
}

/**
 * Refuses a URL whose host is itself a forbidden address or a loopback name (`localhost`,
 * `*.localhost`): the check that can be made without asking DNS, at registration and before
 * each delivery. Names are checked again, resolved, when a delivery goes out.
 * @throws PrivateAddressError naming the address and the rule.
 */
export function assertPublicHost(url: string): void {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) throw privateAddressError(host, host, 'a loopback address');
  if (isIP(host) === 0) return;
  const kind = forbiddenAddressKind(host);
  if (kind) throw privateAddressError(host, host, kind);
}

/** The refusal of `host` because it is (or resolves to) `address`, which is `kind`. */
export function privateAddressError(host: string, address: string, kind: ForbiddenAddressKind): PrivateAddressError {
  const what = host === address ? `${address} is ${kind}` : `${host} resolves to ${address}, ${kind}`;
  return new PrivateAddressError(
    `${what}; webhooks may not reach loopback, private, link-local or other internal addresses ` +
      `(server-side request forgery) unless ${ALLOW_PRIVATE_VARIABLE}=1`,
    { address, kind },
  );
}

function ipv4Kind(n: number): ForbiddenAddressKind | null {
  for (const [base, bits, kind] of IPV4_FORBIDDEN) {
    const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
    if (((n & mask) >>> 0) === ipv4ToNumber(base)) return kind;
  }
  if (n === 0xffffffff) return 'a reserved address';
  return null;
}

function ipv4ToNumber(address: string): number {
  return address.split('.').reduce((n, part) => ((n << 8) | Number(part)) >>> 0, 0);
}

/** The eight 16-bit groups of a valid IPv6 address (`::` expanded, a dotted IPv4 tail split in two). */
function ipv6Groups(address: string): number[] {
  let text = address.toLowerCase();
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (tail) {
    const n = ipv4ToNumber(tail[1]!);
    text = text.slice(0, -tail[1]!.length) + `${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head = '', rest] = text.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = rest === undefined || rest === '' ? [] : rest.split(':');
  const missing = 8 - left.length - right.length;
  const parts = rest === undefined ? left : [...left, ...Array<string>(missing).fill('0'), ...right];
  return parts.map((p) => parseInt(p, 16));
}
