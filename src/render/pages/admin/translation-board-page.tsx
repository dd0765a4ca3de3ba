/**
 * `/admin/translations`: the translation board. One row per story, one column per language of
 * the site: each version with its status (and whether it is the source or older than it), each
 * missing language with a button that starts the translation.
 */
import type { TranslationBoardModel, TranslationBoardRow, TranslationVersionRow } from '../../admin-translation-view-models.js';
import type { AdminOption, CsrfField } from '../../admin-view-models.js';
import { AdminLayout } from '../../components/admin/admin-layout.js';
import { AdminPagination } from '../../components/admin/admin-pagination.js';
import { AdminTime } from '../../components/admin/admin-time.js';
import { CsrfInput } from '../../components/admin/csrf-input.js';
import { DataTable } from '../../components/admin/data-table.js';
import { SelectField } from '../../components/admin/form-field.js';
import { StatusBadge } from '../../components/admin/status-badge.js';
import { adminText, adminTextParts } from '../../i18n/admin-messages.js';
import { textDirection } from '../../i18n/messages.js';
import { renderDocument } from '../../render-document.js';

/** The translation board as a complete HTML document. */
export function renderTranslationBoardPage(model: TranslationBoardModel): string {
  return renderDocument(<TranslationBoardPage {...model} />);
}

function TranslationBoardPage(model: TranslationBoardModel) {
  const { chrome, filters, pagination } = model;
  const { lang } = chrome;
  const anyLanguage: AdminOption = { value: '', label: adminText(lang, 'translations.anyLanguage') };
  const states: AdminOption[] = [
    { value: '', label: adminText(lang, 'translations.state.any') },
    ...model.states.map((state) => ({ value: state, label: adminText(lang, state === 'missing' ? 'translations.state.missing' : 'translations.state.outdated') })),
  ];
  const total =
    pagination.total === 1 ? adminText(lang, 'translations.count.one') : adminText(lang, 'translations.count', { total: pagination.total });
  // The cells of every row follow the site's languages, in this order.
  const columns = model.languages.map((option) => option.label);
  return (
    <AdminLayout chrome={chrome} title={adminText(lang, 'translations.title')}>
      <h1 class="page-title">{adminText(lang, 'translations.title')}</h1>
      <p class="page-intro">{adminText(lang, 'translations.intro')}</p>
      <form class="filters filters--board panel" method="get" action={model.action} aria-label={adminText(lang, 'translations.filter')}>
        <SelectField
          id="filter-lang"
          name="lang"
          label={adminText(lang, 'translations.language')}
          value={filters.lang}
          options={[anyLanguage, ...model.languages]}
        />
        <SelectField id="filter-state" name="state" label={adminText(lang, 'translations.state')} value={filters.state} options={states} />
        <div class="filters__buttons">
          <button type="submit" class="button">
            {adminText(lang, 'translations.apply')}
          </button>
          <a class="button button--secondary" href={model.action}>
            {adminText(lang, 'translations.clear')}
          </a>
        </div>
      </form>
      <p class="list-count" role="status">
        {total}
      </p>
      {model.rows.length > 0 ? (
        <DataTable
          caption={adminText(lang, 'translations.caption')}
          columns={[adminText(lang, 'translations.col.story'), ...columns]}
          rows={model.rows.map((row) => ({
            header: <StoryHeader lang={lang} source={row.source} />,
            cells: row.cells.map((cell) =>
              cell.version ? (
                <VersionCell lang={lang} version={cell.version} />
              ) : (
                <MissingCell lang={lang} row={row} cell={cell} csrf={chrome.csrf} />
              ),
            ),
          }))}
        />
      ) : (
        <p class="empty">{adminText(lang, 'translations.empty')}</p>
      )}
      <AdminPagination lang={lang} pagination={pagination} />
    </AdminLayout>
  );
}

/** The row's header: the source's headline (in its own language) and which language it is. */
function StoryHeader({ lang, source }: { lang: string; source: TranslationVersionRow }) {
  return (
    <>
      <a class="table__headline" href={source.href} lang={source.lang} dir={textDirection(source.lang)}>
        {source.headline}
      </a>
      <span class="table__note board__source">{adminText(lang, 'translations.sourceIn', { language: source.language })}</span>
    </>
  );
}

/** A version: its status (the link to its editor), and whether it is the source or outdated. */
function VersionCell({ lang, version }: { lang: string; version: TranslationVersionRow }) {
  return (
    <>
      <a class="board__version" href={version.href}>
        <span class="visually-hidden">{adminText(lang, 'translations.openLabel', { language: version.language, headline: version.headline })}: </span>
        <StatusBadge lang={lang} status={version.status} />
      </a>
      {version.isSource && <span class="badge badge--source">{adminText(lang, 'editor.translationSource')}</span>}
      {version.outdated && (
        <>
          <span class="badge badge--outdated">{adminText(lang, 'translations.outdated')}</span>
          <span class="table__note board__since">
            {adminTextParts(lang, 'translations.outdatedSince', { date: <AdminTime lang={lang} date={version.sourceRevisedAt} /> })}
          </span>
        </>
      )}
    </>
  );
}

/** A missing language: says so, with a button that starts the translation from the source. */
function MissingCell(props: { lang: string; row: TranslationBoardRow; cell: TranslationBoardRow['cells'][number]; csrf: CsrfField }) {
  const { lang, row, cell } = props;
  return (
    <form method="post" action={row.translateAction} class="inline-form board__missing">
      <span class="board__missing-label">{adminText(lang, 'translations.missing')}</span>
      <CsrfInput csrf={props.csrf} />
      <input type="hidden" name="translationLang" value={cell.lang} />
      <button
        type="submit"
        class="button button--secondary button--small"
        aria-label={adminText(lang, 'translations.translateLabel', { headline: row.source.headline, language: cell.language })}
      >
        {adminText(lang, 'translations.translate')}
      </button>
    </form>
  );
}
