/** `/admin/media`: upload a picture (file picker or drop), search and filter the library, and its grid. */
import type { MediaLibraryModel } from '../../admin-media-view-models.js';
import { AdminLayout } from '../../components/admin/admin-layout.js';
import { AdminPagination } from '../../components/admin/admin-pagination.js';
import { CsrfInput } from '../../components/admin/csrf-input.js';
import { SelectField, TextField } from '../../components/admin/form-field.js';
import { NoticeBox } from '../../components/admin/notice-box.js';
import { mediaText } from '../../i18n/media-messages.js';
import { renderDocument } from '../../render-document.js';

/** Types the file pickers offer; the server checks the bytes whatever is picked. */
export const IMAGE_TYPES = 'image/jpeg,image/png,image/webp,image/avif,image/gif';

/** The media library as a complete HTML document. */
export function renderMediaLibraryPage(model: MediaLibraryModel): string {
  return renderDocument(<MediaLibraryPage {...model} />);
}

function MediaLibraryPage(model: MediaLibraryModel) {
  const { chrome, filters } = model;
  const { lang } = chrome;
  const any = (key: Parameters<typeof mediaText>[1]) => ({ value: '', label: mediaText(lang, key) });
  return (
    <AdminLayout chrome={chrome} title={mediaText(lang, 'library.title')}>
      <h1 class="page-title">{mediaText(lang, 'library.title')}</h1>
      <p class="page-meta">{mediaText(lang, 'library.intro')}</p>
      <NoticeBox notice={model.notice} />
      <section class="panel" aria-labelledby="upload-heading">
        <h2 class="panel__title" id="upload-heading">
          {mediaText(lang, 'upload.title')}
        </h2>
        <form class="drop-zone" method="post" action={model.uploadAction} enctype="multipart/form-data" data-drop-upload="submit">
          <CsrfInput csrf={chrome.csrf} />
          <div class="field">
            <label class="field__label" for="media-file">
              {mediaText(lang, 'upload.file')}
            </label>
            <p class="field__hint" id="media-file-hint">
              {mediaText(lang, 'upload.hint', { limit: model.uploadLimit })}
            </p>
            <input class="field__input" id="media-file" type="file" name="file" accept={IMAGE_TYPES} required aria-describedby="media-file-hint" />
          </div>
          <button type="submit" class="button">
            {mediaText(lang, 'upload.button')}
          </button>
        </form>
      </section>
      <form class="filters panel" method="get" action={model.searchAction} role="search" aria-label={mediaText(lang, 'search.label')}>
        <TextField id="media-q" name="q" type="search" label={mediaText(lang, 'search.text')} value={filters.q} class="filters__search" />
        <SelectField id="media-format" name="format" label={mediaText(lang, 'search.format')} value={filters.format} options={[any('search.anyFormat'), ...model.formats]} />
        <SelectField
          id="media-used"
          name="used"
          label={mediaText(lang, 'search.use')}
          value={filters.used}
          options={[any('search.anyUse'), { value: 'yes', label: mediaText(lang, 'search.used') }, { value: 'no', label: mediaText(lang, 'search.unused') }]}
        />
        <SelectField id="media-missing" name="missingAlt" label={mediaText(lang, 'search.missingAlt')} value={filters.missingAlt} options={[any('search.anyLanguage'), ...model.languages]} />
        <div class="filters__buttons">
          <button type="submit" class="button">
            {mediaText(lang, 'search.apply')}
          </button>
          <a class="button button--secondary" href={model.searchAction}>
            {mediaText(lang, 'search.clear')}
          </a>
        </div>
      </form>
      <p class="list-count">{mediaText(lang, 'library.count', { count: model.total })}</p>
      {model.cards.length === 0 ? (
        <p class="empty">{mediaText(lang, 'library.empty')}</p>
      ) : (
        <ul class="media-grid">
          {model.cards.map((card) => (
            <li class="media-card">
              <img src={card.thumbnail.src} width={card.thumbnail.width} height={card.thumbnail.height} alt={card.thumbnail.alt} loading="lazy" decoding="async" />
              <p class="media-card__name">
                <a href={card.href}>{card.filename}</a>
              </p>
              {card.credit && <p class="muted">{card.credit}</p>}
              <p class="muted">{mediaText(lang, 'card.uses', { count: card.useCount })}</p>
              {card.missingAlt.length > 0 && <p class="field__error">{mediaText(lang, 'card.noAlt', { languages: card.missingAlt.join(', ') })}</p>}
            </li>
          ))}
        </ul>
      )}
      <AdminPagination lang={lang} pagination={model.pagination} />
    </AdminLayout>
  );
}
