/**
 * `/admin/account`: who you are, the language of your admin pages and every browser you are
 * signed in on, with `POST /admin/account/language` (the admin language),
 * `POST /admin/account/sessions/{id}/revoke` (sign that one out) and
 * `POST /admin/account/sign-out-everywhere` (every session, this one included).
 */
import type { FastifyPluginAsync } from 'fastify';
import { ValidationError } from '../../domain/errors.js';
import type { AccountModel, AdminOption } from '../../render/admin-view-models.js';
import { ADMIN_LANGUAGES, adminText } from '../../render/i18n/admin-messages.js';
import { languageAutonym } from '../../render/i18n/language-names.js';
import { renderAccountPage } from '../../render/pages/admin/account-page.js';
import { listSessions } from '../../services/list-sessions.js';
import { revokeSession } from '../../services/revoke-session.js';
import { setUserLocale } from '../../services/set-user-locale.js';
import { clearSessionCookie, SIGN_IN_PATH, sessionPolicyOf } from '../plugins/session-auth.js';
import { ADMIN_PATHS, chromeOf, contextOf, field, queryParam, sendPage, userOf, withDone, type AdminOptions } from './admin-request.js';
import { describeBrowser } from './user-agent.js';

/** Notices after a post to the account page, by the `done` value of the redirect. */
const DONE = { revoked: 'account.revoked', language: 'account.languageSaved' } as const;

/** The admin languages to choose from, each named in itself; first the site's default. */
function languageChoices(uiLang: string): AdminOption[] {
  return [
    { value: '', label: adminText(uiLang, 'account.languageDefault') },
    ...ADMIN_LANGUAGES.map((code) => ({ value: code, label: languageAutonym(code), lang: code })),
  ];
}

/** Routes of the account page. */
export const accountRoutes: FastifyPluginAsync<AdminOptions> = async (app, options) => {
  const { deps } = options;
  const policy = sessionPolicyOf(deps.config);

  app.get('/account', async (request, reply) => {
    const user = userOf(request);
    const sessions = await listSessions(contextOf(request, deps), { userId: user.id }, policy);
    const chrome = chromeOf(request, options, 'account');
    const current = request.session?.id;
    const done = doneKey(queryParam(request.query, 'done'));
    const model: AccountModel = {
      chrome,
      user: { name: user.name, email: user.email, role: user.role },
      language: { action: `${ADMIN_PATHS.account}/language`, value: user.locale ?? '', options: languageChoices(chrome.lang) },
      sessions: sessions
        .map((s) => ({
          id: s.id,
          address: s.address,
          browser: describeBrowser(s.userAgent),
          createdAt: s.createdAt,
          lastSeenAt: s.lastSeenAt,
          current: s.id === current,
          revokeAction: `${ADMIN_PATHS.account}/sessions/${encodeURIComponent(s.id)}/revoke`,
        }))
        // This browser first: it is the one people look for.
        .sort((a, b) => Number(b.current) - Number(a.current)),
      signOutEverywhereAction: `${ADMIN_PATHS.account}/sign-out-everywhere`,
      notice: done ? { kind: 'success', message: adminText(chrome.lang, done) } : null,
    };
    return sendPage(reply, renderAccountPage(model));
  });

  app.post('/account/language', async (request, reply) => {
    const locale = field(request.body, 'locale');
    if (locale !== '' && !ADMIN_LANGUAGES.includes(locale)) {
      throw new ValidationError('locale', `the admin is not written in "${locale}"; choose one of ${ADMIN_LANGUAGES.join(', ')}`);
    }
    await setUserLocale(contextOf(request, deps), { userId: userOf(request).id, locale: locale === '' ? null : locale });
    return reply.redirect(withDone(ADMIN_PATHS.account, 'language'), 303);
  });

  app.post<{ Params: { id: string } }>('/account/sessions/:id/revoke', async (request, reply) => {
    await revokeSession(contextOf(request, deps), { sessionId: request.params.id });
    if (request.params.id === request.session?.id) {
      clearSessionCookie(reply, deps.config);
      return reply.redirect(SIGN_IN_PATH, 303);
    }
    return reply.redirect(withDone(ADMIN_PATHS.account, 'revoked'), 303);
  });

  app.post('/account/sign-out-everywhere', async (request, reply) => {
    const ctx = contextOf(request, deps);
    const sessions = await listSessions(ctx, { userId: userOf(request).id }, policy);
    // This browser's session last, so the others are gone before this request loses its own.
    const ordered = [...sessions].sort((a, b) => Number(a.id === request.session?.id) - Number(b.id === request.session?.id));
    for (const session of ordered) await revokeSession(ctx, { sessionId: session.id });
    clearSessionCookie(reply, deps.config);
    return reply.redirect(SIGN_IN_PATH, 303);
  });
};

/** The message key of a `done` value, or undefined. */
function doneKey(done: string): (typeof DONE)[keyof typeof DONE] | undefined {
  return Object.hasOwn(DONE, done) ? DONE[done as keyof typeof DONE] : undefined;
}
