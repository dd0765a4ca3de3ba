/**
 * Signing in and out of the admin UI: `GET /admin/sign-in` (the form), `POST /admin/sign-in`
 * (check, open a session, go on to `next`) and `POST /admin/sign-out`.
 *
 * The sign-in form comes before any session, so its CSRF protection is a double-submit cookie:
 * the page puts a random value both in a SameSite=Strict cookie and in the form, and a post
 * whose field does not match the cookie is refused. Another site can make a browser post the
 * form, but it can neither read nor set the cookie, so it cannot sign a victim into its account.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { describeWait, RateLimitedError, UnauthenticatedError } from '../../domain/errors.js';
import { renderSignInPage, type SignInPageModel } from '../../render/pages/admin/sign-in-page.js';
import { signIn } from '../../services/sign-in.js';
import { signOut } from '../../services/sign-out.js';
import type { AppDeps } from '../build-app.js';
import {
  clearSessionCookie,
  CSRF_FIELD,
  formField,
  requireCsrf,
  sameSecret,
  sessionPolicyOf,
  sessionTokenOf,
  setSessionCookie,
  SIGN_IN_PATH,
} from '../plugins/session-auth.js';
import { safeNextPath } from './safe-next.js';

/** Options of the sign-in routes. */
export interface AuthRouteOptions {
  deps: AppDeps;
  /** Content-hashed path of the admin stylesheet. */
  stylesheetHref: string;
}

/** Where the sign-out form posts. */
export const SIGN_OUT_PATH = '/admin/sign-out';

/** The double-submit cookie of the sign-in form. */
const SIGN_IN_CSRF_COOKIE = 'dateline_signin_csrf';
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** What the page says for each refusal. */
const MESSAGES = {
  wrongCredentials: 'The email or password is not right.',
  missing: 'Enter your email and your password.',
  csrf: 'This sign-in form has expired or was not sent from this site. Please try again.',
} as const;

/** The sign-in and sign-out routes (registered on the root app: they are the way in). */
export const authRoutes: FastifyPluginAsync<AuthRouteOptions> = async (app, { deps, stylesheetHref }) => {
  const policy = sessionPolicyOf(deps.config);

  /** Sends the sign-in page with the browser's double-submit token, or a new one when it has none (or `fresh`). */
  function sendPage(
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    state: Pick<SignInPageModel, 'email' | 'error' | 'next'>,
    fresh = false,
  ) {
    const existing = request.cookies[SIGN_IN_CSRF_COOKIE];
    const reuse = !fresh && existing !== undefined && TOKEN_SHAPE.test(existing);
    const csrf = reuse ? existing : randomBytes(32).toString('base64url');
    reply.setCookie(SIGN_IN_CSRF_COOKIE, csrf, {
      httpOnly: true,
      sameSite: 'strict',
      secure: deps.config.secureCookies,
      path: SIGN_IN_PATH,
    });
    const html = renderSignInPage({
      siteName: deps.config.siteName,
      stylesheetHref,
      action: SIGN_IN_PATH,
      csrf: { name: CSRF_FIELD, value: csrf },
      ...state,
    });
    return reply.status(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html);
  }

  app.get<{ Querystring: { next?: string } }>(SIGN_IN_PATH, async (request, reply) => {
    const next = typeof request.query.next === 'string' ? request.query.next : undefined;
    if (request.user) return reply.redirect(safeNextPath(next), 303);
    return sendPage(request, reply, 200, { email: '', error: null, next: next ? safeNextPath(next) : '' });
  });

  app.post(SIGN_IN_PATH, async (request, reply) => {
    const email = formField(request.body, 'email') ?? '';
    const password = formField(request.body, 'password') ?? '';
    const rawNext = formField(request.body, 'next');
    const next = rawNext ? safeNextPath(rawNext) : '';
    const cookieToken = request.cookies[SIGN_IN_CSRF_COOKIE];
    const formToken = formField(request.body, CSRF_FIELD);
    if (cookieToken === undefined || !TOKEN_SHAPE.test(cookieToken) || !sameSecret(formToken, cookieToken)) {
      // With a new token: the old one may be what was wrong.
      return sendPage(request, reply, 403, { email, next, error: { message: MESSAGES.csrf, fields: false } }, true);
    }
    if (email.trim() === '' || password === '') {
      return sendPage(request, reply, 400, { email, next, error: { message: MESSAGES.missing, fields: true } });
    }
    const ctx = deps.contextFor();
    try {
      const result = await signIn(
        ctx,
        { email, password, address: request.ip, userAgent: request.headers['user-agent'] ?? null },
        policy,
      );
      setSessionCookie(reply, result.token, deps.config);
      reply.clearCookie(SIGN_IN_CSRF_COOKIE, { path: SIGN_IN_PATH });
      return reply.redirect(safeNextPath(rawNext), 303);
    } catch (err) {
      if (err instanceof UnauthenticatedError) {
        return sendPage(request, reply, 401, { email, next, error: { message: MESSAGES.wrongCredentials, fields: true } });
      }
      if (err instanceof RateLimitedError) {
        reply.header('retry-after', String(err.retryAfterSeconds));
        const message = tooManyAttempts(err.retryAfterSeconds, ctx.clock());
        return sendPage(request, reply, 429, { email, next, error: { message, fields: false } });
      }
      throw err;
    }
  });

  app.post(SIGN_OUT_PATH, async (request, reply) => {
    if (request.user) {
      await requireCsrf(request);
      await signOut(deps.contextFor(), sessionTokenOf(request));
    }
    clearSessionCookie(reply, deps.config);
    return reply.redirect(SIGN_IN_PATH, 303);
  });
};

/** "Too many failed sign-ins. Try again in 14 minutes, from 09:30 UTC." */
function tooManyAttempts(seconds: number, now: Date): string {
  // The minute shown is rounded up, so trying at that time always works.
  const from = new Date(Math.ceil((now.getTime() + seconds * 1000) / 60_000) * 60_000);
  return `Too many failed sign-ins. Try again in ${describeWait(seconds)}, from ${from.toISOString().slice(11, 16)} UTC.`;
}
