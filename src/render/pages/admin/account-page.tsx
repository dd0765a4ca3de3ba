/**
 * `/admin/account`: who you are, the language of your admin pages, every browser you are
 * signed in on, and ways to sign them out.
 */
import type { AccountModel } from '../../admin-view-models.js';
import { AdminLayout } from '../../components/admin/admin-layout.js';
import { AdminTime, formatAdminTime } from '../../components/admin/admin-time.js';
import { CsrfInput } from '../../components/admin/csrf-input.js';
import { DataTable } from '../../components/admin/data-table.js';
import { SelectField } from '../../components/admin/form-field.js';
import { NoticeBox } from '../../components/admin/notice-box.js';
import { adminText } from '../../i18n/admin-messages.js';
import { renderDocument } from '../../render-document.js';

/** The account page as a complete HTML document. */
export function renderAccountPage(model: AccountModel): string {
  return renderDocument(<AccountPage {...model} />);
}

function AccountPage(model: AccountModel) {
  const { chrome, user, sessions } = model;
  const { lang } = chrome;
  return (
    <AdminLayout chrome={chrome} title={adminText(lang, 'account.title')}>
      <h1 class="page-title">{adminText(lang, 'account.title')}</h1>
      <NoticeBox notice={model.notice} />
      <p>{adminText(lang, 'account.you', { name: user.name, email: user.email, role: adminText(lang, `role.${user.role}`) })}</p>
      <form method="post" action={model.language.action} class="panel narrow">
        <CsrfInput csrf={chrome.csrf} />
        <SelectField
          id="locale"
          name="locale"
          label={adminText(lang, 'account.language')}
          hint={adminText(lang, 'account.languageHint')}
          value={model.language.value}
          options={model.language.options}
        />
        <button type="submit" class="button button--secondary">
          {adminText(lang, 'account.languageSave')}
        </button>
      </form>
      <h2 class="section-title">{adminText(lang, 'account.sessions')}</h2>
      <DataTable
        caption={adminText(lang, 'account.caption')}
        columns={(['account.col.browser', 'account.col.address', 'account.col.signedIn', 'account.col.lastSeen', 'account.col.actions'] as const).map((key) =>
          adminText(lang, key),
        )}
        rows={sessions.map((session) => {
          const { name, system } = session.browser;
          const browser =
            name && system ? adminText(lang, 'account.browserOn', { browser: name, system }) : (name ?? system ?? adminText(lang, 'account.unknownBrowser'));
          return {
            header: (
              <>
                {browser}
                {session.current && <span class="badge badge--current">{adminText(lang, 'account.thisBrowser')}</span>}
              </>
            ),
            cells: [
              session.address ?? adminText(lang, 'account.unknownAddress'),
              <AdminTime lang={lang} date={session.createdAt} />,
              <AdminTime lang={lang} date={session.lastSeenAt} />,
              <form method="post" action={session.revokeAction} class="inline-form">
                <CsrfInput csrf={chrome.csrf} />
                <button
                  type="submit"
                  class="button button--secondary button--small"
                  aria-label={adminText(lang, 'account.revokeLabel', { browser, date: formatAdminTime(lang, session.lastSeenAt) })}
                >
                  {adminText(lang, 'account.revoke')}
                </button>
              </form>,
            ],
          };
        })}
      />
      <form method="post" action={model.signOutEverywhereAction} class="panel narrow">
        <CsrfInput csrf={chrome.csrf} />
        <p class="field__hint" id="everywhere-hint">
          {adminText(lang, 'account.signOutEverywhereHint')}
        </p>
        <button type="submit" class="button button--danger" aria-describedby="everywhere-hint" data-confirm={adminText(lang, 'account.confirmEverywhere')}>
          {adminText(lang, 'account.signOutEverywhere')}
        </button>
      </form>
    </AdminLayout>
  );
}
