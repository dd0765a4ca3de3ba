import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { en, messageParts, storyTypeKey, t, textDirection } from './messages.js';

describe('t', () => {
  it('fills placeholders', () => {
    assert.equal(t('en', 'pagination.status', { page: 2, pages: 5 }), 'Page 2 of 5');
  });

  it('falls back to English for a language without a catalogue, and for regional tags', () => {
    assert.equal(t('sw', 'home.latest'), en['home.latest']);
    assert.equal(t('en-GB', 'skip.toContent'), 'Skip to content');
  });

  it('leaves a placeholder without a value as it is', () => {
    assert.equal(t('en', 'story.by', {}), 'By {authors}');
  });
});

describe('messageParts', () => {
  it('puts values where the placeholders stand', () => {
    const link = { link: true };
    assert.deepEqual(messageParts('en', 'story.by', { authors: link }), ['By ', link]);
    assert.deepEqual(messageParts('en', 'story.correction', { date: link }), ['Correction (', link, '):']);
  });
});

describe('textDirection', () => {
  it('is right to left for Arabic, Hebrew, Persian and Urdu, with or without a region', () => {
    for (const lang of ['ar', 'he', 'fa', 'ur', 'ar-EG', 'AR', 'ku-Arab']) assert.equal(textDirection(lang), 'rtl', lang);
  });

  it('is left to right for other languages', () => {
    for (const lang of ['en', 'fr', 'es', 'zh', 'zh-Hans', 'ru', 'ku', 'arn']) assert.equal(textDirection(lang), 'ltr', lang);
  });
});

describe('storyTypeKey', () => {
  it('names the label of every story type and nothing else', () => {
    for (const type of ['news', 'feature', 'interview', 'audio', 'photo', 'brief']) assert.equal(storyTypeKey(type), `type.${type}`);
    assert.equal(storyTypeKey('opinion'), null);
    assert.equal(storyTypeKey('constructor'), null);
  });
});
