import type { Role } from './actor.js';
import { ForbiddenError, TransitionError } from './errors.js';
import type { StoryStatus } from './story.js';

/** Workflow steps that change a story's status. */
export type StoryTransition = 'publish' | 'unpublish' | 'delete';

interface TransitionRule {
  /** Statuses the step may start from. */
  from: readonly StoryStatus[];
  /** Roles allowed to take the step. */
  roles: readonly Role[];
  /** Said when the story is in another status. */
  why: string;
}

const RULES: Record<StoryTransition, TransitionRule> = {
  publish: {
    from: ['draft', 'in_review', 'scheduled', 'unpublished'],
    roles: ['editor', 'admin'],
    why: 'it is already published',
  },
  unpublish: {
    from: ['published'],
    roles: ['editor', 'admin'],
    why: 'only a published story can be unpublished',
  },
  delete: {
    from: ['draft'],
    roles: ['contributor', 'editor', 'admin'],
    why: 'only drafts can be deleted; unpublish a story to take it off the site',
  },
};

/**
 * Checks that `role` may take `step` on a story in `status`.
 * @throws ForbiddenError naming the roles that may; TransitionError saying why the state forbids it.
 */
export function assertTransition(step: StoryTransition, status: StoryStatus, role: Role): void {
  const rule = RULES[step];
  if (!rule.roles.includes(role)) {
    throw new ForbiddenError(`only ${rule.roles.join(' or ')} may ${step} a story; you are ${role}`);
  }
  if (!rule.from.includes(status)) {
    throw new TransitionError(`cannot ${step} a story that is ${status.replace('_', ' ')}: ${rule.why}`, {
      status,
      step,
    });
  }
}

/** True when a story in this status is visible to readers (before embargo and time checks). */
export function isPublicStatus(status: StoryStatus): boolean {
  return status === 'published';
}
