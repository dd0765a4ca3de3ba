/**
 * The story editor, `/admin/stories/new` and `/admin/stories/{id}`: a plain form that saves
 * without JavaScript (POST, then a redirect back here), and that the script enhances with a
 * Markdown toolbar, a live preview, autosave and a copy kept in the browser.
 */
import type { EditorModel } from '../../admin-view-models.js';
import { AdminLayout } from '../../components/admin/admin-layout.js';
import { AdminTime } from '../../components/admin/admin-time.js';
import { CsrfInput } from '../../components/admin/csrf-input.js';
import { EditorWorkflow } from '../../components/admin/editor-workflow.js';
import { SelectField, TextAreaField, TextField } from '../../components/admin/form-field.js';
import { MarkdownToolbar } from '../../components/admin/markdown-toolbar.js';
import { NoticeBox } from '../../components/admin/notice-box.js';
import { HeroImageForm, HeroImagePanel } from '../../components/admin/hero-image-panel.js';
import { SuggestionForms, SuggestionsPanel } from '../../components/admin/suggestions-panel.js';
import { TranslationsPanel } from '../../components/admin/translations-panel.js';
import { WordDiff } from '../../components/admin/word-diff.js';
import { adminText, adminTextParts } from '../../i18n/admin-messages.js';
import { textDirection } from '../../i18n/messages.js';
import { renderDocument } from '../../render-document.js';

/** The editor as a complete HTML document. */
export function renderEditorPage(model: EditorModel): string {
  return renderDocument(<EditorPage {...model} />);
}

/** Messages the script shows, in the page's language (it has no catalogue of its own). */
function scriptMessages(lang: string): Record<string, string> {
  return {
    'data-msg-saving': adminText(lang, 'editor.autosaving'),
    'data-msg-saved': adminText(lang, 'editor.autosaved'),
    'data-msg-conflict': adminText(lang, 'editor.autosaveConflict'),
    'data-msg-failed': adminText(lang, 'editor.autosaveFailed'),
    'data-msg-offline': adminText(lang, 'editor.autosaveOffline'),
    'data-msg-no-answer': adminText(lang, 'editor.autosaveNoAnswer'),
    'data-msg-time-local': adminText(lang, 'editor.timeHintLocal'),
  };
}

function EditorPage(model: EditorModel) {
  const { chrome, story, fields, errors, conflict } = model;
  const { lang } = chrome;
  const editable = model.actions.includes('save');
  // The story's text is written in the story's language, whatever the UI's; a new story's
  // language is not settled until it is saved, so the browser reads the direction from the text.
  const text = story && fields.lang ? { lang: fields.lang, dir: textDirection(fields.lang) } : { dir: 'auto' as const };
  const title = story ? adminText(lang, 'editor.titleEdit', { headline: fields.headline }) : adminText(lang, 'editor.titleNew');
  const slugHint = (choices: readonly { value: string }[]) =>
    choices.length > 0
      ? adminText(lang, 'editor.slugsHintChoices', { choices: choices.map((c) => c.value).join(', ') })
      : adminText(lang, 'editor.slugsHint');
  return (
    <AdminLayout chrome={chrome} title={title}>
      <div class="page-head">
        <h1 class="page-title">{adminText(lang, story ? 'editor.headingEdit' : 'editor.headingNew')}</h1>
        {story && (
          <p class="page-head__links">
            {story.publicHref && <a href={story.publicHref}>{adminText(lang, 'editor.viewPublic')}</a>}
            <a href={story.revisionsHref}>{adminText(lang, 'editor.history')}</a>
          </p>
        )}
      </div>
      {story && (
        <p class="page-meta">
          {adminTextParts(lang, 'editor.meta', { revision: String(story.revision), date: <AdminTime lang={lang} date={story.updatedAt} /> })}
          {story.embargoUntil && (
            <span>
              {' · '}
              {adminTextParts(lang, 'editor.embargoedUntil', { date: <AdminTime lang={lang} date={story.embargoUntil} /> })}
            </span>
          )}
        </p>
      )}
      <NoticeBox notice={model.notice} />
      {conflict && (
        <div class="alert alert--error conflict" role="alert" aria-labelledby="conflict-title">
          <h2 class="alert__title" id="conflict-title">
            {adminText(lang, 'editor.conflictTitle')}
          </h2>
          <p class="alert__message">
            {adminTextParts(lang, 'editor.conflictText', {
              by: conflict.savedBy,
              to: String(conflict.toRevision),
              from: String(conflict.fromRevision),
              date: <AdminTime lang={lang} date={conflict.savedAt} />,
            })}
          </p>
          <h3 class="conflict__heading">{adminText(lang, 'editor.conflictChanges', { to: conflict.toRevision })}</h3>
          {conflict.changes.length > 0 ? (
            <WordDiff lang={lang} changes={conflict.changes} headingLevel={3} />
          ) : (
            <p>{adminText(lang, 'editor.conflictNoChanges')}</p>
          )}
        </div>
      )}
      {model.sendBack && (
        <aside class="alert alert--info send-back" aria-labelledby="send-back-title">
          <h2 class="alert__title" id="send-back-title">
            {adminText(lang, 'editor.sentBackHeading')}
          </h2>
          <p class="send-back__comment">{model.sendBack.comment}</p>
          <p class="muted">
            {adminTextParts(lang, 'editor.sentBack', { by: model.sendBack.by, date: <AdminTime lang={lang} date={model.sendBack.at} /> })}
          </p>
        </aside>
      )}
      <div class="alert alert--info draft-restore" id="draft-restore" role="status" hidden>
        <p class="alert__message" data-template={adminText(lang, 'editor.restored')} />
        <button type="button" class="button button--secondary button--small" data-discard="">
          {adminText(lang, 'editor.discardRestored')}
        </button>
      </div>
      <form
        class="editor"
        id="editor"
        method="post"
        action={model.action}
        data-editor=""
        data-draft-key={story ? `story:${story.id}` : 'new'}
        data-preview-url={model.previewUrl}
        data-autosave-url={model.autosaveUrl ?? undefined}
        {...scriptMessages(lang)}
      >
        <CsrfInput csrf={chrome.csrf} />
        {story && <input type="hidden" name="revision" value={String(story.revision)} />}
        {/* Filled by the script: minutes from local time to UTC at each time typed (UTC without it). */}
        <input type="hidden" name="embargoUntilOffset" value="" />
        <input type="hidden" name="scheduleForOffset" value="" />
        <div class="editor__main">
          <section class="panel" aria-labelledby="fields-heading">
            <h2 class="panel__title visually-hidden" id="fields-heading">
              {adminText(lang, 'editor.fields')}
            </h2>
            {!story && (
              <SelectField id="lang" name="lang" label={adminText(lang, 'editor.language')} value={fields.lang} options={model.languages} error={errors.lang} />
            )}
            <TextField
              id="headline"
              name="headline"
              label={adminText(lang, 'editor.headline')}
              value={fields.headline}
              error={errors.headline}
              required
              readOnly={!editable}
              maxLength={300}
              class="field--headline"
              {...text}
            />
            <TextAreaField
              id="standfirst"
              name="standfirst"
              label={adminText(lang, 'editor.standfirst')}
              hint={adminText(lang, 'editor.standfirstHint')}
              value={fields.standfirst}
              error={errors.standfirst}
              readOnly={!editable}
              rows={3}
              maxLength={1000}
              {...text}
            />
            <TextAreaField
              id="body"
              name="body"
              label={adminText(lang, 'editor.body')}
              hint={adminText(lang, 'editor.bodyHint')}
              value={fields.body}
              error={errors.body}
              readOnly={!editable}
              rows={16}
              class="field--body"
              {...text}
              before={editable ? <MarkdownToolbar lang={lang} controls="body" /> : null}
            />
            <div id="autosave-alert" role="alert" />
            <p class="autosave" id="autosave-status" role="status" data-autosave-status="">
              {editable ? adminText(lang, !story ? 'editor.autosaveNew' : model.autosaveUrl ? 'editor.autosaveIdle' : 'editor.autosavePublished') : ''}
            </p>
          </section>
          <section class="panel preview" aria-labelledby="preview-heading">
            <h2 class="panel__title" id="preview-heading">
              {adminText(lang, 'editor.preview')}
            </h2>
            <p class="field__hint">{adminText(lang, 'editor.previewHint')}</p>
            <div class="preview__body" id="preview" {...text} data-preview="" data-empty={adminText(lang, 'editor.previewEmpty')}>
              {model.previewHtml ? <div dangerouslySetInnerHTML={{ __html: model.previewHtml }} /> : <p class="muted" lang={lang} dir={chrome.dir}>{adminText(lang, 'editor.previewEmpty')}</p>}
            </div>
          </section>
        </div>
        <div class="editor__side">
          <EditorWorkflow model={model} />
          {model.translations && <TranslationsPanel lang={lang} translations={model.translations} />}
          <section class="panel" aria-labelledby="filing-heading">
            <h2 class="panel__title" id="filing-heading">
              {adminText(lang, 'editor.filing')}
            </h2>
            <TextField
              id="datelinePlace"
              name="datelinePlace"
              label={adminText(lang, 'editor.datelinePlace')}
              hint={adminText(lang, 'editor.datelinePlaceHint')}
              value={fields.datelinePlace}
              error={errors.datelinePlace}
              readOnly={!editable}
              maxLength={120}
              {...text}
            />
            <SelectField
              id="type"
              name="type"
              label={adminText(lang, 'editor.type')}
              value={fields.type}
              error={errors.type}
              readOnly={!editable}
              options={model.types.map((type) => ({ value: type, label: adminText(lang, `type.${type}`) }))}
            />
            <TextField id="topics" name="topics" label={adminText(lang, 'editor.topics')} hint={slugHint(model.choices.topics)} value={fields.topics} error={errors.topics} readOnly={!editable} spellcheck={false} />
            <TextField id="regions" name="regions" label={adminText(lang, 'editor.regions')} hint={slugHint(model.choices.regions)} value={fields.regions} error={errors.regions} readOnly={!editable} spellcheck={false} />
            <TextField id="tags" name="tags" label={adminText(lang, 'editor.tags')} hint={slugHint([])} value={fields.tags} error={errors.tags} readOnly={!editable} spellcheck={false} />
            <TextField id="authors" name="authors" label={adminText(lang, 'editor.authors')} hint={slugHint(model.choices.authors)} value={fields.authors} error={errors.authors} readOnly={!editable} spellcheck={false} />
          </section>
          <HeroImagePanel lang={lang} panel={model.hero} />
          <SuggestionsPanel lang={lang} panel={model.suggestions} />
          <section class="panel" aria-labelledby="timing-heading">
            <h2 class="panel__title" id="timing-heading">
              {adminText(lang, 'editor.timing')}
            </h2>
            <p class="panel__intro">{adminText(lang, 'editor.embargoHint')}</p>
            <TextField
              id="embargoUntil"
              name="embargoUntil"
              type="datetime-local"
              step={1}
              label={adminText(lang, 'editor.embargoUntil')}
              hint={adminText(lang, 'editor.timeHint')}
              value={fields.embargoUntil}
              error={errors.embargoUntil}
              readOnly={!editable || !model.embargoEditable}
              class="time-field"
            />
          </section>
        </div>
      </form>
      <SuggestionForms panel={model.suggestions} csrf={chrome.csrf} />
      <HeroImageForm panel={model.hero} csrf={chrome.csrf} />
    </AdminLayout>
  );
}
