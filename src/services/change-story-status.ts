import type { Kysely } from 'kysely';
import { navigationTag, storyCacheTags, type ContentEventType } from '../domain/events.js';
import { NotFoundError, RevisionConflictError } from '../domain/errors.js';
import { publishJobKey } from '../domain/job.js';
import { snapshotOf, type Story } from '../domain/story.js';
import { assertStep, type StoryStep } from '../domain/story-status.js';
import { createJobRepository } from '../store/job-repository.js';
import { createRevisionRepository } from '../store/revision-repository.js';
import type { Tables } from '../store/schema.js';
import { createStoryRepository } from '../store/story-repository.js';
import { inTransaction, type ServiceContext } from './context.js';
import { recordAuditEvent } from './record-audit-event.js';

/** Which story, and optionally the revision the caller saw (checked when given). */
export interface StatusChangeInput {
  id: string;
  revision?: number;
}

/** What one workflow step does to a story, as the use case taking it describes it. */
export interface WorkflowStep {
  step: StoryStep;
  /** The content event emitted after commit; also the audit log's action. */
  event: ContentEventType;
  /** The revision history's note, e.g. "Published". */
  note: string;
  /** Kept with the audit event (a send-back comment, the scheduled time). */
  details?: Record<string, unknown>;
  /** Rules beyond role and status (embargo, a time in the future); throws to refuse. */
  check?(story: Story, now: Date): void;
  /** Rules that need the database (the hero image's alt text), in the step's transaction; throws to refuse. */
  checkWith?(db: Kysely<Tables>, story: Story, now: Date): Promise<void>;
  /** The story after the step. */
  apply(story: Story, now: Date): Story;
  /** Further writes in the same transaction (job rows, a correction), after the story is saved. */
  alsoWrite?(db: Kysely<Tables>, story: Story, now: Date): Promise<void>;
}

/**
 * Takes one workflow step, as a new revision, after checking role, ownership, status and the
 * step's own rules; records the audit event in the same transaction. The publish, unpublish,
 * submit, send-back, schedule, unschedule and correct use cases all come through here.
 */
export async function changeStoryStatus(ctx: ServiceContext, input: StatusChangeInput, step: WorkflowStep): Promise<Story> {
  const now = ctx.clock();
  return inTransaction(ctx, async (db) => {
    const stories = createStoryRepository(db);
    const current = await stories.findById(input.id);
    if (!current) throw new NotFoundError(`no story with id ${input.id}`);
    if (input.revision !== undefined && input.revision !== current.revision) {
      throw new RevisionConflictError(current.revision, input.revision);
    }
    assertStep(step.step, current, ctx.actor);
    step.check?.(current, now);
    await step.checkWith?.(db, current, now);
    const next: Story = { ...step.apply(current, now), updatedAt: now, revision: current.revision + 1 };
    // MUST save the story before any other write: the revision check (and PostgreSQL's row lock)
    // is what makes two simultaneous steps on one story conflict instead of both writing jobs.
    if (!(await stories.update(next, current.revision))) {
      throw new RevisionConflictError(current.revision + 1, current.revision);
    }
    await createRevisionRepository(db).insert({
      storyId: next.id,
      revision: next.revision,
      createdAt: now,
      actorLabel: ctx.actor.label,
      note: step.note,
      snapshot: snapshotOf(next),
    });
    await step.alsoWrite?.(db, next, now);
    await recordAuditEvent(db, ctx.actor, now, { action: step.event, storyId: next.id, details: step.details ?? {} });
    return { result: next, events: [{ type: step.event, storyId: next.id, tags: publicTagsOfStep(current, next) }] };
  });
}

/** Cancels the story's pending scheduled publication, if any (in the caller's transaction). */
export async function cancelScheduledPublication(db: Kysely<Tables>, storyId: string, now: Date): Promise<void> {
  await createJobRepository(db).cancelUnfinished(publishJobKey(storyId), now);
}

/**
 * What a step can alter on the public site: nothing while the story is public neither before
 * nor after; else the pages that showed it or now show it, plus the navigation when it goes
 * public or private (a section can come into or go out of use).
 */
function publicTagsOfStep(before: Story, after: Story): string[] {
  const wasPublic = before.status === 'published';
  const isPublic = after.status === 'published';
  if (!wasPublic && !isPublic) return [];
  const tags = new Set([...storyCacheTags(before), ...storyCacheTags(after)]);
  if (wasPublic !== isPublic) tags.add(navigationTag(after.lang));
  return [...tags];
}
