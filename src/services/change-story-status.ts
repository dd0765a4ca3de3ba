import { navigationTag, storyCacheTags, type ContentEventType } from '../domain/events.js';
import { NotFoundError, RevisionConflictError } from '../domain/errors.js';
import { snapshotOf, type Story } from '../domain/story.js';
import { assertTransition, type StoryTransition } from '../domain/story-status.js';
import { createRevisionRepository } from '../store/revision-repository.js';
import { createStoryRepository } from '../store/story-repository.js';
import { inTransaction, type ServiceContext } from './context.js';

/** Which story, and optionally the revision the caller saw (checked when given). */
export interface StatusChangeInput {
  id: string;
  revision?: number;
}

/**
 * Moves a story through one workflow step, as a new revision, after checking role and state.
 * Shared by the publish and unpublish use cases, which say what the step does to the story.
 */
export async function changeStoryStatus(
  ctx: ServiceContext,
  input: StatusChangeInput,
  step: StoryTransition,
  event: ContentEventType,
  apply: (story: Story, now: Date) => Story,
): Promise<Story> {
  const now = ctx.clock();
  return inTransaction(ctx, async (db) => {
    const stories = createStoryRepository(db);
    const current = await stories.findById(input.id);
    if (!current) throw new NotFoundError(`no story with id ${input.id}`);
    if (input.revision !== undefined && input.revision !== current.revision) {
      throw new RevisionConflictError(current.revision, input.revision);
    }
    assertTransition(step, current.status, ctx.actor.role);
    const next = { ...apply(current, now), updatedAt: now, revision: current.revision + 1 };
    if (!(await stories.update(next, current.revision))) {
      throw new RevisionConflictError(current.revision + 1, current.revision);
    }
    await createRevisionRepository(db).insert({
      storyId: next.id,
      revision: next.revision,
      createdAt: now,
      actorLabel: ctx.actor.label,
      note: step === 'publish' ? 'Published' : 'Unpublished',
      snapshot: snapshotOf(next),
    });
    // Going public or private can change which sections are in use: purge the navigation too.
    const tags = [...storyCacheTags(next), navigationTag(next.lang)];
    return { result: next, events: [{ type: event, storyId: next.id, tags }] };
  });
}
