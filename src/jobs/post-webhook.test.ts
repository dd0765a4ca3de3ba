import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { PrivateAddressError } from '../domain/errors.js';
import { postWebhook, type HostAddress, type ResolveHost } from './post-webhook.js';

/** A request the receiver got. */
interface Received {
  host: string | undefined;
  headers: IncomingMessage['headers'];
  body: string;
}

describe('postWebhook', () => {
  let server: Server;
  let port: number;
  const received: Received[] = [];
  /** How the receiver answers the next request: a status, or 'hang' (never answers). */
  let answer: number | 'hang' = 204;
  const hanging: ServerResponse[] = [];

  before(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        received.push({ host: req.headers.host, headers: req.headers, body });
        if (answer === 'hang') hanging.push(res);
        else res.writeHead(answer).end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  after(async () => {
    for (const res of hanging) res.destroy();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  /** A resolver that answers `addresses` for every name and counts how often it was asked. */
  function resolverOf(addresses: HostAddress[]): ResolveHost & { calls: string[] } {
    const calls: string[] = [];
    return Object.assign(async (hostname: string) => {
      calls.push(hostname);
      return addresses;
    }, { calls });
  }

  const base = { body: '{"event":"story.published"}', headers: { 'content-type': 'application/json' }, timeoutMs: 2000 };

  it('connects to the address it checked, once resolved, and keeps the name in the Host header', async () => {
    answer = 202;
    received.length = 0;
    const resolve = resolverOf([{ address: '127.0.0.1', family: 4 }]);
    // hooks.dateline.test exists in no DNS: the POST can only arrive through the pinned address.
    const result = await postWebhook({ ...base, url: `http://hooks.dateline.test:${port}/in`, allowPrivateTargets: true, resolve });
    assert.deepEqual(result, { statusCode: 202 });
    assert.deepEqual(resolve.calls, ['hooks.dateline.test'], 'resolved exactly once');
    assert.equal(received.length, 1);
    assert.equal(received[0]?.host, `hooks.dateline.test:${port}`);
    assert.equal(received[0]?.body, base.body);
    assert.equal(received[0]?.headers['content-length'], String(base.body.length));
  });

  it('refuses a name when any of its addresses is internal, before connecting', async () => {
    received.length = 0;
    const resolve = resolverOf([
      { address: '93.184.216.34', family: 4 },
      { address: '10.0.0.7', family: 4 },
    ]);
    await assert.rejects(
      postWebhook({ ...base, url: `http://rebind.dateline.test:${port}/in`, allowPrivateTargets: false, resolve }),
      (err: unknown) => {
        assert.ok(err instanceof PrivateAddressError, String(err));
        assert.match(err.message, /^rebind\.dateline\.test resolves to 10\.0\.0\.7, a private address; /);
        return true;
      },
    );
    const mapped = resolverOf([{ address: '::ffff:127.0.0.1', family: 6 }]);
    await assert.rejects(
      postWebhook({ ...base, url: `http://mapped.dateline.test:${port}/in`, allowPrivateTargets: false, resolve: mapped }),
      /resolves to ::ffff:127\.0\.0\.1, a loopback address/,
    );
    assert.equal(received.length, 0, 'nothing was sent');
  });

  it('refuses an internal address literal without asking DNS', async () => {
    const resolve = resolverOf([]);
    await assert.rejects(
      postWebhook({ ...base, url: `http://127.0.0.1:${port}/in`, allowPrivateTargets: false, resolve }),
      (err: unknown) => err instanceof PrivateAddressError && /127\.0\.0\.1 is a loopback address/.test(err.message),
    );
    assert.deepEqual(resolve.calls, []);
  });

  it('gives up on a receiver that does not answer in time', async () => {
    answer = 'hang';
    await assert.rejects(
      postWebhook({ ...base, url: `http://127.0.0.1:${port}/slow`, allowPrivateTargets: true, timeoutMs: 150 }),
      /^Error: no answer within 150 ms$/,
    );
  });

  it('says when a name does not resolve or nobody listens', async () => {
    const failing: ResolveHost = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND nowhere.dateline.test'), { code: 'ENOTFOUND' });
    };
    await assert.rejects(
      postWebhook({ ...base, url: 'https://nowhere.dateline.test/', allowPrivateTargets: true, resolve: failing }),
      /could not resolve nowhere\.dateline\.test: ENOTFOUND/,
    );
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await assert.rejects(
      postWebhook({ ...base, url: `http://127.0.0.1:${closedPort}/`, allowPrivateTargets: true }),
      /could not reach 127\.0\.0\.1 at 127\.0\.0\.1: ECONNREFUSED/,
    );
  });
});
