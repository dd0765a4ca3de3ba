/**
 * The editor's workflow panel: the buttons the signed-in role may use on this story in its
 * state, each with the field it needs (a comment to send back, a time to schedule, the text of
 * a correction). Every button submits the whole form, so the writer's latest text is saved
 * with the step and nothing typed is lost.
 */
import type { EditorAction, EditorModel } from '../../admin-view-models.js';
import { adminText } from '../../i18n/admin-messages.js';
import { AdminTime } from './admin-time.js';
import { StatusBadge } from './status-badge.js';
import { TextAreaField, TextField } from './form-field.js';

/** A submit button for one step; `intent` tells the server which step. */
function ActionButton({ lang, action, variant, confirm }: { lang: string; action: EditorAction; variant?: string; confirm?: string }) {
  return (
    <button type="submit" name="intent" value={action} class={['button', variant ?? ''].filter(Boolean).join(' ')} data-confirm={confirm}>
      {adminText(lang, `action.${action}`)}
    </button>
  );
}

/** The workflow panel of the editor. */
export function EditorWorkflow({ model }: { model: EditorModel }) {
  const { chrome, story, actions, fields, errors } = model;
  const { lang } = chrome;
  const can = (action: EditorAction) => actions.includes(action);
  return (
    <section class="panel editor__workflow" aria-labelledby="workflow-heading">
      <h2 class="panel__title" id="workflow-heading">
        {adminText(lang, 'editor.workflow')}
      </h2>
      {story && (
        <p class="workflow__status">
          <StatusBadge lang={lang} status={story.status} />
          {story.status === 'scheduled' && story.scheduledAt && (
            <span>
              {' '}
              <AdminTime lang={lang} date={story.scheduledAt} />
            </span>
          )}
        </p>
      )}
      {actions.length === 0 && <p class="muted">{adminText(lang, 'editor.noActions')}</p>}
      <div class="button-row">
        {can('save') && <ActionButton lang={lang} action="save" />}
        {can('submit') && <ActionButton lang={lang} action="submit" variant="button--secondary" />}
        {can('publish') && <ActionButton lang={lang} action="publish" variant="button--secondary" confirm={adminText(lang, 'editor.confirmPublish')} />}
        {can('unschedule') && <ActionButton lang={lang} action="unschedule" variant="button--secondary" />}
        {can('unpublish') && <ActionButton lang={lang} action="unpublish" variant="button--danger" confirm={adminText(lang, 'editor.confirmUnpublish')} />}
      </div>
      {can('send-back') && (
        <div class="workflow__step">
          <TextAreaField
            id="comment"
            name="comment"
            label={adminText(lang, 'editor.comment')}
            hint={adminText(lang, 'editor.commentHint')}
            error={errors.comment}
            value={fields.comment}
            rows={3}
          />
          <ActionButton lang={lang} action="send-back" variant="button--secondary" />
        </div>
      )}
      {can('schedule') && (
        <div class="workflow__step">
          <TextField
            id="scheduleFor"
            name="scheduleFor"
            type="datetime-local"
            step={1}
            label={adminText(lang, 'editor.scheduleFor')}
            hint={adminText(lang, 'editor.timeHint')}
            error={errors.scheduleFor}
            value={fields.scheduleFor}
            class="time-field"
          />
          <ActionButton lang={lang} action="schedule" variant="button--secondary" />
        </div>
      )}
      {can('correct') && (
        <div class="workflow__step">
          <TextAreaField
            id="correction"
            name="correction"
            label={adminText(lang, 'editor.correction')}
            hint={adminText(lang, 'editor.correctionHint')}
            error={errors.correction}
            value={fields.correction}
            rows={3}
          />
          <ActionButton lang={lang} action="correct" variant="button--secondary" />
        </div>
      )}
      {story && story.corrections.length > 0 && (
        <div class="workflow__step">
          <h3 class="workflow__heading">{adminText(lang, 'editor.publishedCorrections')}</h3>
          <ul class="plain-list">
            {story.corrections.map((c) => (
              <li>
                <AdminTime lang={lang} date={c.at} />: {c.text}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
