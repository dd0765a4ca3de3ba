import type { Term } from '../domain/story.js';
import { storyTypeId } from '../domain/story-type-id.js';
import { createPublishedTaxonomyRepository } from '../store/published-taxonomy-repository.js';
import type { ServiceContext } from './context.js';

/** A topic, region, tag or story type that published stories are filed under. */
export interface ContentTerm {
  id: string;
  kind: Term['kind'] | 'type';
  slug: string;
  /** Name by language; empty for story types, whose names are the reader site's words. */
  names: Readonly<Record<string, string>>;
  /** How many published stories (in the asked language, or in all) are filed under it. */
  stories: number;
}

/** Which terms to list. */
export interface ContentTermListInput {
  /** Count only stories in this language (and list only terms they use). */
  lang?: string;
  /** Kinds to list; every kind when absent. */
  kinds?: ReadonlyArray<ContentTerm['kind']>;
}

/**
 * Terms that at least one story readers may see now is filed under, with counts: a term only
 * drafts use stays private. Story types come as terms with a stable id made from the type.
 */
export async function listContentTerms(ctx: ServiceContext, input: ContentTermListInput = {}): Promise<ContentTerm[]> {
  const scope = input.lang === undefined ? { at: ctx.clock() } : { at: ctx.clock(), lang: input.lang };
  const wanted = (kind: ContentTerm['kind']) => !input.kinds || input.kinds.includes(kind);
  const repository = createPublishedTaxonomyRepository(ctx.db);
  const terms: ContentTerm[] = [];
  if (wanted('topic') || wanted('region') || wanted('tag')) {
    for (const { term, stories } of await repository.listTermsInUse(scope)) {
      if (wanted(term.kind)) terms.push({ id: term.id, kind: term.kind, slug: term.slug, names: term.names, stories });
    }
  }
  if (wanted('type')) {
    for (const { type, stories } of await repository.listTypesInUse(scope)) {
      terms.push({ id: storyTypeId(type), kind: 'type', slug: type, names: {}, stories });
    }
  }
  return terms;
}
