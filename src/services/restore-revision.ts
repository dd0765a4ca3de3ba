import type { Story } from '../domain/story.js';
import type { ServiceContext } from './context.js';
import { getRevision } from './get-revision.js';
import { saveStoryChange } from './update-story.js';

/** Which old revision to bring back, and the revision the caller is looking at now. */
export interface RestoreRevisionInput {
  id: string;
  /** The old revision whose text to restore. */
  from: number;
  /** The story's current revision as the caller saw it; a newer stored one is a conflict. */
  revision: number;
}

/**
 * Brings back an old revision's text, sections and byline as a NEW revision (history is never
 * rewritten), under the same rules as an edit. The status, slug and embargo stay as they are:
 * restoring words must not publish, unpublish or move a story.
 */
export async function restoreRevision(ctx: ServiceContext, input: RestoreRevisionInput): Promise<Story> {
  const old = await getRevision(ctx, input.id, input.from);
  const s = old.snapshot;
  return saveStoryChange(
    ctx,
    {
      id: input.id,
      revision: input.revision,
      note: `Restored revision ${input.from}`,
      fields: {
        headline: s.headline,
        standfirst: s.standfirst,
        body: s.body,
        type: s.type,
        datelinePlace: s.datelinePlace,
        topics: s.topics,
        regions: s.regions,
        tags: s.tags,
        authors: s.authors,
      },
    },
    { event: 'story.restored', details: { revision: input.from } },
  );
}
