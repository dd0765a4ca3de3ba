import { newId } from '../domain/ids.js';
import type { Story } from '../domain/story.js';
import { requireNote, STORY_LIMITS } from '../domain/story-input.js';
import { createStoryRepository } from '../store/story-repository.js';
import { changeStoryStatus, type StatusChangeInput } from './change-story-status.js';
import type { ServiceContext } from './context.js';

/** A published story and the correction to show on it. */
export interface CorrectStoryInput extends StatusChangeInput {
  /** The public note, e.g. "An earlier version gave the wrong date for the vote." */
  text: string;
}

/**
 * Adds a dated public correction to a published story (editors and admins). The story page
 * shows it with the new updated time; the change is a revision noted "Correction: …".
 */
export async function correctStory(ctx: ServiceContext, input: CorrectStoryInput): Promise<Story> {
  const text = requireNote('text', input.text, STORY_LIMITS.correction);
  return changeStoryStatus(ctx, input, {
    step: 'correct',
    event: 'story.corrected',
    note: `Correction: ${text}`,
    details: { text },
    apply: (story, now) => ({ ...story, corrections: [...story.corrections, { at: now, text }] }),
    alsoWrite: (db, story, now) => createStoryRepository(db).insertCorrection(story.id, { id: newId(now), at: now, text }),
  });
}
