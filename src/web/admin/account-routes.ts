/**
 * `/admin/account`: who you are and every browser you are signed in on, with
 * `POST /admin/account/sessions/{id}/revoke` (sign that one out) and
 * `POST /admin/account/sign-out-everywhere` (every session, this one included).
 */
import type { FastifyPluginAsync } from 'fastify';
import type { AccountModel } from '../../render/admin-view-models.js';
import { adminText } from '../../render/i18n/admin-messages.js';
import { renderAccountPage } from '../../render/pages/admin/account-page.js';
import { listSessions } from '../../services/list-sessions.js';
import { revokeSession } from '../../services/revoke-session.js';
import { clearSessionCookie, SIGN_IN_PATH, sessionPolicyOf } from '../plugins/session-auth.js';
import { ADMIN_PATHS, chromeOf, contextOf, queryParam, sendPage, userOf, withDone, type AdminOptions } from './admin-request.js';
import { describeBrowser } from './user-agent.js';

/** Routes of the account page. */
export const accountRoutes: FastifyPluginAsync<AdminOptions> = async (app, options) => {
  const { deps } = options;
  const policy = sessionPolicyOf(deps.config);

  app.get('/account', async (request, reply) => {
    const user = userOf(request);
    const sessions = await listSessions(contextOf(request, deps), { userId: user.id }, policy);
    const chrome = chromeOf(request, options, 'account');
    const current = request.session?.id;
    const model: AccountModel = {
      chrome,
      user: { name: user.name, email: user.email, role: user.role },
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
      notice: queryParam(request.query, 'done') === 'revoked' ? { kind: 'success', message: adminText(chrome.lang, 'account.revoked') } : null,
    };
    return sendPage(reply, renderAccountPage(model));
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
