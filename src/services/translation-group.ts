/**
 * A story's language versions seen together: which one is the source, which translations
 * are older than it, which of the site's languages it still lacks; and who may manage them.
 * The store's translation board query (store/translation-repository.ts) uses the same rules.
 */
import type { Actor } from '../domain/actor.js';
import { ForbiddenError } from '../domain/errors.js';
import type { StoryVersion } from '../store/translation-repository.js';

export type { StoryVersion } from '../store/translation-repository.js';

/** A language version with what the translation tools say about it. */
export interface TranslationVersion extends StoryVersion {
  /** True for the group's first-created version, the one the others translate. */
  isSource: boolean;
  /** True when the source's text (headline, standfirst, body) changed after this version's last did. */
  outdated: boolean;
}

/** One story in all its languages. */
export interface TranslationGroup {
  translationGroupId: string;
  source: TranslationVersion;
  /** Every version, the source first, then in the order they were created. */
  versions: TranslationVersion[];
  /** The site's languages the story has no version in, in the site's order. */
  missing: string[];
}

const TRANSLATORS = ['editor', 'admin'] as const;

/**
 * Checks that the actor may start translations and read the translation board (editors and
 * admins). @throws ForbiddenError naming the roles that may.
 */
export function assertMayManageTranslations(actor: Pick<Actor, 'role'>, what: string): void {
  if (!(TRANSLATORS as readonly string[]).includes(actor.role)) {
    throw new ForbiddenError(`only ${TRANSLATORS.join(' or ')} may ${what}; you are ${actor.role}`);
  }
}

/**
 * The group made of `versions` (one group's, first-created first, as the store lists them),
 * against the site's `languages`. @throws Error when `versions` is empty.
 */
export function describeTranslationGroup(versions: readonly StoryVersion[], languages: readonly string[]): TranslationGroup {
  const first = versions[0];
  if (!first) throw new Error('a translation group has at least one version');
  const sourceRevisedAt = first.textRevisedAt.getTime();
  const described = versions.map(
    (v): TranslationVersion => ({ ...v, isSource: v.id === first.id, outdated: v.id !== first.id && v.textRevisedAt.getTime() < sourceRevisedAt }),
  );
  const present = new Set(versions.map((v) => v.lang));
  return {
    translationGroupId: first.translationGroupId,
    source: described[0]!,
    versions: described,
    missing: languages.filter((lang) => !present.has(lang)),
  };
}

/** Splits versions of several groups (as the store lists them) into their groups, in `order`. */
export function groupVersions(versions: readonly StoryVersion[], order: readonly string[], languages: readonly string[]): TranslationGroup[] {
  const byGroup = new Map<string, StoryVersion[]>();
  for (const version of versions) {
    const list = byGroup.get(version.translationGroupId) ?? [];
    list.push(version);
    byGroup.set(version.translationGroupId, list);
  }
  return order.flatMap((id) => {
    const list = byGroup.get(id);
    return list ? [describeTranslationGroup(list, languages)] : [];
  });
}
