import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diffSnapshots, type FieldDiff } from './revision-diff.js';

const snapshot = (headline: string, standfirst: string, body: string) => ({ headline, standfirst, body });

/** The text of a field before (same + removed) or after (same + added) the change. */
function side(diff: FieldDiff, which: 'before' | 'after'): string {
  const skip = which === 'before' ? 'added' : 'removed';
  return diff.parts.filter((p) => p.kind !== skip).map((p) => p.text).join('');
}

describe('diffSnapshots', () => {
  it('marks the words added and removed, keeping the shared ones', () => {
    const [headline] = diffSnapshots(
      snapshot('Floods close three schools', '', ''),
      snapshot('Floods close four schools', '', ''),
    );
    assert.equal(headline?.changed, true);
    assert.deepEqual(headline?.parts, [
      { kind: 'same', text: 'Floods close ' },
      { kind: 'removed', text: 'three' },
      { kind: 'added', text: 'four' },
      { kind: 'same', text: ' schools' },
    ]);
  });

  it('gives every field, unchanged ones as one shared part, in a fixed order', () => {
    const diffs = diffSnapshots(snapshot('Same', '', 'Body one.'), snapshot('Same', 'New standfirst.', 'Body two.'));
    assert.deepEqual(diffs.map((d) => [d.field, d.changed]), [['headline', false], ['standfirst', true], ['body', true]]);
    assert.deepEqual(diffs[0]?.parts, [{ kind: 'same', text: 'Same' }]);
    assert.deepEqual(diffs[1]?.parts, [{ kind: 'added', text: 'New standfirst.' }]);
  });

  it('can always rebuild both texts from the parts', () => {
    const before = 'The council met on Monday.\n\nIt voted 12 to 3 for the plan, which now goes to the mayor.';
    const after = 'The council met on Tuesday.\n\nIt voted 11 to 4 for the plan; the mayor has a week to sign it.';
    const body = diffSnapshots(snapshot('h', '', before), snapshot('h', '', after))[2]!;
    assert.equal(side(body, 'before'), before);
    assert.equal(side(body, 'after'), after);
  });
});
