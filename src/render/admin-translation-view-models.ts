/**
 * View models of the admin's translation tools: the editor's panel of a story's language
 * versions and the translation board (`/admin/translations`). Same conventions as
 * admin-view-models.ts: absolute, percent-encoded links; Date values; labels already in the
 * UI's language where they come from data.
 */
import type { StoryStatus } from '../domain/story.js';
import type { AdminChrome, AdminOption, AdminPagination } from './admin-view-models.js';

/** A language version of a story, as the editor and the translation board list it. */
export interface TranslationVersionRow {
  lang: string;
  /** The language's name in the UI's language ("French (fr)"). */
  language: string;
  href: string;
  headline: string;
  status: StoryStatus;
  /** The first-created version, which the others translate. */
  isSource: boolean;
  /** Its text is older than the source's latest text. */
  outdated: boolean;
  /** When the source's text last changed (shown beside an outdated version). */
  sourceRevisedAt: Date;
}

/** The editor's panel of the story in other languages. */
export interface EditorTranslations {
  /** Every version, the source first; `current` marks the one being edited. */
  versions: Array<TranslationVersionRow & { current: boolean }>;
  /** Languages the story can still be translated into (empty when it has them all). */
  missing: AdminOption[];
  /**
   * Where "Start translation" posts (the editor form's fields with `translationLang`); null
   * when the signed-in role may not start translations.
   */
  action: string | null;
}

/** One story on the translation board: its versions by the site's languages. */
export interface TranslationBoardRow {
  source: TranslationVersionRow;
  /** One cell per site language, in the board's column order. */
  cells: Array<{
    lang: string;
    language: string;
    /** The version in that language, or null when it is missing. */
    version: TranslationVersionRow | null;
  }>;
  /** Where a missing language's "Translate" button posts (with `translationLang`). */
  translateAction: string;
}

/** `/admin/translations`: which stories lack which languages, which translations are outdated. */
export interface TranslationBoardModel {
  chrome: AdminChrome;
  /** The form's values as given in the query string. */
  filters: { lang: string; state: string };
  /** The site's languages: the filter's choices and the table's columns. */
  languages: AdminOption[];
  states: readonly string[];
  rows: TranslationBoardRow[];
  pagination: AdminPagination;
  action: string;
}
