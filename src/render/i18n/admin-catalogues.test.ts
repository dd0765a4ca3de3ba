import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ADMIN_LANGUAGES, adminCatalogueOf, adminEn, adminLanguage, adminText, type AdminMessageKey } from './admin-messages.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Controls whose visible text is one message and whose aria-label is another: the label must contain the text. */
const LABELLED_CONTROLS: ReadonlyArray<[AdminMessageKey, AdminMessageKey]> = [
  ['revisions.view', 'revisions.viewLabel'],
  ['revisions.restore', 'revisions.restoreLabel'],
  ['users.changeRole', 'users.changeRoleLabel'],
  ['users.disable', 'users.disableLabel'],
  ['account.revoke', 'account.revokeLabel'],
  ['dashboard.more', 'dashboard.moreLabel'],
  ['translations.translate', 'translations.translateLabel'],
];

describe('admin catalogues', () => {
  it('cover the six languages of the default site', () => {
    assert.deepEqual([...ADMIN_LANGUAGES].sort(), ['ar', 'en', 'es', 'fr', 'ru', 'zh']);
  });

  for (const lang of ADMIN_LANGUAGES) {
    if (lang !== 'en') it(`${lang}: every key translated, with the same placeholders as English`, () => {
      const catalogue = adminCatalogueOf(lang)!;
      for (const key of Object.keys(adminEn) as AdminMessageKey[]) {
        const text = catalogue[key];
        assert.ok(text !== undefined && text.trim() !== '', `${lang} lacks ${key}`);
        assert.deepEqual(placeholders(text), placeholders(adminEn[key]), `${lang} ${key} placeholders`);
      }
      for (const key of Object.keys(catalogue)) assert.ok(key in adminEn, `${lang} has a key English does not: ${key}`);
    });

    it(`${lang}: a control's spoken name contains its visible words (WCAG 2.5.3)`, () => {
      for (const [visible, spoken] of LABELLED_CONTROLS) {
        const words = adminText(lang, visible).toLocaleLowerCase(lang);
        const name = adminText(lang, spoken, { revision: 2, name: 'Ada', browser: 'Firefox', date: '1', list: 'X', headline: 'H', language: 'L' });
        assert.ok(name.toLocaleLowerCase(lang).includes(words), `${lang}: "${name}" (${spoken}) does not contain "${words}" (${visible})`);
      }
    });

    if (lang !== 'en') it(`${lang}: written in its own words, not left in English`, () => {
      const catalogue = adminCatalogueOf(lang)!;
      // Words some languages share with English (Audio, Photo, Type, Actions, Note…) are fine, but few.
      const same = (Object.keys(adminEn) as AdminMessageKey[]).filter((key) => catalogue[key] === adminEn[key]);
      assert.ok(same.length <= 15, `${lang} repeats English in ${same.length} messages: ${same.join(', ')}`);
    });
  }

  it('show each language its own script', () => {
    assert.match(adminText('ar', 'nav.dashboard'), /^[\u0600-\u06FF\s]+$/);
    assert.match(adminText('zh', 'nav.dashboard'), /^[\u4E00-\u9FFF]+$/);
    assert.match(adminText('ru', 'nav.dashboard'), /^[\u0400-\u04FF\s]+$/);
  });

  it('pick the UI language from the preferences, with its direction, and fall back to English', () => {
    assert.deepEqual(adminLanguage(['ar', 'en']), { lang: 'ar', dir: 'rtl' });
    assert.deepEqual(adminLanguage([null, 'fr']), { lang: 'fr', dir: 'ltr' });
    assert.deepEqual(adminLanguage(['zh-Hans']), { lang: 'zh-Hans', dir: 'ltr' });
    assert.deepEqual(adminLanguage(['sw', undefined]), { lang: 'en', dir: 'ltr' });
    assert.equal(adminText('zh-Hans', 'action.save'), '保存');
    assert.equal(adminText('ru', 'pagination.status', { page: 2, pages: 5 }), 'Страница 2 из 5');
  });
});
