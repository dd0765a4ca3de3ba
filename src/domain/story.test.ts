import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { storyPath, termName } from './story.js';

describe('storyPath', () => {
  const createdAt = new Date('2026-01-31T23:30:00Z');

  it('uses the UTC year and month of publication', () => {
    const publishedAt = new Date('2026-03-01T00:15:00Z');
    assert.equal(storyPath({ lang: 'en', slug: 'floods', publishedAt, createdAt }), '/en/story/2026/03/floods');
  });

  it('falls back to the creation date for a story never published', () => {
    assert.equal(storyPath({ lang: 'fr', slug: 'crue', publishedAt: null, createdAt }), '/fr/story/2026/01/crue');
  });

  it('percent-encodes non-Latin slugs', () => {
    const path = storyPath({ lang: 'ru', slug: 'новый-мир', publishedAt: createdAt, createdAt });
    assert.equal(path, '/ru/story/2026/01/%D0%BD%D0%BE%D0%B2%D1%8B%D0%B9-%D0%BC%D0%B8%D1%80');
    assert.equal(decodeURIComponent(path), '/ru/story/2026/01/новый-мир');
  });
});

describe('termName', () => {
  it('prefers the language, then English, then any name, then the slug', () => {
    assert.equal(termName({ slug: 'health', names: { en: 'Health', fr: 'Santé' } }, 'fr'), 'Santé');
    assert.equal(termName({ slug: 'health', names: { en: 'Health', fr: 'Santé' } }, 'ar'), 'Health');
    assert.equal(termName({ slug: 'health', names: { fr: 'Santé' } }, 'ar'), 'Santé');
    assert.equal(termName({ slug: 'health', names: {} }, 'ar'), 'health');
  });
});
