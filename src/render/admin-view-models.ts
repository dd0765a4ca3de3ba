/**
 * View models of the admin pages: everything a page shows, fully loaded and typed. The web
 * room (src/web/admin) builds them from service results and the session; the page functions in
 * render/pages/admin turn them into HTML strings without I/O, clock or configuration lookups.
 *
 * Links (`href`, `action`) are absolute paths, already percent-encoded. Dates are Date values,
 * written out by the pages in the UI's language. Form values are strings exactly as the person
 * typed them, so a page shown again after an error or a conflict loses nothing.
 */
import type { Role } from '../domain/actor.js';
import type { StoryStatus, StoryType } from '../domain/story.js';
import type { HeroPanelModel } from './admin-media-view-models.js';
import type { SuggestionPanelModel } from './admin-suggestion-view-models.js';
import type { EditorTranslations } from './admin-translation-view-models.js';

/** A link in the admin navigation. */
export interface AdminNavLink {
  href: string;
  /** Which entry it is; the layout labels it in the UI's language. */
  key: 'dashboard' | 'stories' | 'newStory' | 'media' | 'translations' | 'users' | 'audit' | 'account';
  /** True for the section the page belongs to (`aria-current="page"`). */
  current: boolean;
}

/** The hidden field every form that changes something carries (CSRF protection). */
export interface CsrfField {
  name: string;
  value: string;
}

/** What every admin page shares: language, the signed-in person, navigation, assets. */
export interface AdminChrome {
  /** Language of the admin UI (`<html lang>`). */
  lang: string;
  dir: 'ltr' | 'rtl';
  siteName: string;
  /** Content-hashed path of admin.css. */
  stylesheetHref: string;
  /** Content-hashed path of the admin script bundle; null to send the page without it. */
  scriptHref: string | null;
  /** The signed-in person; null on pages shown before sign-in. */
  user: { name: string; role: Role } | null;
  nav: AdminNavLink[];
  /** Where the "Sign out" form posts. */
  signOutAction: string;
  csrf: CsrfField;
}

/** A short notice at the top of a page: what just happened, or what went wrong. */
export interface AdminNotice {
  kind: 'success' | 'error';
  message: string;
}

/** A story in an admin list or table. */
export interface AdminStoryRow {
  href: string;
  headline: string;
  status: StoryStatus;
  lang: string;
  /** Names in the byline, in order. */
  authors: string[];
  updatedAt: Date;
  scheduledAt: Date | null;
  publishedAt: Date | null;
}

/** The page `/admin`: the newsroom at a glance. */
export interface DashboardModel {
  chrome: AdminChrome;
  notice: AdminNotice | null;
  /** Blocks in order; each is a short list and a link to the full one. */
  blocks: Array<{
    key: 'myDrafts' | 'inReview' | 'scheduled' | 'recentlyPublished';
    stories: AdminStoryRow[];
    /** The story list filtered to match. */
    moreHref: string;
  }>;
  newStoryHref: string;
}

/** One choice of a `<select>`. */
export interface AdminOption {
  value: string;
  label: string;
  /** The language the label is written in, when it is not the page's (a language's own name). */
  lang?: string;
}

/** Links to the neighbouring pages of an admin list. */
export interface AdminPagination {
  page: number;
  pages: number;
  total: number;
  prevHref: string | null;
  nextHref: string | null;
}

/** The page `/admin/stories`: filters, a table and pages. */
export interface StoryListModel {
  chrome: AdminChrome;
  /** The form's values as given in the query string. */
  filters: { status: string; lang: string; type: string; topic: string; author: string; q: string; mine: string };
  languages: AdminOption[];
  statuses: StoryStatus[];
  types: StoryType[];
  /** Topic and author choices; an empty list turns the filter into a text field of slugs. */
  topics: AdminOption[];
  authors: AdminOption[];
  stories: AdminStoryRow[];
  pagination: AdminPagination;
  action: string;
}

/** The editable fields of the story editor, as typed. */
export interface EditorFields {
  lang: string;
  headline: string;
  standfirst: string;
  body: string;
  datelinePlace: string;
  type: string;
  /** Comma-separated slugs. */
  topics: string;
  regions: string;
  tags: string;
  authors: string;
  /** `YYYY-MM-DDTHH:MM(:SS)` in UTC, or empty. */
  embargoUntil: string;
  scheduleFor: string;
  comment: string;
  correction: string;
}

/** A field of the editor a message can be tied to. */
export type EditorFieldName = keyof EditorFields;

/** The workflow buttons of the editor, each shown only when the signed-in role may use it. */
export type EditorAction = 'save' | 'submit' | 'send-back' | 'schedule' | 'unschedule' | 'publish' | 'unpublish' | 'correct';

/** A piece of a word diff. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** How one field changed between two revisions. */
export interface FieldDiff {
  /** Which field; the page labels it in the UI's language. */
  field: 'headline' | 'standfirst' | 'body' | 'datelinePlace' | 'type' | 'topics' | 'regions' | 'tags' | 'authors' | 'status' | 'slug' | 'lang';
  parts: DiffPart[];
}

/** What somebody else changed while the writer was editing. */
export interface EditorConflict {
  /** The revision the writer started from. */
  fromRevision: number;
  /** The revision now stored. */
  toRevision: number;
  /** Who saved it, and when. */
  savedBy: string;
  savedAt: Date;
  changes: FieldDiff[];
}

/** The story editor: `/admin/stories/new` and `/admin/stories/{id}`. */
export interface EditorModel {
  chrome: AdminChrome;
  /** Where the form posts. */
  action: string;
  /** Null for a story not saved yet. */
  story: {
    id: string;
    status: StoryStatus;
    /** The revision the fields were loaded from (the hidden revision field). */
    revision: number;
    createdAt: Date;
    updatedAt: Date;
    publishedAt: Date | null;
    scheduledAt: Date | null;
    embargoUntil: Date | null;
    /** The public page while the story is published. */
    publicHref: string | null;
    revisionsHref: string;
    corrections: Array<{ at: Date; text: string }>;
  } | null;
  fields: EditorFields;
  languages: AdminOption[];
  types: StoryType[];
  /** The site's topics, regions and authors by slug, listed in the hints; empty when unknown. */
  choices: { topics: AdminOption[]; regions: AdminOption[]; authors: AdminOption[] };
  actions: EditorAction[];
  /** False for roles that may not set an embargo (the field is shown read-only). */
  embargoEditable: boolean;
  /** Messages tied to fields (`aria-describedby`). */
  errors: Partial<Record<EditorFieldName, string>>;
  notice: AdminNotice | null;
  conflict: EditorConflict | null;
  /** The latest send-back comment, shown to the writer. */
  sendBack: { comment: string; by: string; at: Date } | null;
  /** The body rendered as readers will see it (the preview before any script runs). */
  previewHtml: string;
  /** Where the script asks for previews and saves drafts. */
  previewUrl: string;
  autosaveUrl: string | null;
  /** The story's language versions; null for a story not saved yet. */
  translations: EditorTranslations | null;
  /** What the analysis suggests (people, places, topics…); absent or null for a story not saved yet. */
  suggestions?: SuggestionPanelModel | null;
  /** The hero image panel (absent on pages that do not show it). */
  hero?: HeroPanelModel | null;
}

/** A revision in a story's history. */
export interface RevisionRow {
  revision: number;
  createdAt: Date;
  by: string;
  note: string | null;
  status: StoryStatus;
  href: string;
  /** The form that restores it; null for the current revision. */
  restoreAction: string | null;
}

/** `/admin/stories/{id}/revisions`: the history, a form to compare two revisions. */
export interface RevisionListModel {
  chrome: AdminChrome;
  storyHeadline: string;
  editorHref: string;
  revisions: RevisionRow[];
  /** The story's revision now: restore forms say they were based on it. */
  currentRevision: number;
  /** Where the compare form goes (GET, with `from` and `to`). */
  compareAction: string;
  notice: AdminNotice | null;
}

/** `/admin/stories/{id}/revisions/{n}`: one revision as it was saved. */
export interface RevisionViewModel {
  chrome: AdminChrome;
  revision: RevisionRow;
  /** The story's revision now: the restore form says it was based on it. */
  currentRevision: number;
  editorHref: string;
  revisionsHref: string;
  snapshot: {
    headline: string;
    standfirst: string;
    datelinePlace: string | null;
    type: string;
    lang: string;
    topics: string[];
    regions: string[];
    tags: string[];
    authors: string[];
  };
  bodyHtml: string;
  /** Compare with the current revision. */
  diffWithCurrentHref: string | null;
}

/** `/admin/stories/{id}/revisions/{a}/diff/{b}`: what changed from one revision to another. */
export interface RevisionDiffModel {
  chrome: AdminChrome;
  storyHeadline: string;
  from: RevisionRow;
  to: RevisionRow;
  changes: FieldDiff[];
  revisionsHref: string;
  editorHref: string;
}

/** A person in the user list. */
export interface UserRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  disabled: boolean;
  createdAt: Date;
  /** True for the admin looking at the page (who may not demote or disable themselves). */
  isSelf: boolean;
  roleAction: string;
  disableAction: string;
}

/** `/admin/users`: people, their roles, and a form to add one. */
export interface UsersModel {
  chrome: AdminChrome;
  users: UserRow[];
  /** The roles a person may be given, least powerful first. */
  roles: Role[];
  createAction: string;
  /** The create form as typed, when it is shown again after an error. */
  form: { email: string; name: string; role: string };
  errors: Partial<Record<'email' | 'name' | 'role' | 'password', string>>;
  notice: AdminNotice | null;
}

/** A signed-in browser in the account page. */
export interface SessionRow {
  id: string;
  address: string | null;
  /** The browser's and the system's names ("Firefox", "Linux"), each null when unknown. */
  browser: { name: string | null; system: string | null };
  createdAt: Date;
  lastSeenAt: Date;
  current: boolean;
  revokeAction: string;
}

/** `/admin/account`: who you are and where you are signed in. */
export interface AccountModel {
  chrome: AdminChrome;
  user: { name: string; email: string; role: Role };
  /** The admin language form: the choices (each named in itself), the saved one ('' for the site's default). */
  language: { action: string; value: string; options: AdminOption[] };
  sessions: SessionRow[];
  signOutEverywhereAction: string;
  notice: AdminNotice | null;
}

/** An entry of the audit log. */
export interface AuditRow {
  at: Date;
  actor: string;
  /** e.g. `story.published`; the page names it in the UI's language when it can. */
  action: string;
  /** The story it concerns, with its headline now (null when the story was deleted since). */
  story: { id: string; href: string; headline: string | null } | null;
  /** The person it concerns (a role change, a new account), by name. */
  person: string | null;
  /** Extra facts worth a line (a comment, a role change), already written out. */
  details: string | null;
}

/** `/admin/audit`: the audit log, newest first, optionally of one story. */
export interface AuditModel {
  chrome: AdminChrome;
  storyId: string;
  events: AuditRow[];
  pagination: AdminPagination;
  action: string;
}

/** An admin page for a refusal or a failure: 403, 404, 409, 422. */
export interface AdminErrorModel {
  chrome: AdminChrome;
  status: number;
  /** The reason, as the service said it ("only editor or admin may publish a story; you are contributor"). */
  message: string;
  /** Where to go from here. */
  backHref: string;
}
