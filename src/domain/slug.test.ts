import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isValidSlug, slugify } from './slug.js';

describe('slugify', () => {
  it('lower-cases and joins words with single hyphens', () => {
    assert.equal(slugify('Secretary-General Meets  Leaders in Moscow'), 'secretary-general-meets-leaders-in-moscow');
  });

  it('strips accents from Latin letters', () => {
    assert.equal(slugify('Café à São Paulo: élan über Ñandú'), 'cafe-a-sao-paulo-elan-uber-nandu');
  });

  it('keeps Arabic, Chinese and Cyrillic letters as they are', () => {
    assert.equal(slugify('أفريقيا تواجه الجفاف'), 'أفريقيا-تواجه-الجفاف');
    assert.equal(slugify('气候变化 会议'), '气候变化-会议');
    assert.equal(slugify('Новый мир: ёлки и чай'), 'новый-мир-ёлки-и-чай');
  });

  it('drops Arabic vowel signs instead of splitting words at them', () => {
    assert.equal(slugify('مُحَمَّد'), 'محمد');
  });

  it('removes apostrophes inside words and turns other punctuation into hyphens', () => {
    assert.equal(slugify("Children's rights — “now”, not later!"), 'childrens-rights-now-not-later');
    assert.equal(slugify('L’Afrique'), 'lafrique');
    assert.equal(slugify('  ...Hello, world?!  '), 'hello-world');
  });

  it('keeps digits', () => {
    assert.equal(slugify('COP 28 in 2023'), 'cop-28-in-2023');
  });

  it('gives an empty slug for text without letters or digits', () => {
    assert.equal(slugify('!!! — ???'), '');
  });

  it('caps the length at 80 characters, cutting at a word boundary', () => {
    const headline = 'word '.repeat(40);
    const slug = slugify(headline);
    assert.ok(slug.length <= 80, `${slug.length} characters`);
    assert.ok(!slug.endsWith('-'));
    assert.ok(slug.split('-').every((w) => w === 'word'), slug);
  });

  it('cuts a single very long word at 80 characters', () => {
    assert.equal(slugify('a'.repeat(200)), 'a'.repeat(80));
  });

  it('always produces a valid slug', () => {
    for (const text of ['Hello World', 'أفريقيا تواجه الجفاف', 'Новый мир', '气候变化', 'Ça va? Oui!', 'x'.repeat(300)]) {
      assert.ok(isValidSlug(slugify(text)), text);
    }
  });
});

describe('isValidSlug', () => {
  it('accepts lower-case words of any script joined by single hyphens', () => {
    for (const slug of ['hello', 'hello-world-2', 'новый-мир', 'أفريقيا-تواجه', '气候变化', 'cop28']) {
      assert.equal(isValidSlug(slug), true, slug);
    }
  });

  it('refuses upper case, spaces, punctuation, empty, double or edge hyphens, and over-long slugs', () => {
    for (const slug of ['Hello', 'hello world', 'hello_world', 'a.b', '', '-a', 'a-', 'a--b', 'a/b', 'x'.repeat(201)]) {
      assert.equal(isValidSlug(slug), false, JSON.stringify(slug));
    }
  });
});
