/** An admin page that refuses or fails: 403 (names the role that may), 404, 409, 422. */
import type { AdminErrorModel } from '../../admin-view-models.js';
import { AdminLayout } from '../../components/admin/admin-layout.js';
import { adminText, type AdminMessageKey } from '../../i18n/admin-messages.js';
import { renderDocument } from '../../render-document.js';

/** The error page as a complete HTML document. */
export function renderAdminErrorPage(model: AdminErrorModel): string {
  return renderDocument(<AdminErrorPage {...model} />);
}

const TITLES: Record<number, AdminMessageKey> = {
  400: 'error.title.400',
  401: 'error.title.401',
  403: 'error.title.403',
  404: 'error.title.404',
  409: 'error.title.409',
  422: 'error.title.422',
};

/** The reason with its first letter capitalised and a full stop, as a sentence. */
function sentence(message: string): string {
  const text = message.charAt(0).toLocaleUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function AdminErrorPage({ chrome, status, message, backHref }: AdminErrorModel) {
  const { lang } = chrome;
  const title = adminText(lang, TITLES[status] ?? 'error.title.other');
  const dashboard = chrome.nav.find((link) => link.key === 'dashboard');
  return (
    <AdminLayout chrome={chrome} title={title}>
      <div class="narrow">
        <h1 class="page-title">{title}</h1>
        <div class="alert alert--error" role="alert">
          <p class="alert__message">{sentence(message)}</p>
        </div>
        <p class="button-row">
          <a class="button" href={backHref}>
            {adminText(lang, status === 401 ? 'error.signIn' : 'error.back')}
          </a>
          {dashboard && dashboard.href !== backHref && (
            <a class="button button--secondary" href={dashboard.href}>
              {adminText(lang, 'error.dashboard')}
            </a>
          )}
        </p>
      </div>
    </AdminLayout>
  );
}
