/**
 * Language versions of a story as the admin shows them (src/render/admin-translation-view-models.ts):
 * in the editor's Translations panel and on the translation board.
 */
import type { Story } from '../../domain/story.js';
import type { EditorTranslations, TranslationVersionRow } from '../../render/admin-translation-view-models.js';
import type { ServiceContext } from '../../services/context.js';
import { listTranslations } from '../../services/list-translations.js';
import { assertMayManageTranslations, type TranslationGroup } from '../../services/translation-group.js';
import { languageOptions, storyHref } from './admin-request.js';

/** Where the editor's "Start translation" button and the board's "Translate" buttons post. */
export function translateActionOf(storyId: string): string {
  return `${storyHref(storyId)}/translations`;
}

/** Names of languages in the UI's language ("French (fr)"), by code, for `codes`. */
export function languageNames(codes: Iterable<string>, uiLang: string): Map<string, string> {
  return new Map(languageOptions([...new Set(codes)], uiLang).map((o) => [o.value, o.label]));
}

/** The versions of a group as rows, the source first. */
export function translationRows(group: TranslationGroup, names: ReadonlyMap<string, string>): TranslationVersionRow[] {
  return group.versions.map((version) => ({
    lang: version.lang,
    language: names.get(version.lang) ?? version.lang,
    href: storyHref(version.id),
    headline: version.headline,
    status: version.status,
    isSource: version.isSource,
    outdated: version.outdated,
    sourceRevisedAt: group.source.textRevisedAt,
  }));
}

/** True when the context's role may start translations (editors and admins). */
export function mayTranslate(ctx: ServiceContext): boolean {
  try {
    assertMayManageTranslations(ctx.actor, 'start a translation');
    return true;
  } catch {
    return false;
  }
}

/** The editor's Translations panel for `story`. */
export async function editorTranslations(ctx: ServiceContext, story: Story, uiLang: string): Promise<EditorTranslations> {
  const group = await listTranslations(ctx, story.id);
  const names = languageNames([...ctx.site.languages, ...group.versions.map((v) => v.lang)], uiLang);
  const rows = translationRows(group, names);
  return {
    versions: rows.map((row, i) => ({ ...row, current: group.versions[i]!.id === story.id })),
    missing: group.missing.map((lang) => ({ value: lang, label: names.get(lang) ?? lang })),
    action: mayTranslate(ctx) ? translateActionOf(story.id) : null,
  };
}
