import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { negotiateLanguage, parseAcceptLanguage, rememberedLanguage } from './language-negotiation.js';

const SITE = ['en', 'fr', 'es', 'ar', 'zh', 'ru'];

describe('language negotiation', () => {
  it('orders ranges by q-value, keeping the header order for ties, and drops q=0', () => {
    assert.deepEqual(parseAcceptLanguage('de;q=0.5, fr-CA, fr;q=0.9, en;q=0'), ['fr-ca', 'fr', 'de']);
    assert.deepEqual(parseAcceptLanguage(''), []);
    assert.deepEqual(parseAcceptLanguage('not a tag!, es'), ['es']);
  });

  it('matches a regional variant to the site language it belongs to', () => {
    assert.equal(negotiateLanguage('fr-CA,fr;q=0.9', SITE), 'fr');
    assert.equal(negotiateLanguage('ar', SITE), 'ar');
    assert.equal(negotiateLanguage('zh-Hant', SITE), 'zh');
    assert.equal(negotiateLanguage('ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7', SITE), 'ru');
  });

  it('honours q-values over order', () => {
    assert.equal(negotiateLanguage('en;q=0.4, es;q=0.8', SITE), 'es');
  });

  it('skips languages the site does not publish in and finds the next best', () => {
    assert.equal(negotiateLanguage('de-DE, de;q=0.9, fr;q=0.5', SITE), 'fr');
  });

  it('gives null for an unknown language, a wildcard or no header', () => {
    assert.equal(negotiateLanguage('sw', SITE), null);
    assert.equal(negotiateLanguage('*', SITE), null);
    assert.equal(negotiateLanguage(undefined, SITE), null);
  });

  it('matches a bare range to a site language with a region', () => {
    assert.equal(negotiateLanguage('pt', ['en', 'pt-BR']), 'pt-BR');
  });

  it('reads the remembered language only when the site has it', () => {
    assert.equal(rememberedLanguage('a=1; dateline_lang=es; b=2', SITE), 'es');
    assert.equal(rememberedLanguage('dateline_lang=de', SITE), null);
    assert.equal(rememberedLanguage(undefined, SITE), null);
  });
});
