import { createPublishedTaxonomyRepository, type AuthorInUse } from '../store/published-taxonomy-repository.js';
import type { ServiceContext } from './context.js';

/**
 * Authors of at least one story readers may see now (in `lang` when given), with how many,
 * by name: someone credited only on drafts is not public yet.
 */
export function listContentAuthors(ctx: ServiceContext, input: { lang?: string } = {}): Promise<AuthorInUse[]> {
  const scope = input.lang === undefined ? { at: ctx.clock() } : { at: ctx.clock(), lang: input.lang };
  return createPublishedTaxonomyRepository(ctx.db).listAuthorsInUse(scope);
}
