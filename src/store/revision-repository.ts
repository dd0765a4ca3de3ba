import type { Kysely } from 'kysely';
import type { Revision, StorySnapshot } from '../domain/story.js';
import { fromDate, toDate } from './rows.js';
import type { RevisionsTable, Tables } from './schema.js';

/** Snapshots of stories, one per save. */
export function createRevisionRepository(db: Kysely<Tables>) {
  return {
    /** Records a revision. */
    async insert(revision: Revision): Promise<void> {
      await db
        .insertInto('revisions')
        .values({
          story_id: revision.storyId,
          revision: revision.revision,
          created_at: fromDate(revision.createdAt),
          actor_label: revision.actorLabel,
          note: revision.note,
          snapshot: JSON.stringify(revision.snapshot),
        })
        .execute();
    },

    /** A story's revisions, newest first. */
    async listByStory(storyId: string): Promise<Revision[]> {
      const rows = await db
        .selectFrom('revisions')
        .selectAll()
        .where('story_id', '=', storyId)
        .orderBy('revision', 'desc')
        .execute();
      return rows.map(toRevision);
    },

    /** One revision of a story. */
    async findOne(storyId: string, revision: number): Promise<Revision | undefined> {
      const row = await db
        .selectFrom('revisions')
        .selectAll()
        .where('story_id', '=', storyId)
        .where('revision', '=', revision)
        .executeTakeFirst();
      return row ? toRevision(row) : undefined;
    },
  };
}

function toRevision(r: RevisionsTable): Revision {
  return {
    storyId: r.story_id,
    revision: r.revision,
    createdAt: toDate(r.created_at),
    actorLabel: r.actor_label,
    note: r.note,
    snapshot: JSON.parse(r.snapshot) as StorySnapshot,
  };
}

export type RevisionRepository = ReturnType<typeof createRevisionRepository>;
