/**
 * The story editor: `GET /admin/stories/new` and `POST /admin/stories` (create),
 * `GET /admin/stories/{id}` and `POST /admin/stories/{id}` (save, then the workflow step of
 * the button pressed), and `POST /admin/stories/{id}/autosave` for the script.
 *
 * A post is a plain form: success redirects back to the editor (303, so reloading never posts
 * twice); a refusal shows the editor again with the person's text in the fields and the
 * reason next to the field it concerns; a stale revision shows what changed meanwhile.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import {
  DuplicateError,
  RevisionConflictError,
  TransitionError,
  ValidationError,
} from '../../domain/errors.js';
import type { Story } from '../../domain/story.js';
import type { EditorFieldName, EditorFields } from '../../render/admin-view-models.js';
import { adminText } from '../../render/i18n/admin-messages.js';
import { renderEditorPage } from '../../render/pages/admin/editor-page.js';
import type { ServiceContext } from '../../services/context.js';
import { correctStory } from '../../services/correct-story.js';
import { createStory } from '../../services/create-story.js';
import { getStory } from '../../services/get-story.js';
import { publishStory } from '../../services/publish-story.js';
import { scheduleStory } from '../../services/schedule-story.js';
import { sendBackStory } from '../../services/send-back-story.js';
import { submitStory } from '../../services/submit-story.js';
import { unpublishStory } from '../../services/unpublish-story.js';
import { unscheduleStory } from '../../services/unschedule-story.js';
import { updateStory } from '../../services/update-story.js';
import { formField } from '../plugins/session-auth.js';
import { chromeOf, contextOf, field, queryParam, sendPage, storyHref, withDone, type AdminOptions } from './admin-request.js';
import {
  blankFields,
  changedFields,
  editorFieldOf,
  newStoryFields,
  parseFormTime,
  readEditorForm,
  storyFields,
  withUtcTimes,
} from './editor-form.js';
import { buildEditorModel, describeConflict, doneNotice, type EditorState } from './editor-model.js';

/** Stories can be long (500,000 characters, several bytes each once form-encoded). */
const EDITOR_BODY_LIMIT = 8 * 1024 * 1024;

type IdParams = { Params: { id: string } };

/** The workflow step of each button after the save, and the `done` notice it leads to. */
const STEPS: Readonly<Record<string, (ctx: ServiceContext, story: Story, body: unknown, form: EditorFields) => Promise<Story>>> = {
  submit: (ctx, story) => submitStory(ctx, { id: story.id, revision: story.revision }),
  'send-back': (ctx, story, _body, form) => sendBackStory(ctx, { id: story.id, revision: story.revision, comment: form.comment }),
  schedule: (ctx, story, body, form) => {
    const at = parseFormTime('scheduleFor', form.scheduleFor, formField(body, 'scheduleForOffset') ?? '');
    if (!at) throw new ValidationError('at', 'is required: pick the date and time to publish at');
    return scheduleStory(ctx, { id: story.id, revision: story.revision, at });
  },
  unschedule: (ctx, story) => unscheduleStory(ctx, { id: story.id, revision: story.revision }),
  publish: (ctx, story) => publishStory(ctx, { id: story.id, revision: story.revision }),
  unpublish: (ctx, story) => unpublishStory(ctx, { id: story.id, revision: story.revision }),
  correct: (ctx, story, _body, form) => correctStory(ctx, { id: story.id, revision: story.revision, text: form.correction }),
};

const DONE_OF_STEP: Readonly<Record<string, string>> = {
  submit: 'submitted',
  'send-back': 'sent-back',
  schedule: 'scheduled',
  unschedule: 'unscheduled',
  publish: 'published',
  unpublish: 'unpublished',
  correct: 'corrected',
};

/** The revision a post says it was based on (NaN when missing or not a number). */
function postedRevision(body: unknown): number {
  const text = field(body, 'revision');
  return /^\d{1,9}$/.test(text) ? Number(text) : Number.NaN;
}

/** Routes of the story editor. */
export const storyEditorRoutes: FastifyPluginAsync<AdminOptions> = async (app, options) => {
  const { deps } = options;

  /** Shows the editor with `state`, with `status` (200, or the status of what went wrong). */
  async function show(request: FastifyRequest, reply: FastifyReply, ctx: ServiceContext, state: EditorState, status = 200) {
    return sendPage(reply, renderEditorPage(await buildEditorModel(request, options, ctx, state)), status);
  }

  /**
   * Shows the editor again after a refusal the person can fix: the message beside its field
   * (and at the top), their text kept. Anything else is thrown to the admin error page.
   */
  async function showRefusal(request: FastifyRequest, reply: FastifyReply, ctx: ServiceContext, err: unknown, story: Story | null, fields: EditorFields) {
    if (!(err instanceof ValidationError || err instanceof DuplicateError || err instanceof TransitionError)) throw err;
    const lang = chromeOf(request, options, null).lang;
    const errors: Partial<Record<EditorFieldName, string>> = {};
    const target = err instanceof TransitionError ? (err.details?.embargoUntil ? 'embargoUntil' : undefined) : editorFieldOf(err.field);
    // A ValidationError's message starts with its field's name, which the label already says.
    const detail = err instanceof ValidationError ? err.message.slice(err.field.length + 2) : err.message;
    if (target) errors[target] = sentence(detail);
    const message = target && !(err instanceof TransitionError) ? adminText(lang, 'editor.fixErrors') : sentence(err.message);
    const status = err instanceof ValidationError ? 400 : err instanceof DuplicateError ? 409 : 422;
    return show(request, reply, ctx, { story, fields, errors, notice: { kind: 'error', message } }, status);
  }

  app.get('/stories/new', async (request, reply) => {
    const ctx = contextOf(request, deps);
    return show(request, reply, ctx, { story: null, fields: blankFields(deps.config.languages[0]!) });
  });

  app.post('/stories', { bodyLimit: EDITOR_BODY_LIMIT }, async (request, reply) => {
    const ctx = contextOf(request, deps);
    const form = readEditorForm(request.body);
    try {
      const story = await createStory(ctx, newStoryFields(request.body, form));
      return reply.redirect(withDone(storyHref(story.id), 'created'), 303);
    } catch (err) {
      return showRefusal(request, reply, ctx, err, null, withUtcTimes(form, request.body));
    }
  });

  app.get<IdParams>('/stories/:id', async (request, reply) => {
    const ctx = contextOf(request, deps);
    const story = await getStory(ctx, request.params.id);
    const lang = chromeOf(request, options, null).lang;
    return show(request, reply, ctx, { story, fields: storyFields(story), notice: doneNotice(lang, queryParam(request.query, 'done'), story) });
  });

  app.post<IdParams>('/stories/:id', { bodyLimit: EDITOR_BODY_LIMIT }, async (request, reply) => {
    const ctx = contextOf(request, deps);
    const body = request.body;
    const form = readEditorForm(body);
    const intent = field(body, 'intent') || 'save';
    const step = STEPS[intent];
    if (intent !== 'save' && !step) throw new ValidationError('intent', `"${intent}" is not a step of the editor`);
    let story = await getStory(ctx, request.params.id);
    let saved = false;
    try {
      const given = postedRevision(body);
      const changes = changedFields(body, form, story);
      if (Object.keys(changes).length > 0) {
        story = await updateStory(ctx, { id: story.id, revision: given, fields: changes });
        saved = true;
      } else if (given !== story.revision) {
        // Nothing typed, but the page was old: say what changed rather than act on it.
        throw new RevisionConflictError(story.revision, given);
      }
      if (step) story = await step(ctx, story, body, form);
      const done = step ? DONE_OF_STEP[intent]! : saved ? 'saved' : 'unchanged';
      return reply.redirect(withDone(storyHref(story.id), done), 303);
    } catch (err) {
      const typed = withUtcTimes(form, body);
      if (err instanceof RevisionConflictError) {
        const current = await getStory(ctx, story.id);
        const { conflict, fields } = await describeConflict(ctx, err, current, typed);
        return show(request, reply, ctx, { story: current, fields, conflict }, 409);
      }
      // The save may have gone through before the step was refused: show the story as it is now.
      return showRefusal(request, reply, ctx, err, saved ? story : await getStory(ctx, story.id), typed);
    }
  });

  app.post<IdParams>('/stories/:id/autosave', { bodyLimit: EDITOR_BODY_LIMIT }, async (request, reply) => {
    const ctx = contextOf(request, deps);
    const body = request.body;
    const story = await getStory(ctx, request.params.id);
    const given = postedRevision(body);
    const changes = changedFields(body, readEditorForm(body), story);
    if (Object.keys(changes).length === 0) {
      if (given !== story.revision) throw new RevisionConflictError(story.revision, given);
      return reply.header('cache-control', 'no-store').send({ revision: story.revision, savedAt: story.updatedAt.toISOString(), saved: false });
    }
    const updated = await updateStory(ctx, { id: story.id, revision: given, fields: changes, note: 'Autosaved' });
    return reply.header('cache-control', 'no-store').send({ revision: updated.revision, savedAt: updated.updatedAt.toISOString(), saved: true });
  });
};

/** A service message as a sentence: capital first letter, full stop. */
function sentence(message: string): string {
  const text = message.charAt(0).toLocaleUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
