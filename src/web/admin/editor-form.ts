/**
 * The story editor's form: its fields as typed (kept whole so nothing is lost when the page is
 * shown again), the story's fields in the same shape, what a post changes, and how a conflict
 * is merged so that saving again overwrites only what this person changed.
 */
import { ValidationError } from '../../domain/errors.js';
import { slugify } from '../../domain/slug.js';
import type { Story, StorySnapshot, StoryType } from '../../domain/story.js';
import type { StoryFields } from '../../domain/story-input.js';
import type { EditorFieldName, EditorFields } from '../../render/admin-view-models.js';
import { formField } from '../plugins/session-auth.js';

/** The editor's fields, in the order of the form. */
export const EDITOR_FIELD_NAMES: readonly EditorFieldName[] = [
  'lang',
  'headline',
  'standfirst',
  'body',
  'datelinePlace',
  'type',
  'topics',
  'regions',
  'tags',
  'authors',
  'embargoUntil',
  'scheduleFor',
  'comment',
  'correction',
];

/** Fields the services name differently from the form. */
const SERVICE_FIELD: Readonly<Record<string, EditorFieldName>> = { at: 'scheduleFor', text: 'correction', slug: 'headline' };

/** The editor field a service's ValidationError (or DuplicateError) `field` is about, if any. */
export function editorFieldOf(serviceField: string): EditorFieldName | undefined {
  const mapped = SERVICE_FIELD[serviceField] ?? serviceField;
  return (EDITOR_FIELD_NAMES as readonly string[]).includes(mapped) ? (mapped as EditorFieldName) : undefined;
}

/** Browsers send text areas with CRLF line ends; stories keep LF. */
function lf(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** The form's fields as typed ('' for absent ones). */
export function readEditorForm(body: unknown): EditorFields {
  const value = (name: EditorFieldName) => lf(formField(body, name) ?? '');
  return Object.fromEntries(EDITOR_FIELD_NAMES.map((name) => [name, value(name)])) as unknown as EditorFields;
}

/** True when the post carried the field (a read-only or absent field changes nothing). */
export function posted(body: unknown, name: EditorFieldName): boolean {
  return formField(body, name) !== undefined;
}

/** An instant as a `datetime-local` value in UTC (the form's time zone before the script). */
export function utcInputValue(date: Date | null): string {
  return date ? date.toISOString().slice(0, 19) : '';
}

/** The story's fields as the editor shows them. */
export function storyFields(story: Story): EditorFields {
  const slugs = (items: ReadonlyArray<{ slug: string }>) => items.map((i) => i.slug).join(', ');
  return {
    lang: story.lang,
    headline: story.headline,
    standfirst: story.standfirst,
    body: story.body,
    datelinePlace: story.datelinePlace ?? '',
    type: story.type,
    topics: slugs(story.topics),
    regions: slugs(story.regions),
    tags: slugs(story.tags),
    authors: slugs(story.authors),
    embargoUntil: utcInputValue(story.embargoUntil),
    scheduleFor: story.status === 'scheduled' ? utcInputValue(story.scheduledAt) : '',
    comment: '',
    correction: '',
  };
}

/** A new story's empty form, in the site's first language. */
export function blankFields(lang: string): EditorFields {
  const fields = Object.fromEntries(EDITOR_FIELD_NAMES.map((name) => [name, ''])) as unknown as EditorFields;
  return { ...fields, lang, type: 'news' };
}

/** "Climate, Water rights" → ['climate', 'water-rights']: people may type names, stories keep slugs. */
export function slugList(text: string): string[] {
  return text
    .split(',')
    .map((item) => slugify(item))
    .filter((slug) => slug !== '');
}

const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;

/**
 * A `datetime-local` value as an instant. `offsetMinutes` is what the script puts beside it
 * (UTC minus local time, as getTimezoneOffset gives); without it the time is read as UTC.
 * Returns null for an empty field. @throws ValidationError naming `field`.
 */
export function parseFormTime(field: EditorFieldName, value: string, offsetMinutes: string): Date | null {
  const text = value.trim();
  if (text === '') return null;
  const match = LOCAL_TIME.exec(text);
  const ms = match ? Date.parse(`${text}Z`) : Number.NaN;
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const realDay = match !== null && new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
  if (Number.isNaN(ms) || !realDay) {
    throw new ValidationError(field, `"${value}" is not a date and time; pick one, or write it as 2026-03-20T10:00`);
  }
  const offset = /^-?\d{1,4}$/.test(offsetMinutes.trim()) ? Number(offsetMinutes.trim()) : 0;
  return new Date(ms + offset * 60_000);
}

/** The same list of slugs, in the same order. */
function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/**
 * The story fields a post changes: only fields it carried whose value differs from `story`,
 * so an untouched field (or one the person may not change, like an embargo) is never sent.
 */
export function changedFields(body: unknown, form: EditorFields, story: Story): StoryFields {
  const changes: StoryFields = {};
  const has = (name: EditorFieldName) => posted(body, name);
  if (has('headline') && form.headline.trim() !== story.headline) changes.headline = form.headline;
  if (has('standfirst') && form.standfirst.trim() !== story.standfirst) changes.standfirst = form.standfirst;
  if (has('body') && form.body !== story.body) changes.body = form.body;
  if (has('datelinePlace') && (form.datelinePlace.trim() || null) !== story.datelinePlace) changes.datelinePlace = form.datelinePlace;
  if (has('type') && form.type !== story.type) changes.type = form.type as StoryType;
  for (const name of ['topics', 'regions', 'tags', 'authors'] as const) {
    const slugs = slugList(form[name]);
    if (has(name) && !sameList(slugs, story[name].map((t) => t.slug))) changes[name] = slugs;
  }
  if (has('embargoUntil')) {
    const until = parseFormTime('embargoUntil', form.embargoUntil, formField(body, 'embargoUntilOffset') ?? '');
    if ((until?.getTime() ?? null) !== (story.embargoUntil?.getTime() ?? null)) changes.embargoUntil = until;
  }
  return changes;
}

/** The fields of a new story from the form (those left empty are left out). */
export function newStoryFields(body: unknown, form: EditorFields): StoryFields & { lang: string; headline: string; body: string } {
  const fields: StoryFields & { lang: string; headline: string; body: string } = {
    lang: form.lang,
    headline: form.headline,
    body: form.body,
    standfirst: form.standfirst,
    type: (form.type || 'news') as StoryType,
    topics: slugList(form.topics),
    regions: slugList(form.regions),
    tags: slugList(form.tags),
    authors: slugList(form.authors),
  };
  if (form.datelinePlace.trim()) fields.datelinePlace = form.datelinePlace;
  const embargo = parseFormTime('embargoUntil', form.embargoUntil, formField(body, 'embargoUntilOffset') ?? '');
  if (embargo) fields.embargoUntil = embargo;
  return fields;
}

/** The story fields a revision snapshot holds, in the editor's shape (no embargo or schedule). */
function snapshotFields(snapshot: StorySnapshot): Omit<EditorFields, 'embargoUntil' | 'scheduleFor' | 'comment' | 'correction'> {
  return {
    lang: snapshot.lang,
    headline: snapshot.headline,
    standfirst: snapshot.standfirst,
    body: snapshot.body,
    datelinePlace: snapshot.datelinePlace ?? '',
    type: snapshot.type,
    topics: snapshot.topics.join(', '),
    regions: snapshot.regions.join(', '),
    tags: snapshot.tags.join(', '),
    authors: snapshot.authors.join(', '),
  };
}

/** Two values of a field that mean the same (spacing in a list, trailing spaces in a line). */
function sameValue(name: EditorFieldName, a: string, b: string): boolean {
  if (name === 'body') return a === b;
  if (name === 'topics' || name === 'regions' || name === 'tags' || name === 'authors') return sameList(slugList(a), slugList(b));
  return a.trim() === b.trim();
}

/**
 * The form to show after a conflict: every field this person changed (from `base`, the
 * revision they started from) keeps their text; every field they left alone shows what is
 * stored now. Saving it again then replaces only their own changes, never somebody else's.
 */
export function mergeAfterConflict(mine: EditorFields, base: StorySnapshot | null, current: Story): EditorFields {
  const now = storyFields(current);
  if (!base) return { ...mine, embargoUntil: mine.embargoUntil || now.embargoUntil };
  const before = snapshotFields(base);
  const merged: EditorFields = { ...mine };
  for (const name of Object.keys(before) as Array<keyof typeof before>) {
    if (sameValue(name, mine[name], before[name])) merged[name] = now[name];
  }
  return merged;
}

/**
 * The form's date-time fields written back in UTC (the script sent them in local time with
 * their offsets): the page always carries UTC and the script shows it locally. A value that
 * cannot be read stays as typed, next to its error.
 */
export function withUtcTimes(form: EditorFields, body: unknown): EditorFields {
  const out = { ...form };
  for (const name of ['embargoUntil', 'scheduleFor'] as const) {
    try {
      const at = parseFormTime(name, form[name], formField(body, `${name}Offset`) ?? '');
      out[name] = utcInputValue(at);
    } catch {
      // Left as typed: the error message says what is wrong with it.
    }
  }
  return out;
}
