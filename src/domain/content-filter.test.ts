import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ValidationError } from './errors.js';
import { allOf, matchesFilter, parseContentFilter, STORY_FILTER_FIELDS, TERM_FILTER_FIELDS } from './content-filter.js';

const NOW = new Date('2026-04-07T12:00:00Z');
const parse = (text: string) => parseContentFilter(text, STORY_FILTER_FIELDS, NOW);
const refused = (text: string, message: RegExp) =>
  assert.throws(() => parse(text), (err: unknown) => err instanceof ValidationError && err.field === 'filter' && message.test(err.message));

describe('parseContentFilter', () => {
  it('turns NQL into conditions on canonical fields, with and, or and negation', () => {
    assert.deepEqual(parse('tags:[climate,health]+author:-amara-okafor'), {
      kind: 'and',
      filters: [
        { kind: 'condition', field: 'tag', op: 'in', values: ['climate', 'health'] },
        { kind: 'condition', field: 'author', op: 'ne', values: ['amara-okafor'] },
      ],
    });
    assert.deepEqual(parse('(featured:true,tags.slug:rain)+lang:fr'), {
      kind: 'and',
      filters: [
        {
          kind: 'or',
          filters: [
            { kind: 'condition', field: 'featured', op: 'eq', values: [true] },
            { kind: 'condition', field: 'tag', op: 'eq', values: ['rain'] },
          ],
        },
        { kind: 'condition', field: 'lang', op: 'eq', values: ['fr'] },
      ],
    });
  });

  it('reads dates as Ghost writes them, UTC unless a zone is given, and relative to the clock', () => {
    const at = (text: string) => (parse(text) as { values: Date[] }).values[0]!.toISOString();
    assert.equal(at("published_at:>'2026-03-01'"), '2026-03-01T00:00:00.000Z');
    assert.equal(at("published_at:<='2026-03-01 10:30:00'"), '2026-03-01T10:30:00.000Z');
    assert.equal(at("published_at:<'2026-03-01T10:30:00+02:00'"), '2026-03-01T08:30:00.000Z');
    assert.equal(at('published_at:>now-2d'), '2026-04-05T12:00:00.000Z');
    assert.equal(at('updated_at:>now-1M'), '2026-03-07T12:00:00.000Z');
  });

  it('refuses what it cannot answer, naming the field', () => {
    refused('colour:red', /"colour" is not a field you can filter by here; use one of id, slug/);
    refused('featured:maybe', /featured: must be true or false/);
    refused("published_at:>'yesterday'", /published_at: "yesterday" is not a date/);
    refused('tag:>climate', /tag: ":>" cannot be used with this field/);
    refused("slug:~'rain'", /not supported/);
    refused('tag:null', /null is not a value/);
    refused('tag:climate+', /unexpected character/);
    refused('x'.repeat(2001), /longer than 2000/);
  });

  it('treats an empty filter as none and joins filters', () => {
    assert.equal(parse('  '), undefined);
    assert.equal(allOf(undefined, undefined), undefined);
    const one = parse('lang:fr');
    assert.equal(allOf(undefined, one), one);
  });
});

describe('matchesFilter', () => {
  const tag = { id: 'a1', slug: 'climate', name: 'Climate', visibility: 'public' };
  const match = (text: string) => matchesFilter(parseContentFilter(text, TERM_FILTER_FIELDS, NOW), tag);

  it('evaluates equality, lists, negation, and/or in memory, ignoring case', () => {
    assert.ok(match('slug:climate'));
    assert.ok(match("name:'CLIMATE'"));
    assert.ok(match('slug:[health,climate]'));
    assert.ok(!match('slug:-[health,climate]'));
    assert.ok(match('visibility:public+slug:-health'));
    assert.ok(match('slug:health,id:a1'));
    assert.ok(!match('visibility:internal'));
    assert.ok(matchesFilter(undefined, tag));
  });
});
