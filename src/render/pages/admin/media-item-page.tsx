/** `/admin/media/{id}`: one picture, its description in every language, where it is used, and delete. */
import type { MediaItemModel } from '../../admin-media-view-models.js';
import { AdminLayout } from '../../components/admin/admin-layout.js';
import { AdminTime } from '../../components/admin/admin-time.js';
import { CsrfInput } from '../../components/admin/csrf-input.js';
import { TextAreaField, TextField } from '../../components/admin/form-field.js';
import { NoticeBox } from '../../components/admin/notice-box.js';
import { StatusBadge } from '../../components/admin/status-badge.js';
import { mediaText } from '../../i18n/media-messages.js';
import { renderDocument } from '../../render-document.js';
import type { StoryStatus } from '../../../domain/story.js';

/** The picture's page as a complete HTML document. */
export function renderMediaItemPage(model: MediaItemModel): string {
  return renderDocument(<MediaItemPage {...model} />);
}

function MediaItemPage(model: MediaItemModel) {
  const { chrome, facts } = model;
  const { lang } = chrome;
  const readOnly = !model.editable;
  return (
    <AdminLayout chrome={chrome} title={model.filename}>
      <p class="page-head__links">
        <a href={model.backHref}>{mediaText(lang, 'item.back')}</a>
      </p>
      <h1 class="page-title">{model.filename}</h1>
      <p class="page-meta">
        {mediaText(lang, 'item.facts', { width: facts.width, height: facts.height, size: facts.size, format: facts.format })}
        {' · '}
        {mediaText(lang, 'item.uploaded', { who: model.uploadedBy })}
        {' · '}
        <AdminTime lang={lang} date={model.uploadedAt} />
      </p>
      <NoticeBox notice={model.notice} />
      <div class="media-item">
        <figure class="media-item__preview panel">
          <img src={model.preview.src} width={model.preview.width} height={model.preview.height} alt={model.preview.alt} />
          <figcaption class="muted">
            {model.variantCount > 0 ? mediaText(lang, 'item.sizes', { count: model.variantCount }) : mediaText(lang, 'item.sizesPending')}
          </figcaption>
        </figure>
        <form class="panel" method="post" action={model.action} aria-labelledby="describe-heading">
          <h2 class="panel__title" id="describe-heading">
            {mediaText(lang, 'item.describe')}
          </h2>
          <CsrfInput csrf={chrome.csrf} />
          {model.languages.map((l) => (
            <fieldset class="media-item__language" lang={l.code}>
              <legend class="visually-hidden" lang={lang}>
                {l.label}
              </legend>
              <TextAreaField
                id={`alt-${l.code}`}
                name={`alt.${l.code}`}
                label={mediaText(lang, 'item.alt', { language: l.label })}
                hint={mediaText(lang, 'item.altHint')}
                value={l.alt}
                rows={2}
                maxLength={1000}
                readOnly={readOnly}
                lang={l.code}
                dir="auto"
              />
              <TextAreaField
                id={`caption-${l.code}`}
                name={`caption.${l.code}`}
                label={mediaText(lang, 'item.caption', { language: l.label })}
                value={l.caption}
                rows={2}
                maxLength={2000}
                readOnly={readOnly}
                lang={l.code}
                dir="auto"
              />
            </fieldset>
          ))}
          <TextField id="credit" name="credit" label={mediaText(lang, 'item.credit')} hint={mediaText(lang, 'item.creditHint')} value={model.credit} maxLength={300} readOnly={readOnly} />
          <TextField id="source" name="source" label={mediaText(lang, 'item.source')} hint={mediaText(lang, 'item.sourceHint')} value={model.source} maxLength={500} readOnly={readOnly} />
          <p class="field__hint" id="focal-hint">
            {mediaText(lang, 'item.focalHint')}
          </p>
          <div class="media-item__focal">
            <NumberField id="focal-x" name="focalX" label={mediaText(lang, 'item.focalX')} value={model.focalPoint.x} readOnly={readOnly} />
            <NumberField id="focal-y" name="focalY" label={mediaText(lang, 'item.focalY')} value={model.focalPoint.y} readOnly={readOnly} />
          </div>
          {model.editable && (
            <button type="submit" class="button">
              {mediaText(lang, 'item.save')}
            </button>
          )}
        </form>
        <section class="panel" aria-labelledby="uses-heading">
          <h2 class="panel__title" id="uses-heading">
            {mediaText(lang, 'item.uses')}
          </h2>
          {model.uses.length === 0 ? (
            <p class="muted">{mediaText(lang, 'item.unused')}</p>
          ) : (
            <ul class="short-list">
              {model.uses.map((use) => (
                <li class="short-list__item">
                  <a class="short-list__headline" href={use.href} lang={use.lang} dir="auto">
                    {use.headline}
                  </a>
                  <span class="short-list__meta">
                    <StatusBadge lang={lang} status={use.status as StoryStatus} /> {use.lang}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {model.editable &&
            (model.deleteAction ? (
              <form method="post" action={model.deleteAction} class="inline-form" data-confirm={mediaText(lang, 'item.deleteLabel', { name: model.filename })}>
                <CsrfInput csrf={chrome.csrf} />
                <button type="submit" class="button button--danger" aria-label={mediaText(lang, 'item.deleteLabel', { name: model.filename })}>
                  {mediaText(lang, 'item.delete')}
                </button>
              </form>
            ) : (
              <p class="field__hint">{mediaText(lang, 'item.deleteBlocked')}</p>
            ))}
        </section>
      </div>
    </AdminLayout>
  );
}

/** A number from 0 to 1 in hundredths, with its label tied to the shared focal point hint. */
function NumberField(props: { id: string; name: string; label: string; value: number; readOnly: boolean }) {
  return (
    <div class="field">
      <label class="field__label" for={props.id}>
        {props.label}
      </label>
      <input
        class="field__input"
        id={props.id}
        name={props.name}
        type="number"
        min="0"
        max="1"
        step="0.01"
        value={String(props.value)}
        readOnly={props.readOnly}
        aria-describedby="focal-hint"
        inputMode="decimal"
      />
    </div>
  );
}
