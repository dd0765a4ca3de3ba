import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CATALOGUE_LANGUAGES, catalogueOf, en, t, type MessageKey } from './messages.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('cover the six languages of the default site', () => {
    for (const lang of ['en', 'fr', 'es', 'ar', 'zh', 'ru']) assert.ok(CATALOGUE_LANGUAGES.includes(lang), lang);
  });

  for (const lang of CATALOGUE_LANGUAGES) {
    it(`${lang}: every key translated, with the same placeholders as English`, () => {
      const catalogue = catalogueOf(lang)!;
      for (const key of Object.keys(en) as MessageKey[]) {
        const text = catalogue[key];
        assert.ok(text !== undefined && text.trim() !== '', `${lang} lacks ${key}`);
        assert.deepEqual(placeholders(text), placeholders(en[key]), `${lang} ${key} placeholders`);
      }
      for (const key of Object.keys(catalogue)) assert.ok(key in en, `${lang} has a key English does not: ${key}`);
    });
  }

  it('picks the catalogue by primary subtag and falls back to English for unknown languages', () => {
    assert.equal(t('fr-CA', 'pagination.next'), 'Page suivante');
    assert.equal(t('zh-Hans', 'home.latest'), '最新消息');
    assert.equal(t('sw', 'home.latest'), 'Latest');
  });
});
