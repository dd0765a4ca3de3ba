/**
 * The front door in every language: `/` picks the reader's language from a remembered choice,
 * then Accept-Language, then the default; `/language/{lang}` remembers a pick.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildTestApp, type TestApp } from '../support/build-test-app.js';

describe('language of the front door', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp('sqlite', { DATELINE_LANGUAGES: 'en,fr,es,ar,zh,ru' });
  });
  after(() => t.close());

  const homeFor = async (headers: Record<string, string>) => {
    const res = await t.get('/', headers);
    assert.equal(res.statusCode, 302);
    return res.headers.location;
  };

  it('follows Accept-Language with its q-values', async () => {
    assert.equal(await homeFor({ 'accept-language': 'fr-CA,fr;q=0.9' }), '/fr/');
    assert.equal(await homeFor({ 'accept-language': 'ar' }), '/ar/');
    assert.equal(await homeFor({ 'accept-language': 'zh-Hant' }), '/zh/');
    assert.equal(await homeFor({ 'accept-language': 'en;q=0.3, ru;q=0.7' }), '/ru/');
  });

  it('sends an unknown language, or none, to the default', async () => {
    assert.equal(await homeFor({ 'accept-language': 'sw' }), '/en/');
    assert.equal(await homeFor({}), '/en/');
  });

  it('says the answer varies by reader', async () => {
    const res = await t.get('/', { 'accept-language': 'es' });
    assert.match(String(res.headers.vary), /Accept-Language/);
    assert.match(String(res.headers['cache-control']), /private/);
  });

  it('remembers a language the reader picked, over Accept-Language', async () => {
    const pick = await t.get('/language/es?next=/es/topic/climate');
    assert.equal(pick.statusCode, 303);
    assert.equal(pick.headers.location, '/es/topic/climate');
    const cookie = String(pick.headers['set-cookie']);
    assert.match(cookie, /^dateline_lang=es;/);
    assert.match(cookie, /SameSite=Lax/);
    assert.equal(await homeFor({ cookie: 'dateline_lang=es', 'accept-language': 'fr' }), '/es/');
  });

  it('never redirects a pick off the site or into another language', async () => {
    for (const next of ['https://evil.example/', '//evil.example/fr/', '/en/topic/climate']) {
      const res = await t.get(`/language/fr?next=${encodeURIComponent(next)}`);
      assert.equal(res.headers.location, '/fr/', next);
    }
    assert.equal((await t.get('/language/de')).statusCode, 404);
  });
});
