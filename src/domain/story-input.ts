import { ValidationError } from './errors.js';
import { isValidSlug } from './slug.js';
import { STORY_TYPES, type StoryType } from './story.js';

/** Limits a story's fields must keep; the Admin API schema repeats them for clients. */
export const STORY_LIMITS = Object.freeze({
  headline: 300,
  standfirst: 1000,
  body: 500_000,
  datelinePlace: 120,
  slug: 200,
  terms: 30,
  /** A send-back comment to the writers. */
  comment: 2000,
  /** A public correction note. */
  correction: 1000,
  /** A story's own caption and credit for its hero image. */
  heroCaption: 2000,
  heroCredit: 300,
});

/** Fields a writer sets on a story (all optional on update). */
export interface StoryFields {
  lang?: string;
  headline?: string;
  standfirst?: string;
  body?: string;
  type?: StoryType;
  slug?: string;
  datelinePlace?: string | null;
  featured?: boolean;
  topics?: string[];
  regions?: string[];
  tags?: string[];
  authors?: string[];
  /** Readers cannot see the story before this instant; null lifts the embargo. Editors' and admins' only. */
  embargoUntil?: Date | null;
  /** The library item the story leads with; null for none. */
  heroMediaId?: string | null;
  /** The story's own caption for its hero image; null or empty uses the library's. */
  heroCaption?: string | null;
  /** The story's own credit for its hero image; null or empty uses the library's. */
  heroCredit?: string | null;
}

/**
 * Checks writer input against the story rules and returns it tidied (trimmed, deduplicated).
 * @throws ValidationError naming the first bad field.
 */
export function validateStoryFields(input: StoryFields, languages: readonly string[]): StoryFields {
  const out: StoryFields = { ...input };
  if (input.lang !== undefined && !languages.includes(input.lang)) {
    throw new ValidationError('lang', `"${input.lang}" is not one of this site's languages (${languages.join(', ')})`);
  }
  if (input.headline !== undefined) {
    out.headline = input.headline.trim();
    if (out.headline === '') throw new ValidationError('headline', 'must not be empty');
    if (out.headline.length > STORY_LIMITS.headline) {
      throw new ValidationError('headline', `must be at most ${STORY_LIMITS.headline} characters`);
    }
  }
  if (input.standfirst !== undefined) {
    out.standfirst = input.standfirst.trim();
    if (out.standfirst.length > STORY_LIMITS.standfirst) {
      throw new ValidationError('standfirst', `must be at most ${STORY_LIMITS.standfirst} characters`);
    }
  }
  if (input.body !== undefined && input.body.length > STORY_LIMITS.body) {
    throw new ValidationError('body', `must be at most ${STORY_LIMITS.body} characters`);
  }
  if (input.type !== undefined && !STORY_TYPES.includes(input.type)) {
    throw new ValidationError('type', `must be one of ${STORY_TYPES.join(', ')}`);
  }
  if (input.slug !== undefined) {
    out.slug = input.slug.trim();
    if (!isValidSlug(out.slug)) {
      throw new ValidationError('slug', 'must be lower-case letters and digits joined by single hyphens');
    }
  }
  if (input.datelinePlace !== undefined && input.datelinePlace !== null) {
    const place = input.datelinePlace.trim();
    if (place.length > STORY_LIMITS.datelinePlace) {
      throw new ValidationError('datelinePlace', `must be at most ${STORY_LIMITS.datelinePlace} characters`);
    }
    out.datelinePlace = place === '' ? null : place;
  }
  if (input.embargoUntil !== undefined && input.embargoUntil !== null && Number.isNaN(input.embargoUntil.getTime())) {
    throw new ValidationError('embargoUntil', 'must be a date and time');
  }
  if (input.heroMediaId !== undefined && input.heroMediaId !== null) {
    out.heroMediaId = input.heroMediaId.trim();
    if (!/^[0-9a-f]{24}$/.test(out.heroMediaId)) throw new ValidationError('heroMediaId', `"${input.heroMediaId}" is not a media item id`);
  }
  for (const field of ['heroCaption', 'heroCredit'] as const) {
    const text = input[field];
    if (text === undefined || text === null) continue;
    const tidy = text.replace(/\s+/g, ' ').trim();
    if (tidy.length > STORY_LIMITS[field]) throw new ValidationError(field, `must be at most ${STORY_LIMITS[field]} characters`);
    out[field] = tidy === '' ? null : tidy;
  }
  for (const field of ['topics', 'regions', 'tags', 'authors'] as const) {
    const list = input[field];
    if (list === undefined) continue;
    if (list.length > STORY_LIMITS.terms) {
      throw new ValidationError(field, `may list at most ${STORY_LIMITS.terms} items`);
    }
    for (const slug of list) {
      if (!isValidSlug(slug)) throw new ValidationError(field, `"${slug}" is not a valid slug`);
    }
    out[field] = [...new Set(list)];
  }
  return out;
}

// Date, hours and minutes required; seconds and fractions optional; Z or an offset required, so an
// instant never depends on the server's time zone.
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

/**
 * An instant written as ISO 8601 with a time zone (`2026-03-20T10:00:00Z`, `…+01:00`).
 * @throws ValidationError naming `field` when the text is not one.
 */
export function parseInstant(field: string, text: string): Date {
  const match = INSTANT.exec(text.trim());
  const date = new Date(text.trim());
  // JavaScript rolls 30 February over into March; a day past the month's end is a typo here.
  const [year, month, day, hour] = (match ?? []).slice(1, 5).map(Number);
  const daysInMonth = match ? new Date(Date.UTC(year!, month!, 0)).getUTCDate() : 0;
  if (!match || Number.isNaN(date.getTime()) || day! > daysInMonth || hour! > 23) {
    throw new ValidationError(field, `"${text}" is not a date and time with a time zone, e.g. 2026-03-20T10:00:00Z`);
  }
  return date;
}

/**
 * A piece of text a person must write (a send-back comment, a correction note), trimmed.
 * @throws ValidationError naming `field` when it is empty or longer than `max`.
 */
export function requireNote(field: string, text: string | undefined, max: number): string {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') throw new ValidationError(field, 'is required and must not be empty');
  if (trimmed.length > max) throw new ValidationError(field, `must be at most ${max} characters`);
  return trimmed;
}
