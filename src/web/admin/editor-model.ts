/**
 * The story editor's view model, built the same way whether the page is opened, shown after a
 * save, or shown again with errors or a conflict: only the state differs.
 */
import type { FastifyRequest } from 'fastify';
import { RevisionConflictError } from '../../domain/errors.js';
import { assertMaySetEmbargo, allowedSteps, type StoryStep } from '../../domain/story-status.js';
import { STORY_TYPES, storyPath, type Story } from '../../domain/story.js';
import type { AdminNotice, EditorAction, EditorConflict, EditorFieldName, EditorFields, EditorModel } from '../../render/admin-view-models.js';
import { adminText, type AdminMessageKey } from '../../render/i18n/admin-messages.js';
import { renderMarkdown } from '../../render/markdown.js';
import type { ServiceContext } from '../../services/context.js';
import { diffRevisions } from '../../services/diff-revisions.js';
import { getLatestSendBack } from '../../services/get-latest-send-back.js';
import { getRevision } from '../../services/get-revision.js';
import { ADMIN_PATHS, chromeOf, languageOptions, storyHref, type AdminOptions } from './admin-request.js';
import { mergeAfterConflict } from './editor-form.js';
import { heroPanel } from './hero-panel.js';
import { suggestionPanel } from './suggestion-panel.js';
import { editorTranslations } from './translation-rows.js';

/** What differs between one showing of the editor and another. */
export interface EditorState {
  story: Story | null;
  fields: EditorFields;
  errors?: Partial<Record<EditorFieldName, string>>;
  notice?: AdminNotice | null;
  conflict?: EditorConflict | null;
}

/** The editor's button for each workflow step (deleting is not offered in the editor). */
const ACTION_OF_STEP: Partial<Record<StoryStep, EditorAction>> = {
  edit: 'save',
  submit: 'submit',
  send_back: 'send-back',
  schedule: 'schedule',
  unschedule: 'unschedule',
  publish: 'publish',
  unpublish: 'unpublish',
  correct: 'correct',
};

/** Notices after a successful post, by the `done` value of the redirect. */
const DONE: Readonly<Record<string, AdminMessageKey>> = {
  created: 'editor.created',
  saved: 'editor.saved',
  unchanged: 'editor.unchanged',
  submitted: 'editor.submitted',
  'sent-back': 'editor.sentBackDone',
  scheduled: 'editor.scheduledDone',
  unscheduled: 'editor.unscheduledDone',
  published: 'editor.publishedDone',
  unpublished: 'editor.unpublishedDone',
  corrected: 'editor.correctedDone',
  'translation-started': 'editor.translationStarted',
  'suggestion-accepted': 'editor.suggestionAccepted',
  'suggestion-rejected': 'editor.suggestionRejected',
};

/** The notice for `?done=…` after a redirect, or null. */
export function doneNotice(lang: string, done: string, story: Story | null): AdminNotice | null {
  const key = DONE[done];
  return key ? { kind: 'success', message: adminText(lang, key, { revision: story?.revision ?? '' }) } : null;
}

/** The editor's view model for `state`. */
export async function buildEditorModel(
  request: FastifyRequest,
  options: AdminOptions,
  ctx: ServiceContext,
  state: EditorState,
): Promise<EditorModel> {
  const { story, fields } = state;
  const chrome = chromeOf(request, options, story ? 'stories' : 'newStory');
  const steps = story ? allowedSteps(story, ctx.actor) : [];
  const actions = story ? steps.flatMap((step) => ACTION_OF_STEP[step] ?? []) : (['save'] as EditorAction[]);
  const sendBack = story ? await getLatestSendBack(ctx, story.id) : null;
  let embargoEditable = true;
  try {
    assertMaySetEmbargo(ctx.actor);
  } catch {
    embargoEditable = false;
  }
  const href = story ? storyHref(story.id) : ADMIN_PATHS.stories;
  return {
    chrome,
    action: href,
    story: story && {
      id: story.id,
      status: story.status,
      revision: story.revision,
      createdAt: story.createdAt,
      updatedAt: story.updatedAt,
      publishedAt: story.publishedAt,
      scheduledAt: story.scheduledAt,
      embargoUntil: story.embargoUntil,
      publicHref: story.status === 'published' ? storyPath(story) : null,
      revisionsHref: `${href}/revisions`,
      corrections: story.corrections,
    },
    fields,
    languages: languageOptions(options.deps.config.languages, chrome.lang),
    types: [...STORY_TYPES],
    choices: { topics: [], regions: [], authors: [] },
    actions,
    embargoEditable,
    errors: state.errors ?? {},
    notice: state.notice ?? null,
    conflict: state.conflict ?? null,
    sendBack: sendBack?.open ? { comment: sendBack.comment, by: sendBack.by, at: sendBack.at } : null,
    previewHtml: fields.body.trim() === '' ? '' : renderMarkdown(fields.body, { datelinePlace: fields.datelinePlace }),
    previewUrl: ADMIN_PATHS.preview,
    // A published story's edits go live when saved: they wait for the Save button, never a timer.
    autosaveUrl: story && story.status !== 'published' && actions.includes('save') ? `${href}/autosave` : null,
    translations: story ? await editorTranslations(ctx, story, chrome.lang) : null,
    suggestions: story ? await suggestionPanel(ctx, story) : null,
    hero: await heroPanel(ctx, story, chrome.lang, story?.lang ?? fields.lang),
  };
}

/**
 * The conflict to show when a post was based on `given` but the story is now at `current`:
 * who saved in between, what they changed (word by word), and the form to show, merged so
 * that this person's own changes are kept and everything they did not touch is current.
 */
export async function describeConflict(
  ctx: ServiceContext,
  err: RevisionConflictError,
  current: Story,
  mine: EditorFields,
): Promise<{ conflict: EditorConflict; fields: EditorFields }> {
  const from = err.givenRevision;
  const base = Number.isInteger(from) && from >= 1 && from < current.revision ? await getRevision(ctx, current.id, from).catch(() => null) : null;
  const latest = await getRevision(ctx, current.id, current.revision);
  const diff = base ? await diffRevisions(ctx, current.id, from, current.revision) : null;
  return {
    conflict: {
      fromRevision: from,
      toRevision: current.revision,
      savedBy: latest.actorLabel,
      savedAt: latest.createdAt,
      changes: (diff?.fields ?? []).filter((f) => f.changed).map((f) => ({ field: f.field, parts: f.parts })),
    },
    fields: mergeAfterConflict(mine, base?.snapshot ?? null, current),
  };
}
