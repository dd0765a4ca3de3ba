import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseMarkdownStory, type FileProblem, type MarkdownStory } from './markdown-story-file.js';

const LANGUAGES = ['en', 'fr', 'ar'];

function story(text: string): MarkdownStory {
  const result = parseMarkdownStory(text, { languages: LANGUAGES });
  if (!result.ok) assert.fail(`expected a story, got line ${result.problem.line}: ${result.problem.reason}`);
  return result.story;
}

function problem(text: string): FileProblem {
  const result = parseMarkdownStory(text, { languages: LANGUAGES });
  if (result.ok) assert.fail('expected a problem, got a story');
  return result.problem;
}

const FULL = `---
headline: Fishing villages map the rising tide
standfirst: Volunteers measure the shore every morning.
date: 2026-02-14T07:45:00Z
lang: fr
type: feature
topics: [Climate change, health]
regions:
  - africa
tags: coastline, volunteers
authors: [Ines Duarte]
dateline: DAKAR
status: published
slug: villages-map-the-tide
featured: true
---

The first paragraph.

The second paragraph.

`;

describe('parseMarkdownStory', () => {
  it('reads every front-matter field and the body', () => {
    const s = story(FULL);
    assert.equal(s.headline, 'Fishing villages map the rising tide');
    assert.equal(s.standfirst, 'Volunteers measure the shore every morning.');
    assert.equal(s.date?.toISOString(), '2026-02-14T07:45:00.000Z');
    assert.equal(s.lang, 'fr');
    assert.equal(s.type, 'feature');
    assert.deepEqual(s.topics, ['Climate change', 'health']);
    assert.deepEqual(s.regions, ['africa']);
    assert.deepEqual(s.tags, ['coastline', 'volunteers']);
    assert.deepEqual(s.authors, ['Ines Duarte']);
    assert.equal(s.datelinePlace, 'DAKAR');
    assert.equal(s.status, 'published');
    assert.equal(s.slug, 'villages-map-the-tide');
    assert.equal(s.featured, true);
    assert.equal(s.body, 'The first paragraph.\n\nThe second paragraph.');
    assert.equal(s.bodyLine, 18);
    assert.equal(s.keyLines.headline, 2);
    assert.equal(s.keyLines.featured, 15);
  });

  it('fills in defaults for a minimal file', () => {
    const s = story('---\nheadline: Short\n---\nBody.\n');
    assert.equal(s.lang, 'en');
    assert.equal(s.type, 'news');
    assert.equal(s.status, 'draft');
    assert.equal(s.date, null);
    assert.equal(s.slug, null);
    assert.equal(s.featured, false);
    assert.equal(s.datelinePlace, null);
    assert.deepEqual(s.topics, []);
    assert.equal(s.standfirst, '');
  });

  it('accepts Windows line ends, a byte-order mark and numbers as text', () => {
    const s = story('\uFEFF---\r\nheadline: 1984\r\ntags: [2026]\r\n---\r\nBody.\r\n');
    assert.equal(s.headline, '1984');
    assert.deepEqual(s.tags, ['2026']);
    assert.equal(s.body, 'Body.');
  });

  it('reads dates with and without time and zone, always as the instant meant', () => {
    const at = (d: string) => story(`---\nheadline: x\ndate: ${d}\n---\nb`).date?.toISOString();
    assert.equal(at('2026-03-18'), '2026-03-18T00:00:00.000Z');
    assert.equal(at('2026-03-18 09:30'), '2026-03-18T09:30:00.000Z');
    assert.equal(at('2026-03-18T09:30:15+02:00'), '2026-03-18T07:30:15.000Z');
    assert.equal(at('2026-03-18T09:30:15-0500'), '2026-03-18T14:30:15.000Z');
  });

  it('leaves keys it does not know alone', () => {
    assert.equal(story('---\nheadline: x\nlayout: post\n---\nb').headline, 'x');
  });

  it('points at line 1 when there is no front matter or it is not closed', () => {
    assert.deepEqual(problem('Just text.\n'), {
      line: 1,
      reason: 'no front matter: the file must start with a line "---", then YAML, then "---"',
    });
    assert.equal(problem('---\nheadline: x\nBody.\n').line, 1);
    assert.match(problem('---\nheadline: x\nBody.\n').reason, /not closed/);
  });

  it('gives the line of bad YAML as YAML reports it, counted in the file', () => {
    const p = problem('---\nheadline: x\ntopics: [a, b\nlang: en\n---\nb');
    assert.match(p.reason, /^bad YAML in the front matter: /);
    assert.ok(p.line >= 3 && p.line <= 5, `line ${p.line}`);
    assert.equal(problem('---\nheadline: x\nheadline: y\n---\nb').line, 3);
    assert.doesNotMatch(problem('---\nheadline: x\nheadline: y\n---\nb').reason, /\n/);
  });

  it('refuses front matter that is not a map', () => {
    assert.equal(problem('---\n- a\n- b\n---\nb').line, 2);
  });

  it('names a missing headline on line 1, an empty one on its own line', () => {
    assert.deepEqual(problem('---\nlang: en\n---\nb'), { line: 1, reason: 'headline: is missing; every story needs one' });
    assert.equal(problem('---\nlang: en\nheadline: "  "\n---\nb').line, 3);
  });

  it('points at the offending key', () => {
    const cases: Array<[string, number, RegExp]> = [
      ['type: column', 3, /^type: unknown story type "column"/],
      ['lang: de', 3, /^lang: unknown language "de"; this site publishes in en, fr, ar/],
      ['date: 18/03/2026', 3, /^date: "18\/03\/2026" is not a date/],
      ['date: 2026-02-30', 3, /^date: "2026-02-30" is not a date/],
      ['date: 2026-02-10T25:00', 3, /is not a date/],
      ['status: live', 3, /^status: must be draft or published, not "live"/],
      ['slug: Not A Slug', 3, /^slug: "Not A Slug" must be lower-case/],
      ['featured: sometimes', 3, /^featured: must be true or false/],
      ['standfirst: [a, b]', 3, /^standfirst: must be text, not a list/],
      ['topics: [[a]]', 3, /^topics: each entry must be a name or slug/],
      ['tags: "a, , b"', 3, /^tags: has an empty entry/],
    ];
    for (const [line, at, reason] of cases) {
      const p = problem(`---\nheadline: x\n${line}\n---\nbody`);
      assert.equal(p.line, at, line);
      assert.match(p.reason, reason, line);
    }
  });

  it('refuses a file without a body, pointing after the front matter', () => {
    assert.deepEqual(problem('---\nheadline: x\n---\n\n\n'), {
      line: 3,
      reason: 'the story has no body: write it after the closing "---"',
    });
  });
});
