import { diffSnapshots, type FieldDiff } from '../domain/revision-diff.js';
import type { Revision } from '../domain/story.js';
import type { ServiceContext } from './context.js';
import { getRevision } from './get-revision.js';

/** Two revisions of a story and what changed from the first to the second. */
export interface RevisionDiff {
  from: Revision;
  to: Revision;
  /** Headline, standfirst and body, word by word. */
  fields: FieldDiff[];
}

/**
 * The word-level changes from revision `from` to revision `to` of a story (either may be the
 * later one: the diff reads as "what it takes to go from `from` to `to`").
 */
export async function diffRevisions(ctx: ServiceContext, storyId: string, from: number, to: number): Promise<RevisionDiff> {
  const older = await getRevision(ctx, storyId, from);
  const newer = await getRevision(ctx, storyId, to);
  return { from: older, to: newer, fields: diffSnapshots(older.snapshot, newer.snapshot) };
}
