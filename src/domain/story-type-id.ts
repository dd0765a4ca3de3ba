import { createHash } from 'node:crypto';
import type { StoryType } from './story.js';

/**
 * A stable 24-hex id for a story type, so that APIs can show types as terms (Ghost's internal
 * tags) with an id like any other: the same type always gets the same id.
 */
export function storyTypeId(type: StoryType): string {
  return createHash('sha256').update(`story-type:${type}`).digest('hex').slice(0, 24);
}
