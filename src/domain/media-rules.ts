/** Who may change what in the media library, and what a published story owes its readers. */
import type { Actor } from './actor.js';
import { ForbiddenError, TransitionError } from './errors.js';
import { textIn, type MediaItem } from './media.js';
import type { Story } from './story.js';

/** Roles that may change or delete any item; contributors only the ones they uploaded. */
const LIBRARIANS: readonly Actor['role'][] = ['editor', 'admin'];

/** True when the actor may edit or delete this item (the admin UI shows its form only then). */
export function mayChangeMedia(actor: Pick<Actor, 'id' | 'role'>, media: Pick<MediaItem, 'createdBy'>): boolean {
  return LIBRARIANS.includes(actor.role) || media.createdBy === actor.id;
}

/**
 * Checks that the actor may edit or delete this item.
 * @throws ForbiddenError naming the roles that may.
 */
export function assertMayChangeMedia(actor: Pick<Actor, 'id' | 'role'>, media: Pick<MediaItem, 'createdBy'>, what: 'edit' | 'delete'): void {
  if (mayChangeMedia(actor, media)) return;
  throw new ForbiddenError(`only ${LIBRARIANS.join(' or ')} (or whoever uploaded it) may ${what} this picture; you are ${actor.role}`);
}

/**
 * Checks that a story about to go public describes its hero image for readers who cannot see
 * it, in the story's own language: accessibility is not optional.
 * @throws TransitionError saying what to add, and where.
 */
export function assertHeroDescribed(step: 'publish' | 'schedule', story: Pick<Story, 'lang' | 'heroMediaId'>, hero: Pick<MediaItem, 'id' | 'filename' | 'alt'> | undefined): void {
  if (!story.heroMediaId || !hero) return;
  if (textIn(hero.alt, story.lang)) return;
  throw new TransitionError(
    `cannot ${step} the story: its hero image "${hero.filename}" has no alt text in ${story.lang}; ` +
      'describe what the picture shows in the media library (alt text), then try again',
    { field: 'alt', mediaId: hero.id, lang: story.lang },
  );
}
