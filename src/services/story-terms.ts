import type { Kysely } from 'kysely';
import { newId } from '../domain/ids.js';
import { ValidationError } from '../domain/errors.js';
import type { Author, Term, TermKind } from '../domain/story.js';
import { createAuthorRepository } from '../store/author-repository.js';
import { createTermRepository } from '../store/term-repository.js';
import type { Tables } from '../store/schema.js';

/** How unknown slugs are treated when a story names its terms. */
export interface TermResolution {
  /** Create topics and regions that do not exist yet (imports do; the API refuses unknown ones). */
  createMissing: boolean;
  /** Names to give created terms, by slug (an import's front matter says "Climate change"). */
  labels?: Readonly<Record<string, string>>;
}

const FIELD: Record<TermKind, 'topics' | 'regions' | 'tags'> = { topic: 'topics', region: 'regions', tag: 'tags' };

/**
 * The terms a story names, by slug. Tags are free-form and made on first use; topics and
 * regions are the site's sections, so an unknown one is an error unless `createMissing`.
 */
export async function resolveTerms(
  db: Kysely<Tables>,
  kind: TermKind,
  slugs: readonly string[],
  lang: string,
  how: TermResolution,
): Promise<Term[]> {
  const terms = createTermRepository(db);
  const found = await terms.findBySlugs(kind, slugs);
  const known = new Set(found.map((t) => t.slug));
  const missing = slugs.filter((s) => !known.has(s));
  if (missing.length === 0) return found;
  if (kind !== 'tag' && !how.createMissing) {
    throw new ValidationError(FIELD[kind], `unknown ${kind} "${missing[0]}"; use one of the site's ${FIELD[kind]}`);
  }
  for (const slug of missing) {
    await terms.upsert({ id: newId(), kind, slug, names: { [lang]: how.labels?.[slug] ?? humanize(slug) } });
  }
  return terms.findBySlugs(kind, slugs);
}

/** The authors a story names, by slug; an unknown slug is an error. */
export async function resolveAuthors(db: Kysely<Tables>, slugs: readonly string[]): Promise<Author[]> {
  const found = await createAuthorRepository(db).findBySlugs(slugs);
  if (found.length < slugs.length) {
    const known = new Set(found.map((a) => a.slug));
    throw new ValidationError('authors', `unknown author "${slugs.find((s) => !known.has(s))}"`);
  }
  return found;
}

function humanize(slug: string): string {
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toLocaleUpperCase() + words.slice(1);
}
