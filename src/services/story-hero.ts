import type { Kysely } from 'kysely';
import { ValidationError } from '../domain/errors.js';
import { assertHeroDescribed } from '../domain/media-rules.js';
import type { Story } from '../domain/story.js';
import type { StoryFields } from '../domain/story-input.js';
import { createMediaRepository } from '../store/media-repository.js';
import type { Tables } from '../store/schema.js';

/** A story's hero image fields. */
export type StoryHero = Pick<Story, 'heroMediaId' | 'heroCaption' | 'heroCredit'>;

/**
 * The hero fields after a change (absent fields keep `current`'s), checking that a newly
 * chosen item exists in the library.
 * @throws ValidationError naming heroMediaId when it does not.
 */
export async function resolveStoryHero(db: Kysely<Tables>, fields: StoryFields, current: StoryHero | null): Promise<StoryHero> {
  const heroMediaId = fields.heroMediaId !== undefined ? fields.heroMediaId : (current?.heroMediaId ?? null);
  if (heroMediaId !== null && heroMediaId !== current?.heroMediaId) {
    if (!(await createMediaRepository(db).findById(heroMediaId))) {
      throw new ValidationError('heroMediaId', `there is no media item with id ${heroMediaId}; upload the picture first`);
    }
  }
  return {
    heroMediaId,
    heroCaption: fields.heroCaption !== undefined ? fields.heroCaption : (current?.heroCaption ?? null),
    heroCredit: fields.heroCredit !== undefined ? fields.heroCredit : (current?.heroCredit ?? null),
  };
}

/**
 * Refuses to publish or schedule a story whose hero image has no alt text in the story's
 * language (in the caller's transaction).
 * @throws TransitionError saying what to add.
 */
export async function checkHeroDescribed(db: Kysely<Tables>, step: 'publish' | 'schedule', story: Story): Promise<void> {
  if (!story.heroMediaId) return;
  const hero = await createMediaRepository(db).findById(story.heroMediaId);
  assertHeroDescribed(step, story, hero);
}
