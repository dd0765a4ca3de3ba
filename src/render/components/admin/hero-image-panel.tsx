/**
 * The editor's "Hero image" panel: the story's picture now, a choice from the library, a file
 * picker (and drop zone) for a new picture, and the story's own caption and credit. Its controls
 * belong to a form of their own (HeroImageForm, placed after the editor's form because forms
 * cannot nest) through their `form` attribute, so saving the picture never submits the story's
 * text, and it all works without JavaScript.
 */
import type { HeroPanelModel } from '../../admin-media-view-models.js';
import type { CsrfField } from '../../admin-view-models.js';
import { mediaText } from '../../i18n/media-messages.js';
import { CsrfInput } from './csrf-input.js';

/** Types the file picker offers; the server checks the bytes whatever is picked. */
const IMAGE_TYPES = 'image/jpeg,image/png,image/webp,image/avif,image/gif';

/** The panel, for the editor's side column. */
export function HeroImagePanel({ lang, panel }: { lang: string; panel: HeroPanelModel | null | undefined }) {
  if (!panel) return null;
  const form = panel.formId;
  return (
    <section class="panel hero-panel" aria-labelledby="hero-heading">
      <h2 class="panel__title" id="hero-heading">
        {mediaText(lang, 'hero.title')}
      </h2>
      <p class="panel__intro">{mediaText(lang, 'hero.intro')}</p>
      {!panel.action ? (
        <p class="muted">{mediaText(lang, 'hero.saveFirst')}</p>
      ) : (
        <>
          {panel.current && (
            <div class="hero-panel__current">
              <img src={panel.current.thumbnail.src} width={panel.current.thumbnail.width} height={panel.current.thumbnail.height} alt={panel.current.thumbnail.alt} />
              <p class="muted">{mediaText(lang, 'hero.current', { name: panel.current.filename })}</p>
              {panel.current.missingAltIn && (
                <p class="field__error" role="status">
                  {mediaText(lang, 'hero.missingAlt', { language: panel.current.missingAltIn })}
                </p>
              )}
              <p>
                <a href={panel.current.href}>{mediaText(lang, 'hero.describe')}</a>
              </p>
            </div>
          )}
          {panel.editable && (
            <>
              <div class="field">
                <label class="field__label" for="hero-choice">
                  {mediaText(lang, 'hero.choose')}
                </label>
                <select class="field__input field__select" id="hero-choice" name="heroMediaId" form={form}>
                  <option value="" selected={!panel.current}>
                    {mediaText(lang, 'hero.none')}
                  </option>
                  {panel.choices.map((choice) => (
                    <option value={choice.value} selected={choice.value === panel.current?.id}>
                      {choice.label}
                    </option>
                  ))}
                </select>
              </div>
              <div class="field drop-zone" data-drop-upload="" data-ready={mediaText(lang, 'hero.ready', { name: '{name}' })}>
                <label class="field__label" for="hero-file">
                  {mediaText(lang, 'hero.upload')}
                </label>
                <p class="field__hint" id="hero-file-hint">
                  {mediaText(lang, 'hero.uploadHint')}
                </p>
                <input class="field__input" id="hero-file" type="file" name="file" accept={IMAGE_TYPES} form={form} aria-describedby="hero-file-hint" />
                <p class="muted" role="status" data-drop-status="" />
              </div>
              <HeroText id="hero-caption" name="heroCaption" label={mediaText(lang, 'hero.caption')} hint={mediaText(lang, 'hero.captionHint')} value={panel.caption} form={form} lang={panel.lang} maxLength={2000} />
              <HeroText id="hero-credit" name="heroCredit" label={mediaText(lang, 'hero.credit')} hint={mediaText(lang, 'hero.creditHint')} value={panel.credit} form={form} lang={panel.lang} maxLength={300} />
              <button type="submit" class="button button--secondary" form={form}>
                {mediaText(lang, 'hero.save')}
              </button>
            </>
          )}
        </>
      )}
    </section>
  );
}

/** The panel's own form, empty: its controls sit in the panel and name it. Place it after the editor's form. */
export function HeroImageForm({ panel, csrf }: { panel: HeroPanelModel | null | undefined; csrf: CsrfField }) {
  if (!panel?.action || !panel.editable) return null;
  return (
    <form id={panel.formId} method="post" action={panel.action} enctype="multipart/form-data" hidden>
      <CsrfInput csrf={csrf} />
    </form>
  );
}

function HeroText(props: { id: string; name: string; label: string; hint: string; value: string; form: string; lang: string; maxLength: number }) {
  return (
    <div class="field">
      <label class="field__label" for={props.id}>
        {props.label}
      </label>
      <p class="field__hint" id={`${props.id}-hint`}>
        {props.hint}
      </p>
      <input
        class="field__input"
        id={props.id}
        name={props.name}
        type="text"
        value={props.value}
        form={props.form}
        lang={props.lang}
        dir="auto"
        maxLength={props.maxLength}
        aria-describedby={`${props.id}-hint`}
      />
    </div>
  );
}
