/** `/admin/stories/{id}/revisions`: every saved revision, a form to compare two, and restore buttons. */
import type { RevisionListModel } from '../../admin-view-models.js';
import { AdminLayout } from '../../components/admin/admin-layout.js';
import { AdminTime } from '../../components/admin/admin-time.js';
import { CsrfInput } from '../../components/admin/csrf-input.js';
import { DataTable } from '../../components/admin/data-table.js';
import { SelectField } from '../../components/admin/form-field.js';
import { NoticeBox } from '../../components/admin/notice-box.js';
import { StatusBadge } from '../../components/admin/status-badge.js';
import { adminText } from '../../i18n/admin-messages.js';
import { renderDocument } from '../../render-document.js';

/** The revision history as a complete HTML document. */
export function renderRevisionListPage(model: RevisionListModel): string {
  return renderDocument(<RevisionListPage {...model} />);
}

function RevisionListPage(model: RevisionListModel) {
  const { chrome, revisions } = model;
  const { lang } = chrome;
  const options = revisions.map((r) => ({ value: String(r.revision), label: `${r.revision} — ${r.by}` }));
  const newest = revisions[0];
  const previous = revisions[1] ?? newest;
  return (
    <AdminLayout chrome={chrome} title={adminText(lang, 'revisions.title', { headline: model.storyHeadline })}>
      <div class="page-head">
        <h1 class="page-title">{adminText(lang, 'revisions.title', { headline: model.storyHeadline })}</h1>
        <p class="page-head__links">
          <a href={model.editorHref}>{adminText(lang, 'revisions.backToEditor')}</a>
        </p>
      </div>
      <NoticeBox notice={model.notice} />
      {revisions.length > 1 && (
        <form class="panel compare" method="get" action={model.compareAction} aria-labelledby="compare-heading">
          <h2 class="panel__title" id="compare-heading">
            {adminText(lang, 'revisions.compare')}
          </h2>
          <div class="compare__fields">
            <SelectField id="from" name="from" label={adminText(lang, 'revisions.from')} value={String(previous?.revision ?? '')} options={options} />
            <SelectField id="to" name="to" label={adminText(lang, 'revisions.to')} value={String(newest?.revision ?? '')} options={options} />
            <button type="submit" class="button">
              {adminText(lang, 'revisions.compareButton')}
            </button>
          </div>
        </form>
      )}
      <DataTable
        caption={adminText(lang, 'revisions.caption')}
        columns={(['revisions.col.revision', 'revisions.col.when', 'revisions.col.by', 'revisions.col.note', 'revisions.col.status', 'revisions.col.actions'] as const).map((key) =>
          adminText(lang, key),
        )}
        rows={revisions.map((r) => ({
          header: String(r.revision),
          cells: [
            <AdminTime lang={lang} date={r.createdAt} />,
            r.by,
            r.note ?? '',
            <StatusBadge lang={lang} status={r.status} />,
            <div class="table__actions">
              <a href={r.href} aria-label={adminText(lang, 'revisions.viewLabel', { revision: r.revision })}>
                {adminText(lang, 'revisions.view')}
              </a>
              {r.restoreAction ? (
                <form method="post" action={r.restoreAction} class="inline-form">
                  <CsrfInput csrf={chrome.csrf} />
                  <input type="hidden" name="revision" value={String(model.currentRevision)} />
                  <button
                    type="submit"
                    class="button button--secondary button--small"
                    aria-label={adminText(lang, 'revisions.restoreLabel', { revision: r.revision })}
                    data-confirm={adminText(lang, 'revisions.confirmRestore', { revision: r.revision })}
                  >
                    {adminText(lang, 'revisions.restore')}
                  </button>
                </form>
              ) : (
                <span class="muted">{adminText(lang, 'revisions.current')}</span>
              )}
            </div>,
          ],
        }))}
      />
    </AdminLayout>
  );
}
