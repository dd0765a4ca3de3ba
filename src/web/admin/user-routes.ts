/**
 * `/admin/users` (admins): the people who can sign in; `POST /admin/users` adds one,
 * `POST /admin/users/{id}/role` changes a role, `POST /admin/users/{id}/disable` disables an
 * account (its sessions end at once). The services refuse everyone but admins.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { ROLES } from '../../domain/actor.js';
import { DuplicateError, ValidationError } from '../../domain/errors.js';
import type { UsersModel } from '../../render/admin-view-models.js';
import { adminText } from '../../render/i18n/admin-messages.js';
import { renderUsersPage } from '../../render/pages/admin/users-page.js';
import { createUser } from '../../services/create-user.js';
import { getUser } from '../../services/get-user.js';
import { listUsers } from '../../services/list-users.js';
import { updateUser } from '../../services/update-user.js';
import { ADMIN_PATHS, chromeOf, contextOf, field, queryParam, sendPage, userOf, withDone, type AdminOptions } from './admin-request.js';

type IdParams = { Params: { id: string } };
type CreateForm = UsersModel['form'];
type CreateErrors = UsersModel['errors'];

const FORM_FIELDS = ['email', 'name', 'role', 'password'] as const;

/** Routes of the users page. */
export const userRoutes: FastifyPluginAsync<AdminOptions> = async (app, options) => {
  const { deps } = options;

  async function show(request: FastifyRequest, reply: FastifyReply, state: Partial<Pick<UsersModel, 'form' | 'errors' | 'notice'>>, status = 200) {
    const ctx = contextOf(request, deps);
    const me = userOf(request);
    const users = await listUsers(ctx);
    const chrome = chromeOf(request, options, 'users');
    const model: UsersModel = {
      chrome,
      users: users.map((u) => ({
        id: u.id,
        name: u.name,
        email: u.email,
        role: u.role,
        disabled: u.disabledAt !== null,
        createdAt: u.createdAt,
        isSelf: u.id === me.id,
        roleAction: `${ADMIN_PATHS.users}/${encodeURIComponent(u.id)}/role`,
        disableAction: `${ADMIN_PATHS.users}/${encodeURIComponent(u.id)}/disable`,
      })),
      roles: [...ROLES],
      createAction: ADMIN_PATHS.users,
      form: state.form ?? { email: '', name: '', role: 'contributor' },
      errors: state.errors ?? {},
      notice: state.notice ?? null,
    };
    return sendPage(reply, renderUsersPage(model), status);
  }

  /** The notice after a redirect: `done` says what happened, `who` to whom. */
  async function doneNotice(request: FastifyRequest): Promise<UsersModel['notice']> {
    const done = queryParam(request.query, 'done');
    const who = queryParam(request.query, 'who');
    if (!done || !who) return null;
    const lang = chromeOf(request, options, null).lang;
    const user = await getUser(contextOf(request, deps), who).catch(() => null);
    if (!user) return null;
    const role = adminText(lang, `role.${user.role}`);
    const key = done === 'created' ? 'users.created' : done === 'role' ? 'users.roleChanged' : done === 'disabled' ? 'users.disabledDone' : null;
    return key ? { kind: 'success', message: adminText(lang, key, { name: user.name, role }) } : null;
  }

  app.get('/users', async (request, reply) => show(request, reply, { notice: await doneNotice(request) }));

  app.post('/users', async (request, reply) => {
    const body = request.body;
    const form: CreateForm = { email: field(body, 'email'), name: field(body, 'name'), role: field(body, 'role') || 'contributor' };
    try {
      const user = await createUser(contextOf(request, deps), { ...form, password: field(body, 'password') });
      return reply.redirect(withDone(ADMIN_PATHS.users, 'created', { who: user.id }), 303);
    } catch (err) {
      if (!(err instanceof ValidationError || err instanceof DuplicateError)) throw err;
      const errors: CreateErrors = {};
      const name = (FORM_FIELDS as readonly string[]).includes(err.field) ? (err.field as (typeof FORM_FIELDS)[number]) : 'email';
      errors[name] = sentence(err instanceof ValidationError ? err.message.slice(err.field.length + 2) : err.message);
      const lang = chromeOf(request, options, null).lang;
      return show(request, reply, { form, errors, notice: { kind: 'error', message: adminText(lang, 'users.fixErrors') } }, err instanceof DuplicateError ? 409 : 400);
    }
  });

  app.post<IdParams>('/users/:id/role', async (request, reply) => {
    const user = await updateUser(contextOf(request, deps), { id: request.params.id, role: field(request.body, 'role') });
    return reply.redirect(withDone(ADMIN_PATHS.users, 'role', { who: user.id }), 303);
  });

  app.post<IdParams>('/users/:id/disable', async (request, reply) => {
    const user = await updateUser(contextOf(request, deps), { id: request.params.id, disabled: true });
    return reply.redirect(withDone(ADMIN_PATHS.users, 'disabled', { who: user.id }), 303);
  });
};

/** A service message as a sentence: capital first letter, full stop. */
function sentence(message: string): string {
  const text = message.charAt(0).toLocaleUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
