/**
 * Sessions of the admin UI: the `dateline_session` cookie resolved to the signed-in person on
 * every `/admin` request, the hook that sends strangers to the sign-in page, and CSRF
 * protection for every cookie-authenticated write.
 *
 * The CSRF token of a session is an HMAC-SHA256 of the session token under a fixed label: a
 * page can carry it, only someone holding the (HttpOnly) cookie can compute it, nothing extra
 * is stored, and every instance derives the same token. The sign-in form, which comes before
 * any session, uses a double-submit cookie instead (see web/admin/auth-routes.ts).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config/config.js';
import type { Actor } from '../../domain/actor.js';
import { ForbiddenError, UnauthenticatedError } from '../../domain/errors.js';
import type { SessionInfo, SessionPolicy } from '../../domain/session.js';
import { userActor, type User } from '../../domain/user.js';
import { authenticateSession } from '../../services/authenticate-session.js';
import type { AppDeps } from '../build-app.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in person of an `/admin` request; null when signed out (or outside /admin). */
    user: User | null;
    /** The session of the signed-in person (its id marks "this browser" in lists); null when signed out. */
    session: SessionInfo | null;
  }
}

/** Name of the session cookie. */
export const SESSION_COOKIE = 'dateline_session';
/** Name of the form field that carries the CSRF token. */
export const CSRF_FIELD = '_csrf';
/** Name of the request header that carries the CSRF token (for scripts: autosave, preview). */
export const CSRF_HEADER = 'x-csrf-token';
/** Where people sign in. */
export const SIGN_IN_PATH = '/admin/sign-in';

// Changing the label invalidates every form on every open page: keep it.
const CSRF_LABEL = 'dateline csrf v1';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The raw token of each signed-in request, kept off the request object so nothing prints it. */
const sessionTokens = new WeakMap<FastifyRequest, string>();

/** The session limits from configuration. */
export function sessionPolicyOf(config: Config): SessionPolicy {
  return { idleMinutes: config.sessionIdleMinutes, maxDays: config.sessionMaxDays };
}

/** True for the paths the session plugin looks after: the admin UI. */
export function isAdminPath(url: string): boolean {
  return url === '/admin' || url.startsWith('/admin/') || url.startsWith('/admin?');
}

/**
 * Installs cookie and form parsing and the session resolution on the root app (call it before
 * the route families, with `await`). Requests outside /admin pay nothing.
 */
export async function installSessionAuth(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await app.register(cookie);
  await app.register(formbody);
  app.decorateRequest('user', null);
  app.decorateRequest('session', null);
  const policy = sessionPolicyOf(deps.config);

  app.addHook('onRequest', async (request, reply) => {
    if (!isAdminPath(request.url)) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token === undefined) return;
    const signedIn = await authenticateSession(deps.contextFor(), token, policy);
    if (!signedIn) {
      // Revoked, expired or unknown: treated as signed out, and the browser forgets it.
      clearSessionCookie(reply, deps.config);
      return;
    }
    request.user = signedIn.user;
    request.session = signedIn.session;
    sessionTokens.set(request, token);
  });
}

/** Sets the session cookie after sign-in: HttpOnly, SameSite=Lax, Secure behind https, for the session's lifetime. */
export function setSessionCookie(reply: FastifyReply, token: string, config: Config): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies,
    path: '/',
    maxAge: config.sessionMaxDays * 86_400,
  });
}

/** Tells the browser to forget the session cookie. */
export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: config.secureCookies, path: '/' });
}

/** The session token of a signed-in request (for sign-out); undefined when signed out. */
export function sessionTokenOf(request: FastifyRequest): string | undefined {
  return sessionTokens.get(request);
}

/** The actor a signed-in request acts as. @throws UnauthenticatedError when nobody is signed in. */
export function sessionActorOf(request: FastifyRequest): Actor {
  const user = request.user;
  if (!user) throw new UnauthenticatedError('you are not signed in; sign in again');
  return userActor(user);
}

/**
 * The CSRF token of the request's session, for the hidden `_csrf` field of every form that
 * changes something and the `X-CSRF-Token` header of scripts. @throws UnauthenticatedError when signed out.
 */
export function csrfTokenFor(request: FastifyRequest): string {
  const token = sessionTokens.get(request);
  if (!token) throw new UnauthenticatedError('you are not signed in; sign in again');
  return csrfTokenOfSession(token);
}

function csrfTokenOfSession(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update(CSRF_LABEL).digest('base64url');
}

/** Compares two secrets in constant time; false when either is missing. */
export function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The value of a form field: the first when repeated, undefined when absent or not text. */
export function formField(body: unknown, name: string): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const value = (body as Record<string, unknown>)[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : undefined;
}

/**
 * Hook for the admin UI (`onRequest` or later): a signed-out GET or HEAD is sent to the sign-in
 * page with `next` set to where it was going (303); any other signed-out request is a 401.
 */
export async function requireSignedIn(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (request.user) return;
  if (request.method === 'GET' || request.method === 'HEAD') {
    return reply.redirect(`${SIGN_IN_PATH}?next=${encodeURIComponent(request.url)}`, 303);
  }
  throw new UnauthenticatedError('you are not signed in, or your session has ended; sign in again');
}

/**
 * Hook for the admin UI (`preValidation`, once the body is parsed): every request that could
 * change something must carry the session's CSRF token in the `_csrf` field or the
 * `X-CSRF-Token` header, else 403. A request without a session is a 401.
 */
export async function requireCsrf(request: FastifyRequest): Promise<void> {
  if (SAFE_METHODS.has(request.method)) return;
  const token = sessionTokens.get(request);
  if (!token) throw new UnauthenticatedError('you are not signed in, or your session has ended; sign in again');
  const header = request.headers[CSRF_HEADER];
  const given = formField(request.body, CSRF_FIELD) ?? (typeof header === 'string' ? header : undefined);
  if (!sameSecret(given, csrfTokenOfSession(token))) {
    throw new ForbiddenError(
      given === undefined
        ? 'this request has no CSRF token (the _csrf form field or X-CSRF-Token header); reload the page and try again'
        : 'the CSRF token of this request does not match your session; reload the page and try again',
    );
  }
}

/** Both hooks on an encapsulated admin plugin: sign-in first, then the CSRF check of writes. */
export function protectAdminRoutes(app: FastifyInstance): void {
  app.addHook('onRequest', requireSignedIn);
  app.addHook('preValidation', requireCsrf);
}
