/**
 * The editorial workflow as one table: which step a role may take on a story in which status,
 * and what a story's owner may do that other contributors may not. Services ask here before
 * they change anything; the admin UI asks here which buttons to show.
 *
 *   draft ──submit──> in_review ──send_back──> draft
 *   draft | in_review | unpublished ──schedule──> scheduled ──(the job at `at`)──> published
 *   scheduled ──unschedule──> draft
 *   draft | in_review | scheduled | unpublished ──publish──> published
 *   published | scheduled ──unpublish──> unpublished
 *   published ──correct──> published (a public correction note)
 *
 * Unpublishing a scheduled story is allowed on purpose: it is the one step that guarantees a
 * story is off the site and will not go out, whichever of the two it is in (unschedule instead
 * returns it to the writers as a draft).
 */
import type { Actor, Role } from './actor.js';
import { ForbiddenError, TransitionError } from './errors.js';
import { STORY_STATUSES, type Story, type StoryStatus } from './story.js';

/** Everything one can do to a story that the workflow rules govern. */
export const STORY_STEPS = [
  'edit',
  'submit',
  'send_back',
  'schedule',
  'unschedule',
  'publish',
  'unpublish',
  'correct',
  'delete',
] as const;
export type StoryStep = (typeof STORY_STEPS)[number];

interface StepRule {
  /** Statuses the step may start from. */
  from: readonly StoryStatus[];
  /** Roles that may take the step on any story. */
  roles: readonly Role[];
  /**
   * Roles that may take it only on a story they created; `from` narrows the statuses for them
   * (a status editors may start from but they may not is a 403, not a 422).
   */
  own?: { roles: readonly Role[]; from?: readonly StoryStatus[] };
  /** Completes "only editor or admin may …". */
  does: string;
  /** Said when the story is in a status the step cannot start from. */
  why: string;
}

const EDITORS: readonly Role[] = ['editor', 'admin'];

const RULES: Record<StoryStep, StepRule> = {
  edit: {
    from: STORY_STATUSES,
    roles: EDITORS,
    own: { roles: ['contributor'], from: ['draft'] },
    does: 'edit a story',
    why: 'every story can be edited',
  },
  submit: {
    from: ['draft'],
    roles: EDITORS,
    own: { roles: ['contributor'] },
    does: 'submit a story for review',
    why: 'only a draft can be submitted for review',
  },
  send_back: {
    from: ['in_review'],
    roles: EDITORS,
    does: 'send a story back',
    why: 'only a story in review can be sent back',
  },
  schedule: {
    from: ['draft', 'in_review', 'scheduled', 'unpublished'],
    roles: EDITORS,
    does: 'schedule a story',
    why: 'it is already published',
  },
  unschedule: {
    from: ['scheduled'],
    roles: EDITORS,
    does: 'unschedule a story',
    why: 'only a scheduled story can be unscheduled',
  },
  publish: {
    from: ['draft', 'in_review', 'scheduled', 'unpublished'],
    roles: EDITORS,
    does: 'publish a story',
    why: 'it is already published',
  },
  unpublish: {
    from: ['published', 'scheduled'],
    roles: EDITORS,
    does: 'unpublish a story',
    why: 'only a published or scheduled story can be unpublished',
  },
  correct: {
    from: ['published'],
    roles: EDITORS,
    does: 'correct a story',
    why: 'only a published story can be corrected; edit it instead',
  },
  delete: {
    from: ['draft'],
    roles: EDITORS,
    own: { roles: ['contributor'] },
    does: 'delete a story',
    why: 'only drafts can be deleted; unpublish a story to take it off the site',
  },
};

/** What the rules need to know about a story. */
export type StoryForRules = Pick<Story, 'status' | 'createdBy'>;

/** What the rules need to know about who is acting. */
export type ActorForRules = Pick<Actor, 'kind' | 'id' | 'role'>;

/** True when the actor is the user who created the story. */
export function isOwnStory(story: StoryForRules, actor: ActorForRules): boolean {
  return actor.kind === 'user' && story.createdBy !== null && story.createdBy === actor.id;
}

/**
 * Checks that `actor` may take `step` on `story`. The role is checked before the status, so a
 * contributor learns what they may not do rather than what state the story is in.
 * @throws ForbiddenError naming the roles that may; TransitionError saying why the status forbids it.
 */
export function assertStep(step: StoryStep, story: StoryForRules, actor: ActorForRules): void {
  const rule = RULES[step];
  const who = rule.roles.join(' or ');
  if (!rule.roles.includes(actor.role)) {
    if (!rule.own?.roles.includes(actor.role)) {
      throw new ForbiddenError(`only ${who} may ${rule.does}; you are ${actor.role}`);
    }
    if (!isOwnStory(story, actor)) {
      throw new ForbiddenError(`only ${who} may ${rule.does} created by someone else; you are ${actor.role}`);
    }
    if (rule.own.from && !rule.own.from.includes(story.status)) {
      throw new ForbiddenError(`only ${who} may ${rule.does} that is ${statusWords(story.status)}; you are ${actor.role}`);
    }
  }
  if (!rule.from.includes(story.status)) {
    throw new TransitionError(`cannot ${step.replace('_', ' ')} a story that is ${statusWords(story.status)}: ${rule.why}`, {
      status: story.status,
      step,
    });
  }
}

/** True when `actor` may take `step` on `story` now (role, ownership and status all allow it). */
export function mayTake(step: StoryStep, story: StoryForRules, actor: ActorForRules): boolean {
  try {
    assertStep(step, story, actor);
    return true;
  } catch {
    return false;
  }
}

/** The steps `actor` may take on `story` now, in workflow order (for the editor's buttons). */
export function allowedSteps(story: StoryForRules, actor: ActorForRules): StoryStep[] {
  return STORY_STEPS.filter((step) => mayTake(step, story, actor));
}

/**
 * Checks that the actor's role may set or change an embargo.
 * @throws ForbiddenError naming the roles that may.
 */
export function assertMaySetEmbargo(actor: ActorForRules): void {
  if (!EDITORS.includes(actor.role)) {
    throw new ForbiddenError(`only ${EDITORS.join(' or ')} may set or change an embargo; you are ${actor.role}`);
  }
}

/**
 * Checks that a story under embargo does not go public (or get scheduled to) before it ends.
 * @throws TransitionError naming the embargo time.
 */
export function assertPastEmbargo(step: 'publish' | 'schedule', embargoUntil: Date | null, at: Date): void {
  if (!embargoUntil || embargoUntil.getTime() <= at.getTime()) return;
  const until = embargoUntil.toISOString();
  const message =
    step === 'publish'
      ? `cannot publish the story before its embargo ends at ${until}; schedule it for then instead`
      : `cannot schedule the story for ${at.toISOString()}: it is under embargo until ${until}`;
  throw new TransitionError(message, { embargoUntil: until });
}

/**
 * Checks that a new embargo fits the story's status: a published story cannot be hidden by an
 * embargo in the future, and a scheduled one cannot be embargoed past its publication time.
 * @throws TransitionError saying what to do first.
 */
export function assertEmbargoFits(story: Pick<Story, 'status' | 'scheduledAt'>, embargoUntil: Date | null, now: Date): void {
  if (!embargoUntil || embargoUntil.getTime() <= now.getTime()) return;
  const until = embargoUntil.toISOString();
  if (story.status === 'published') {
    throw new TransitionError(`the story is already public, so it cannot be embargoed until ${until}; unpublish it first`, {
      embargoUntil: until,
    });
  }
  if (story.status === 'scheduled' && story.scheduledAt && story.scheduledAt.getTime() < embargoUntil.getTime()) {
    throw new TransitionError(
      `the story is scheduled for ${story.scheduledAt.toISOString()}, before an embargo until ${until}; ` +
        'reschedule or unschedule it first',
      { embargoUntil: until, scheduledAt: story.scheduledAt.toISOString() },
    );
  }
}

/** True when a story in this status is visible to readers (before embargo and time checks). */
export function isPublicStatus(status: StoryStatus): boolean {
  return status === 'published';
}

function statusWords(status: StoryStatus): string {
  return status.replace('_', ' ');
}
