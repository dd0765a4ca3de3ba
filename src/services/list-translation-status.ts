import { ValidationError } from '../domain/errors.js';
import type { Paged } from '../store/story-repository.js';
import { createTranslationRepository } from '../store/translation-repository.js';
import type { ServiceContext } from './context.js';
import { assertMayManageTranslations, groupVersions, type TranslationGroup } from './translation-group.js';

/** The translation board's states: a language missing, or a translation older than its source. */
export const TRANSLATION_STATES = ['missing', 'outdated'] as const;
export type TranslationState = (typeof TRANSLATION_STATES)[number];

/** What the translation board shows; every filter given narrows it. */
export interface ListTranslationStatusInput {
  /** Only stories missing this language, or whose version in it is outdated. */
  lang?: string;
  /** Only stories missing a language, or only those with an outdated translation; both when absent. */
  state?: TranslationState | string;
  /** 1-based page number. */
  page: number;
  limit: number;
}

/**
 * The translation board (editors and admins): stories that lack one of the site's languages
 * or have a translation older than its source, most recently updated first, each with all its
 * versions. A translation is older when its source's headline, standfirst or body changed
 * after the translation's own last did.
 * @throws ForbiddenError for contributors, ValidationError naming a bad filter.
 */
export async function listTranslationStatus(ctx: ServiceContext, input: ListTranslationStatusInput): Promise<Paged<TranslationGroup>> {
  assertMayManageTranslations(ctx.actor, 'see the translation board');
  const { languages } = ctx.site;
  if (input.lang !== undefined && !languages.includes(input.lang)) {
    throw new ValidationError('lang', `"${input.lang}" is not a language this site publishes in (${languages.join(', ')})`);
  }
  const state = input.state;
  if (state !== undefined && !(TRANSLATION_STATES as readonly string[]).includes(state)) {
    throw new ValidationError('state', `must be ${TRANSLATION_STATES.join(' or ')}, not "${state}"`);
  }
  const repository = createTranslationRepository(ctx.db);
  const ids = await repository.listGroupIdsNeedingWork(
    { languages, ...(input.lang !== undefined ? { lang: input.lang } : {}), ...(state !== undefined ? { state: state as TranslationState } : {}) },
    { limit: input.limit, offset: (input.page - 1) * input.limit },
  );
  const versions = await repository.listVersionsOfGroups(ids.items);
  return { items: groupVersions(versions, ids.items, languages), total: ids.total };
}
