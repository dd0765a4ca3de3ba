/** `/admin/users` (admins): who can sign in, their roles, a form to add a person. */
import type { UsersModel } from '../../admin-view-models.js';
import { AdminLayout } from '../../components/admin/admin-layout.js';
import { CsrfInput } from '../../components/admin/csrf-input.js';
import { DataTable } from '../../components/admin/data-table.js';
import { SelectField, TextField } from '../../components/admin/form-field.js';
import { NoticeBox } from '../../components/admin/notice-box.js';
import { adminText } from '../../i18n/admin-messages.js';
import { renderDocument } from '../../render-document.js';

/** The users page as a complete HTML document. */
export function renderUsersPage(model: UsersModel): string {
  return renderDocument(<UsersPage {...model} />);
}

function UsersPage(model: UsersModel) {
  const { chrome, users, form, errors } = model;
  const { lang } = chrome;
  const roleOptions = model.roles.map((role) => ({ value: role, label: adminText(lang, `role.${role}`) }));
  return (
    <AdminLayout chrome={chrome} title={adminText(lang, 'users.title')}>
      <h1 class="page-title">{adminText(lang, 'users.title')}</h1>
      <NoticeBox notice={model.notice} />
      <DataTable
        caption={adminText(lang, 'users.caption')}
        columns={(['users.col.name', 'users.col.email', 'users.col.role', 'users.col.state', 'users.col.actions'] as const).map((key) => adminText(lang, key))}
        rows={users.map((user) => ({
          header: (
            <>
              {user.name}
              {user.isSelf && <span class="muted"> ({adminText(lang, 'users.you')})</span>}
            </>
          ),
          cells: [
            user.email,
            user.isSelf || user.disabled ? (
              adminText(lang, `role.${user.role}`)
            ) : (
              <form method="post" action={user.roleAction} class="inline-form">
                <CsrfInput csrf={chrome.csrf} />
                <label class="visually-hidden" for={`role-${user.id}`}>
                  {adminText(lang, 'users.roleFor', { name: user.name })}
                </label>
                <select id={`role-${user.id}`} name="role" class="field__input field__select field__select--small">
                  {roleOptions.map((o) => (
                    <option value={o.value} selected={o.value === user.role}>
                      {o.label}
                    </option>
                  ))}
                </select>
                <button type="submit" class="button button--secondary button--small" aria-label={adminText(lang, 'users.changeRoleLabel', { name: user.name })}>
                  {adminText(lang, 'users.changeRole')}
                </button>
              </form>
            ),
            adminText(lang, user.disabled ? 'users.disabled' : 'users.active'),
            !user.isSelf && !user.disabled ? (
              <form method="post" action={user.disableAction} class="inline-form">
                <CsrfInput csrf={chrome.csrf} />
                <button
                  type="submit"
                  class="button button--danger button--small"
                  aria-label={adminText(lang, 'users.disableLabel', { name: user.name })}
                  data-confirm={adminText(lang, 'users.confirmDisable', { name: user.name })}
                >
                  {adminText(lang, 'users.disable')}
                </button>
              </form>
            ) : (
              ''
            ),
          ],
        }))}
      />
      <section class="panel narrow" aria-labelledby="add-user-heading">
        <h2 class="panel__title" id="add-user-heading">
          {adminText(lang, 'users.add')}
        </h2>
        <form method="post" action={model.createAction}>
          <CsrfInput csrf={chrome.csrf} />
          <TextField id="new-email" name="email" type="email" autocomplete="off" label={adminText(lang, 'users.email')} value={form.email} error={errors.email} required />
          <TextField id="new-name" name="name" label={adminText(lang, 'users.name')} value={form.name} error={errors.name} required />
          <SelectField id="new-role" name="role" label={adminText(lang, 'users.role')} value={form.role} options={roleOptions} error={errors.role} />
          <TextField
            id="new-password"
            name="password"
            type="password"
            autocomplete="new-password"
            label={adminText(lang, 'users.password')}
            hint={adminText(lang, 'users.passwordHint')}
            value=""
            error={errors.password}
            required
          />
          <button type="submit" class="button">
            {adminText(lang, 'users.create')}
          </button>
        </form>
      </section>
    </AdminLayout>
  );
}
