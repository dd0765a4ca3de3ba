/**
 * What changed between two revisions of a story, word by word, in the fields a person reads
 * (headline, standfirst, body): the history's diff view and the conflict message show it.
 */
import { diffWordsWithSpace } from 'diff';
import type { StorySnapshot } from './story.js';

/** The text fields a revision diff compares, in the order they are shown. */
export const DIFFED_FIELDS = ['headline', 'standfirst', 'body'] as const;
export type DiffedField = (typeof DIFFED_FIELDS)[number];

/** A run of text that both revisions share, or that only the newer (added) or older (removed) has. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** One field's changes; joining the same+removed parts gives the old text, same+added the new. */
export interface FieldDiff {
  field: DiffedField;
  changed: boolean;
  parts: DiffPart[];
}

// Past this many edits the word diff gets slow (it is quadratic in the worst case); a text
// rewritten that much is shown as wholly removed and wholly added instead.
const MAX_EDIT_LENGTH = 20_000;

/** The word-level differences from `older` to `newer`, one entry per diffed field. */
export function diffSnapshots(older: Pick<StorySnapshot, DiffedField>, newer: Pick<StorySnapshot, DiffedField>): FieldDiff[] {
  return DIFFED_FIELDS.map((field) => diffField(field, older[field], newer[field]));
}

function diffField(field: DiffedField, before: string, after: string): FieldDiff {
  if (before === after) return { field, changed: false, parts: before === '' ? [] : [{ kind: 'same', text: before }] };
  // diffWordsWithSpace is diffWords keeping whitespace as tokens of its own: plain diffWords
  // ignores whitespace and can move a space across a change, so the texts could not be rebuilt.
  const changes = diffWordsWithSpace(before, after, { maxEditLength: MAX_EDIT_LENGTH });
  const parts: DiffPart[] = changes
    ? changes.map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }))
    : [
        { kind: 'removed', text: before },
        { kind: 'added', text: after },
      ];
  return { field, changed: true, parts: parts.filter((p) => p.text !== '') };
}
