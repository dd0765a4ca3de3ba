import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ValidationError } from './errors.js';
import { parseInstant, requireNote, STORY_LIMITS, validateStoryFields } from './story-input.js';

const LANGS = ['en', 'fr', 'ar'];

/** Asserts that validating `input` fails on `field`. */
function assertRefused(input: Parameters<typeof validateStoryFields>[0], field: string): void {
  assert.throws(() => validateStoryFields(input, LANGS), (err: unknown) => {
    assert.ok(err instanceof ValidationError, String(err));
    assert.equal(err.field, field);
    assert.equal(err.code, 'validation_failed');
    assert.ok(err.message.startsWith(`${field}: `), err.message);
    return true;
  });
}

describe('validateStoryFields', () => {
  it('trims text, empties a blank dateline and removes repeated terms', () => {
    const out = validateStoryFields(
      {
        lang: 'en',
        headline: '  Floods in the delta  ',
        standfirst: ' Rivers rose overnight. ',
        datelinePlace: '   ',
        slug: ' floods-delta ',
        topics: ['climate', 'health', 'climate'],
        tags: ['rain', 'rain'],
      },
      LANGS,
    );
    assert.equal(out.headline, 'Floods in the delta');
    assert.equal(out.standfirst, 'Rivers rose overnight.');
    assert.equal(out.datelinePlace, null);
    assert.equal(out.slug, 'floods-delta');
    assert.deepEqual(out.topics, ['climate', 'health']);
    assert.deepEqual(out.tags, ['rain']);
  });

  it('leaves fields that were not given out', () => {
    assert.deepEqual(validateStoryFields({ body: 'Text' }, LANGS), { body: 'Text' });
  });

  it('keeps a dateline place, trimmed, and an explicit null', () => {
    assert.equal(validateStoryFields({ datelinePlace: ' GENEVA ' }, LANGS).datelinePlace, 'GENEVA');
    assert.equal(validateStoryFields({ datelinePlace: null }, LANGS).datelinePlace, null);
  });

  it('refuses a language the site does not publish in', () => {
    assertRefused({ lang: 'de' }, 'lang');
  });

  it('refuses an empty or over-long headline', () => {
    assertRefused({ headline: '   ' }, 'headline');
    assertRefused({ headline: 'h'.repeat(STORY_LIMITS.headline + 1) }, 'headline');
    assert.doesNotThrow(() => validateStoryFields({ headline: 'h'.repeat(STORY_LIMITS.headline) }, LANGS));
  });

  it('refuses over-long standfirst, body and dateline', () => {
    assertRefused({ standfirst: 's'.repeat(STORY_LIMITS.standfirst + 1) }, 'standfirst');
    assertRefused({ body: 'b'.repeat(STORY_LIMITS.body + 1) }, 'body');
    assertRefused({ datelinePlace: 'p'.repeat(STORY_LIMITS.datelinePlace + 1) }, 'datelinePlace');
  });

  it('refuses an unknown story type', () => {
    assertRefused({ type: 'opinion' as never }, 'type');
  });

  it('refuses a slug that slugify could not have made', () => {
    assertRefused({ slug: 'Not A Slug' }, 'slug');
    assertRefused({ slug: 'a--b' }, 'slug');
  });

  it('refuses bad term slugs and too many terms, naming the list', () => {
    assertRefused({ topics: ['Climate Change'] }, 'topics');
    assertRefused({ regions: ['europe', ''] }, 'regions');
    assertRefused({ authors: ['Jane Doe'] }, 'authors');
    const many = Array.from({ length: STORY_LIMITS.terms + 1 }, (_, i) => `tag-${i}`);
    assertRefused({ tags: many }, 'tags');
  });
});

describe('embargoUntil', () => {
  it('accepts a date, null, and refuses an invalid date', () => {
    const at = new Date('2026-03-20T10:00:00Z');
    assert.deepEqual(validateStoryFields({ embargoUntil: at }, LANGS).embargoUntil, at);
    assert.equal(validateStoryFields({ embargoUntil: null }, LANGS).embargoUntil, null);
    assertRefused({ embargoUntil: new Date(Number.NaN) }, 'embargoUntil');
  });
});

describe('parseInstant', () => {
  it('reads ISO 8601 with a time zone', () => {
    assert.deepEqual(parseInstant('at', '2026-03-20T10:00:00Z'), new Date('2026-03-20T10:00:00.000Z'));
    assert.deepEqual(parseInstant('at', '2026-03-20T11:30+01:00'), new Date('2026-03-20T10:30:00.000Z'));
    assert.deepEqual(parseInstant('at', '2026-03-20T10:00:00.250Z'), new Date('2026-03-20T10:00:00.250Z'));
  });

  it('refuses text without a time zone or that is no date, naming the field', () => {
    for (const text of ['2026-03-20T10:00:00', '2026-03-20', 'tomorrow', '2026-02-30T10:00:00Z', '']) {
      assert.throws(() => parseInstant('at', text), (err: unknown) => {
        assert.ok(err instanceof ValidationError, text);
        assert.equal(err.field, 'at');
        assert.match(err.message, /time zone/);
        return true;
      });
    }
  });
});

describe('requireNote', () => {
  it('trims, and refuses empty or too long text', () => {
    assert.equal(requireNote('comment', '  Check the figures.  ', 100), 'Check the figures.');
    assert.throws(() => requireNote('comment', '   ', 100), /comment: is required/);
    assert.throws(() => requireNote('comment', undefined, 100), /comment: is required/);
    assert.throws(() => requireNote('text', 'x'.repeat(101), 100), /text: must be at most 100 characters/);
  });
});
