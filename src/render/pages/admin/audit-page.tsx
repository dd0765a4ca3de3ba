/** `/admin/audit` (admins): who did what to which story or person, and when; filter by story. */
import type { AuditModel } from '../../admin-view-models.js';
import { AdminLayout } from '../../components/admin/admin-layout.js';
import { AdminPagination } from '../../components/admin/admin-pagination.js';
import { AdminTime } from '../../components/admin/admin-time.js';
import { DataTable } from '../../components/admin/data-table.js';
import { TextField } from '../../components/admin/form-field.js';
import { adminText, isAdminMessageKey } from '../../i18n/admin-messages.js';
import { renderDocument } from '../../render-document.js';

/** The audit log as a complete HTML document. */
export function renderAuditPage(model: AuditModel): string {
  return renderDocument(<AuditPage {...model} />);
}

/** An action in words ("published"), or as recorded when the catalogue has no name for it. */
function actionText(lang: string, action: string): string {
  const key = `audit.action.${action}`;
  return isAdminMessageKey(key) ? adminText(lang, key) : action;
}

function AuditPage(model: AuditModel) {
  const { chrome, events } = model;
  const { lang } = chrome;
  return (
    <AdminLayout chrome={chrome} title={adminText(lang, 'audit.title')}>
      <h1 class="page-title">{adminText(lang, 'audit.title')}</h1>
      <form class="filters filters--inline panel" method="get" action={model.action} role="search" aria-label={adminText(lang, 'audit.filter')}>
        <TextField
          id="audit-story"
          name="storyId"
          label={adminText(lang, 'audit.story')}
          hint={adminText(lang, 'audit.storyHint')}
          value={model.storyId}
          spellcheck={false}
        />
        <div class="filters__buttons">
          <button type="submit" class="button">
            {adminText(lang, 'audit.apply')}
          </button>
          <a class="button button--secondary" href={model.action}>
            {adminText(lang, 'audit.clear')}
          </a>
        </div>
      </form>
      {events.length > 0 ? (
        <DataTable
          caption={adminText(lang, 'audit.caption')}
          columns={(['audit.col.when', 'audit.col.who', 'audit.col.what', 'audit.col.story', 'audit.col.details'] as const).map((key) => adminText(lang, key))}
          rows={events.map((event) => ({
            header: <AdminTime lang={lang} date={event.at} />,
            cells: [
              event.actor,
              <span title={event.action}>{actionText(lang, event.action)}</span>,
              event.story ? <a href={event.story.href}>{event.story.headline ?? event.story.id}</a> : (event.person ?? ''),
              event.details ?? '',
            ],
          }))}
        />
      ) : (
        <p class="empty">{adminText(lang, 'audit.empty')}</p>
      )}
      <AdminPagination lang={lang} pagination={model.pagination} />
    </AdminLayout>
  );
}
