import { NotFoundError } from '../domain/errors.js';
import type { Author, Term, TermKind } from '../domain/story.js';
import { createAuthorRepository } from '../store/author-repository.js';
import { createTermRepository } from '../store/term-repository.js';
import type { ServiceContext } from './context.js';

/** A topic, region or tag by slug. */
export async function getSection(ctx: ServiceContext, kind: TermKind, slug: string): Promise<Term> {
  const term = await createTermRepository(ctx.db).findBySlug(kind, slug);
  if (!term) throw new NotFoundError(`no ${kind} "${slug}"`);
  return term;
}

/** A person credited in bylines, by slug. */
export async function getAuthor(ctx: ServiceContext, slug: string): Promise<Author> {
  const author = await createAuthorRepository(ctx.db).findBySlug(slug);
  if (!author) throw new NotFoundError(`no author "${slug}"`);
  return author;
}

/** The site's sections in a language: topics and regions that have published stories there. */
export async function listNavigation(ctx: ServiceContext, lang: string): Promise<{ topics: Term[]; regions: Term[] }> {
  const terms = createTermRepository(ctx.db);
  const now = ctx.clock();
  const [topics, regions] = await Promise.all([terms.listInUse('topic', lang, now), terms.listInUse('region', lang, now)]);
  return { topics, regions };
}
