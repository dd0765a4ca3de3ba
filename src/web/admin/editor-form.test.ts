import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ValidationError } from '../../domain/errors.js';
import { snapshotOf, type Story } from '../../domain/story.js';
import { changedFields, mergeAfterConflict, parseFormTime, readEditorForm, slugList, storyFields } from './editor-form.js';

const TERM = (kind: 'topic' | 'region' | 'tag', slug: string) => ({ id: slug, kind, slug, names: { en: slug } });

function story(overrides: Partial<Story> = {}): Story {
  const at = new Date('2026-03-18T09:00:00Z');
  return {
    id: 'a'.repeat(24),
    translationGroupId: 'a'.repeat(24),
    lang: 'en',
    slug: 'river-talks',
    type: 'news',
    status: 'draft',
    headline: 'River talks resume',
    standfirst: 'Both sides return.',
    body: 'The talks resumed.',
    datelinePlace: null,
    featured: false,
    authors: [],
    topics: [TERM('topic', 'climate')],
    regions: [],
    tags: [],
    corrections: [],
    createdAt: at,
    updatedAt: at,
    publishedAt: null,
    scheduledAt: null,
    embargoUntil: null,
    revision: 1,
    createdBy: null,
    heroMediaId: null,
    heroCaption: null,
    heroCredit: null,
    ...overrides,
  };
}

describe('the editor form', () => {
  it('turns typed names into slugs', () => {
    assert.deepEqual(slugList('Climate, Water rights ,, health'), ['climate', 'water-rights', 'health']);
  });

  it('reads a date-time field as UTC, or moved by the offset the script sent', () => {
    assert.equal(parseFormTime('scheduleFor', '2026-03-20T10:00', '')?.toISOString(), '2026-03-20T10:00:00.000Z');
    // Local time 15:30 where the clock is 5½ hours ahead of UTC (getTimezoneOffset gives -330).
    assert.equal(parseFormTime('scheduleFor', '2026-03-20T15:30:00', '-330')?.toISOString(), '2026-03-20T10:00:00.000Z');
    assert.equal(parseFormTime('scheduleFor', '  ', ''), null);
    assert.throws(() => parseFormTime('scheduleFor', '2026-02-30T10:00', ''), (err: unknown) => err instanceof ValidationError && err.field === 'scheduleFor');
    assert.throws(() => parseFormTime('embargoUntil', 'tomorrow', ''), ValidationError);
  });

  it('changes only the fields the post carried and altered', () => {
    const body = { headline: 'River talks resume ', body: 'The talks resumed.\r\nAgain.', topics: 'Climate' };
    const changes = changedFields(body, readEditorForm(body), story());
    assert.deepEqual(changes, { body: 'The talks resumed.\nAgain.' }, 'trailing spaces, CRLF and a typed name are not changes; absent fields are left alone');
    const embargo = { embargoUntil: '2026-04-01T08:00', embargoUntilOffset: '' };
    assert.deepEqual(changedFields(embargo, readEditorForm(embargo), story()).embargoUntil, new Date('2026-04-01T08:00:00Z'));
  });

  it('after a conflict keeps what this person changed and shows the rest as stored now', () => {
    const base = story();
    const current = story({ revision: 2, headline: 'River talks resume in Geneva', body: 'The talks resumed on Monday.' });
    const mine = { ...storyFields(base), standfirst: 'Both sides return to the table.', body: 'The talks resumed at noon.' };
    const merged = mergeAfterConflict(mine, snapshotOf(base), current);
    assert.equal(merged.headline, 'River talks resume in Geneva', 'untouched: the newer text');
    assert.equal(merged.standfirst, 'Both sides return to the table.', 'changed only here: kept');
    assert.equal(merged.body, 'The talks resumed at noon.', 'changed in both: this person’s text is kept');
  });
});
