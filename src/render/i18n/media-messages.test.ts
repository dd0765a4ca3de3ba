import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ADMIN_LANGUAGES } from './admin-messages.js';
import { mediaCatalogueOf, mediaEn, mediaText, type MediaMessageKey } from './media-messages.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('media page catalogues', () => {
  for (const lang of ADMIN_LANGUAGES) {
    if (lang === 'en') continue;
    it(`${lang}: every key translated, with the same placeholders as English`, () => {
      const catalogue = mediaCatalogueOf(lang);
      assert.ok(catalogue, `no media catalogue for ${lang}`);
      for (const key of Object.keys(mediaEn) as MediaMessageKey[]) {
        const text: string | undefined = catalogue[key];
        assert.ok(text !== undefined && text.trim() !== '', `${lang} lacks ${key}`);
        assert.deepEqual(placeholders(text), placeholders(mediaEn[key]), `${lang} ${key} placeholders`);
      }
    });
  }

  it('fills placeholders and falls back to English for a language it does not have', () => {
    assert.equal(mediaText('fr', 'library.count', { count: 3 }), 'Images : 3');
    assert.equal(mediaText('de', 'library.count', { count: 3 }), 'Pictures: 3');
  });

  it("names a control's spoken label with its visible words (WCAG 2.5.3)", () => {
    for (const lang of ADMIN_LANGUAGES) {
      const visible = mediaText(lang, 'item.delete').toLocaleLowerCase(lang);
      assert.ok(mediaText(lang, 'item.deleteLabel', { name: 'x.jpg' }).toLocaleLowerCase(lang).includes(visible), lang);
    }
  });
});
