import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, it } from 'node:test';
import { ForbiddenError, PrivateAddressError, ValidationError } from './errors.js';
import {
  assertMayManageWebhooks,
  assertMaySendDeliveries,
  assertPublicHost,
  checkWebhookSecret,
  deliveryJobKey,
  forbiddenAddressKind,
  parseWebhookEvents,
  parseWebhookUrl,
  webhookEventOf,
  webhookHeaders,
  webhookPayload,
  webhookSignature,
} from './webhook.js';

describe('the address rule', () => {
  const refused: Array<[string, string]> = [
    ['127.0.0.1', 'a loopback address'],
    ['127.255.255.254', 'a loopback address'],
    ['0.0.0.0', 'an unspecified address'],
    ['0.1.2.3', 'an unspecified address'],
    ['10.0.0.1', 'a private address'],
    ['10.255.255.255', 'a private address'],
    ['172.16.0.1', 'a private address'],
    ['172.31.255.255', 'a private address'],
    ['192.168.1.10', 'a private address'],
    ['169.254.169.254', 'a link-local address'],
    ['169.254.0.1', 'a link-local address'],
    ['100.64.0.1', 'a shared (CGNAT) address'],
    ['100.127.255.254', 'a shared (CGNAT) address'],
    ['224.0.0.251', 'a multicast address'],
    ['239.255.255.250', 'a multicast address'],
    ['255.255.255.255', 'a reserved address'],
    ['240.0.0.1', 'a reserved address'],
    ['192.0.2.1', 'a reserved address'],
    ['198.18.0.1', 'a reserved address'],
    ['::', 'an unspecified address'],
    ['::1', 'a loopback address'],
    ['0:0:0:0:0:0:0:1', 'a loopback address'],
    ['::ffff:127.0.0.1', 'a loopback address'],
    ['::ffff:7f00:1', 'a loopback address'],
    ['::FFFF:10.1.2.3', 'a private address'],
    ['::ffff:169.254.169.254', 'a link-local address'],
    ['::ffff:a9fe:a9fe', 'a link-local address'],
    ['::127.0.0.1', 'a loopback address'],
    ['64:ff9b::10.0.0.1', 'a private address'],
    ['64:ff9b::7f00:1', 'a loopback address'],
    ['2002:7f00:1::', 'a loopback address'],
    ['2002:c0a8:0101::1', 'a private address'],
    ['fd00::1', 'a unique-local address'],
    ['fc12:3456::1', 'a unique-local address'],
    ['fe80::1', 'a link-local address'],
    ['fe80::1%eth0', 'a link-local address'],
    ['febf::1', 'a link-local address'],
    ['fec0::1', 'a private address'],
    ['ff02::1', 'a multicast address'],
    ['ff05::2', 'a multicast address'],
    ['2001:db8::1', 'a reserved address'],
    ['2001::1', 'a reserved address'],
    ['100::1', 'a reserved address'],
    ['[::1]', 'a loopback address'],
    ['not-an-address', 'a reserved address'],
  ];
  for (const [address, kind] of refused) {
    it(`refuses ${address} as ${kind}`, () => {
      assert.equal(forbiddenAddressKind(address), kind);
    });
  }

  const allowed = [
    '93.184.216.34',
    '8.8.8.8',
    '1.1.1.1',
    '100.63.255.255',
    '100.128.0.1',
    '172.15.255.255',
    '172.32.0.1',
    '169.253.255.255',
    '11.0.0.1',
    '192.167.1.1',
    '::ffff:93.184.216.34',
    '::ffff:5db8:d822',
    '64:ff9b::808:808',
    '2002:5db8:d822::1',
    '2606:4700:4700::1111',
    '2a00:1450:4001:80b::200e',
    '2001:4860:4860::8888',
  ];
  for (const address of allowed) {
    it(`allows the public address ${address}`, () => {
      assert.equal(forbiddenAddressKind(address), null);
    });
  }

  it('refuses URLs whose host is an internal address or a loopback name, naming the rule', () => {
    for (const url of [
      'http://127.0.0.1:8080/hook',
      'http://[::1]/hook',
      'http://[::ffff:127.0.0.1]/hook',
      'http://169.254.169.254/latest/meta-data/',
      'https://[fd00::1]/',
      'http://100.64.0.1/',
      'http://localhost:3000/',
      'http://LOCALHOST./',
      'http://hooks.localhost/',
      // WHATWG URL parsing turns these spellings of 127.0.0.1 into the dotted form first.
      'http://2130706433/',
      'http://0x7f.1/',
      'http://127.1/',
    ]) {
      assert.throws(() => assertPublicHost(url), (err: unknown) => {
        assert.ok(err instanceof PrivateAddressError, `${url}: ${String(err)}`);
        assert.match(err.message, /server-side request forgery/);
        assert.match(err.message, /DATELINE_WEBHOOKS_ALLOW_PRIVATE=1/);
        return true;
      });
    }
    assert.throws(() => assertPublicHost('http://127.0.0.1/'), /127\.0\.0\.1 is a loopback address/);
    assert.doesNotThrow(() => assertPublicHost('https://hooks.example.com/dateline'));
    assert.doesNotThrow(() => assertPublicHost('http://93.184.216.34/'));
    assert.doesNotThrow(() => assertPublicHost('http://[2606:4700:4700::1111]/'));
  });
});

describe('parseWebhookUrl', () => {
  it('keeps http and https URLs, without their fragment', () => {
    assert.equal(parseWebhookUrl(' https://hooks.example.com/in?from=dateline#x '), 'https://hooks.example.com/in?from=dateline');
    assert.equal(parseWebhookUrl('http://hooks.example.com'), 'http://hooks.example.com/');
  });

  it('refuses other schemes, credentials and what is not a URL, naming the field', () => {
    const refused: Array<[string, RegExp]> = [
      ['ftp://hooks.example.com/', /must be http or https, not ftp/],
      ['file:///etc/passwd', /must be http or https, not file/],
      ['javascript:alert(1)', /must be http or https/],
      ['https://user:pass@hooks.example.com/', /must not carry a user name or password/],
      ['https://token@hooks.example.com/', /must not carry a user name or password/],
      ['/relative/path', /is not an absolute URL/],
      ['', /must not be empty/],
      [`https://hooks.example.com/${'a'.repeat(2000)}`, /at most 2000 characters/],
    ];
    for (const [url, message] of refused) {
      assert.throws(() => parseWebhookUrl(url), (err: unknown) => {
        assert.ok(err instanceof ValidationError, url);
        assert.equal(err.field, 'url');
        assert.match(err.message, message);
        return true;
      });
    }
  });
});

describe('events, secrets and roles', () => {
  it('takes known events once each, in order', () => {
    assert.deepEqual(parseWebhookEvents(['story.corrected', 'story.published', 'story.corrected']), ['story.corrected', 'story.published']);
    assert.throws(() => parseWebhookEvents([]), /events: must name at least one/);
    assert.throws(() => parseWebhookEvents(['story.created']), /events: "story.created" is not one of story.published/);
  });

  it('wants secrets of 16 characters or more, without spaces', () => {
    assert.doesNotThrow(() => checkWebhookSecret('0123456789abcdef'));
    assert.throws(() => checkWebhookSecret('0123456789abcde'), /secret: must be at least 16 characters/);
    assert.throws(() => checkWebhookSecret('0123456789 abcdef'), /secret: must not contain spaces/);
    assert.throws(() => checkWebhookSecret('x'.repeat(201)), /secret: must be at most 200/);
  });

  it('lets admins manage webhooks and only the system send deliveries', () => {
    assert.doesNotThrow(() => assertMayManageWebhooks({ kind: 'user', id: 'a', label: 'A', role: 'admin' }));
    assert.throws(
      () => assertMayManageWebhooks({ kind: 'user', id: 'e', label: 'E', role: 'editor' }),
      (err: unknown) => err instanceof ForbiddenError && err.message === 'only admin may manage webhooks; you are editor',
    );
    assert.throws(() => assertMaySendDeliveries({ kind: 'api-key', id: 'k', label: 'K', role: 'admin' }), ForbiddenError);
    assert.doesNotThrow(() => assertMaySendDeliveries({ kind: 'system', id: 'system', label: 'Dateline', role: 'admin' }));
  });
});

describe('what a delivery carries', () => {
  it('maps content events to webhook events; saves count only while published', () => {
    assert.equal(webhookEventOf('story.published', 'published'), 'story.published');
    assert.equal(webhookEventOf('story.unpublished', 'unpublished'), 'story.unpublished');
    assert.equal(webhookEventOf('story.corrected', 'published'), 'story.corrected');
    assert.equal(webhookEventOf('story.updated', 'published'), 'story.updated');
    assert.equal(webhookEventOf('story.restored', 'published'), 'story.updated');
    assert.equal(webhookEventOf('story.updated', 'draft'), null);
    assert.equal(webhookEventOf('story.restored', 'unpublished'), null);
    assert.equal(webhookEventOf('story.scheduled', 'scheduled'), null);
    assert.equal(webhookEventOf('story.created', 'draft'), null);
  });

  it('builds the payload with the story and its absolute URL', () => {
    const story = {
      id: 's1',
      lang: 'fr',
      slug: 'la-pluie',
      headline: 'La pluie revient',
      status: 'published' as const,
      publishedAt: new Date('2026-03-18T10:00:00.000Z'),
      createdAt: new Date('2026-03-17T10:00:00.000Z'),
      updatedAt: new Date('2026-03-18T10:05:00.000Z'),
    };
    const payload = webhookPayload({
      event: 'story.published',
      deliveryId: 'd1',
      occurredAt: new Date('2026-03-18T10:05:00.000Z'),
      story,
      siteUrl: 'https://news.example.org',
    });
    assert.deepEqual(payload, {
      event: 'story.published',
      deliveryId: 'd1',
      occurredAt: '2026-03-18T10:05:00.000Z',
      story: {
        id: 's1',
        lang: 'fr',
        slug: 'la-pluie',
        headline: 'La pluie revient',
        url: 'https://news.example.org/fr/story/2026/03/la-pluie',
        status: 'published',
        publishedAt: '2026-03-18T10:00:00.000Z',
        updatedAt: '2026-03-18T10:05:00.000Z',
      },
    });
    const draft = { ...story, status: 'draft' as const, publishedAt: null };
    const never = webhookPayload({ event: 'story.updated', deliveryId: 'd2', occurredAt: new Date(0), story: draft, siteUrl: 'https://x' });
    assert.equal(never.story.url, null, 'no URL for a story never published');
    assert.equal(never.story.publishedAt, null);
  });

  it('signs the exact body with HMAC-SHA256 and names event and delivery in the headers', () => {
    const body = '{"event":"story.published","headline":"Pluie à Niamey"}';
    const expected = createHmac('sha256', 'a-secret-of-16-chars').update(Buffer.from(body, 'utf8')).digest('hex');
    assert.equal(webhookSignature('a-secret-of-16-chars', body), `sha256=${expected}`);
    assert.notEqual(webhookSignature('another-secret-16ch', body), `sha256=${expected}`);
    assert.deepEqual(webhookHeaders({ id: 'd1', event: 'story.corrected', payload: body }, 'a-secret-of-16-chars'), {
      'content-type': 'application/json',
      'user-agent': 'Dateline-Webhooks',
      'x-dateline-event': 'story.corrected',
      'x-dateline-delivery': 'd1',
      'x-dateline-signature': `sha256=${expected}`,
    });
    assert.equal(deliveryJobKey('d1'), 'webhook:d1');
  });
});
