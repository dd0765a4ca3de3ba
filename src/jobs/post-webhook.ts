/**
 * One webhook POST, guarded against server-side request forgery: the host's addresses are
 * resolved once, every one of them is checked against the address rule, and the connection
 * goes to a checked address (the socket's own lookup is pinned to it), so a name that answers
 * differently the second time (DNS rebinding) cannot slip a private address in. One deadline
 * covers resolving, connecting and the answer's status line. Redirects are not followed.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { assertPublicHost, forbiddenAddressKind, privateAddressError } from '../domain/webhook.js';

/** One resolved address of a host. */
export interface HostAddress {
  address: string;
  family: number;
}

/** Resolves a host name to all its addresses (by default the system resolver, as dns.lookup with all: true). */
export type ResolveHost = (hostname: string) => Promise<HostAddress[]>;

/** What to send, where, and under which rules. */
export interface WebhookPost {
  url: string;
  body: string;
  headers: Readonly<Record<string, string>>;
  /** False: refuse loopback, private and other internal addresses (PrivateAddressError). */
  allowPrivateTargets: boolean;
  /** The whole attempt's deadline, in milliseconds. */
  timeoutMs: number;
  resolve?: ResolveHost;
}

/** The receiver's answer. */
export interface WebhookAnswer {
  statusCode: number;
}

const systemResolve: ResolveHost = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/**
 * Sends the POST and resolves with the receiver's status. Rejects with PrivateAddressError
 * when the rule refuses the target, or with an Error saying what went wrong (no such host,
 * refused connection, no answer in time).
 */
export async function postWebhook(post: WebhookPost): Promise<WebhookAnswer> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`no answer within ${post.timeoutMs} ms`));
      controller.abort();
    }, post.timeoutMs);
  });
  try {
    return await Promise.race([attempt(post, controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

async function attempt(post: WebhookPost, signal: AbortSignal): Promise<WebhookAnswer> {
  const url = new URL(post.url);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!post.allowPrivateTargets) assertPublicHost(post.url);
  const target = await resolveTarget(host, post);
  if (signal.aborted) throw new Error('aborted');
  // The socket asks this instead of DNS: it can only connect to the address checked above.
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [target]);
    else callback(null, target.address, target.family);
  };
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<WebhookAnswer>((resolve, reject) => {
    const request = send(url, {
      method: 'POST',
      headers: { ...post.headers, 'content-length': String(Buffer.byteLength(post.body)) },
      // A fresh connection per attempt: never a pooled socket opened for an earlier answer of DNS.
      agent: false,
      lookup: pinned,
      signal,
    });
    request.on('response', (response: IncomingMessage) => {
      resolve({ statusCode: response.statusCode ?? 0 });
      // The body is not needed; drain it, but never wait on a receiver that keeps the line open.
      response.on('error', () => {});
      response.setTimeout(post.timeoutMs, () => response.destroy());
      response.resume();
    });
    request.on('error', (err: NodeJS.ErrnoException) => {
      reject(new Error(`could not reach ${host} at ${target.address}: ${err.code ?? err.message}`));
    });
    request.end(post.body);
  });
}

/** The address to connect to: the host itself if it is an address, else its first resolved one, all checked. */
async function resolveTarget(host: string, post: WebhookPost): Promise<HostAddress> {
  const family = isIP(host);
  let addresses: HostAddress[];
  if (family !== 0) {
    addresses = [{ address: host, family }];
  } else {
    try {
      addresses = await (post.resolve ?? systemResolve)(host);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? (err instanceof Error ? err.message : String(err));
      throw new Error(`could not resolve ${host}: ${code}`);
    }
  }
  const first = addresses[0];
  if (!first) throw new Error(`could not resolve ${host}: it has no address`);
  if (!post.allowPrivateTargets) {
    // Any forbidden address refuses the host: a name that also points inside is not a public receiver.
    for (const { address } of addresses) {
      const kind = forbiddenAddressKind(address);
      if (kind) throw privateAddressError(host, address, kind);
    }
  }
  return first;
}
