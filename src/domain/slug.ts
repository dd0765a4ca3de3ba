/**
 * Slugs: the readable, stable last part of a URL. Letters of every script are kept
 * (Arabic, Chinese and Cyrillic slugs are valid), so links percent-encode them.
 */

const MAX_SLUG_LENGTH = 80;

/** Makes a slug from a headline or name: lower case, letters and digits joined by hyphens. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    // Strip accents from Latin letters only: й, ё and أ are letters of their own, not accented ones.
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    // Marks NFC leaves apart (Arabic vowel signs, …) would otherwise split words with hyphens.
    .replace(/\p{Mn}+/gu, '')
    .toLocaleLowerCase('en')
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return trimToWord(slug, MAX_SLUG_LENGTH);
}

/** True when `slug` is what {@link slugify} could have produced: lower case, no spaces or punctuation. */
export function isValidSlug(slug: string): boolean {
  return slug.length > 0 && slug.length <= 200 && /^[\p{Ll}\p{Lo}\p{Lm}\p{N}]+(-[\p{Ll}\p{Lo}\p{Lm}\p{N}]+)*$/u.test(slug);
}

function trimToWord(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > max / 2 ? cut.slice(0, lastHyphen) : cut;
}
