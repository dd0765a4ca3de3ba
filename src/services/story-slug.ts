import { slugify } from '../domain/slug.js';
import { DuplicateError, ValidationError } from '../domain/errors.js';
import type { StoryRepository } from '../store/story-repository.js';

/**
 * The slug a story gets: the one asked for (which must be free in its language), or one made
 * from the headline with `-2`, `-3` … added until it is free.
 */
export async function chooseStorySlug(
  stories: StoryRepository,
  lang: string,
  headline: string,
  wanted: string | undefined,
  storyId?: string,
): Promise<string> {
  if (wanted !== undefined) {
    if (await stories.existsSlugInLanguage(lang, wanted, storyId)) {
      throw new DuplicateError('slug', `slug: another ${lang} story already uses "${wanted}"`);
    }
    return wanted;
  }
  const base = slugify(headline);
  if (base === '') throw new ValidationError('headline', 'needs at least one letter or digit to make a slug from');
  const taken = new Set(await stories.listSlugsStartingWith(lang, base));
  if (storyId) {
    const own = await stories.findById(storyId);
    if (own) taken.delete(own.slug);
  }
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
