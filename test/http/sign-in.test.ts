/**
 * Signing in and out of the admin over HTTP (app.inject): the page, the cookie's attributes,
 * CSRF refusals, wrong passwords, the rate limit, expired and revoked sessions, and `next`.
 * A small app with the real session plugin guards a probe route the way the admin UI guards
 * its pages, so these tests do not depend on any particular admin page.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import Fastify, { type FastifyInstance, type LightMyRequestResponse } from 'fastify';
import { userActor, type User } from '../../src/domain/user.js';
import { authenticateSession } from '../../src/services/authenticate-session.js';
import { createUser } from '../../src/services/create-user.js';
import { revokeSession } from '../../src/services/revoke-session.js';
import { installErrorHandler } from '../../src/web/plugins/error-handler.js';
import { csrfTokenFor, installSessionAuth, protectAdminRoutes } from '../../src/web/plugins/session-auth.js';
import { buildTestApp, type TestApp } from '../support/build-test-app.js';

const PASSWORD = 'an editor password';

/** The cookies a response sets, by name, with their attribute text. */
function setCookies(res: LightMyRequestResponse): Map<string, string> {
  const header = res.headers['set-cookie'];
  const list = header === undefined ? [] : Array.isArray(header) ? header : [header];
  return new Map(list.map((c) => [c.slice(0, c.indexOf('=')), c]));
}

/** The value of a cookie in a Set-Cookie line. */
function cookieValue(line: string | undefined): string {
  assert.ok(line, 'the cookie was set');
  return line.slice(line.indexOf('=') + 1).split(';')[0]!;
}

/** The value of the hidden `_csrf` field of a page. */
function csrfFieldOf(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  assert.ok(match, 'the form has a _csrf field');
  return match[1]!;
}

describe('signing in to the admin', () => {
  let t: TestApp;
  let probe: FastifyInstance;
  let editor: User;

  /** Opens the sign-in page and returns the form's token and the matching cookie. */
  async function openForm(query = ''): Promise<{ csrf: string; cookie: string; res: LightMyRequestResponse }> {
    const res = await t.app.inject({ method: 'GET', url: `/admin/sign-in${query}` });
    assert.equal(res.statusCode, 200, res.body);
    const cookie = cookieValue(setCookies(res).get('dateline_signin_csrf'));
    return { csrf: csrfFieldOf(res.body), cookie, res };
  }

  /** Posts the sign-in form; the token and cookie are the page's unless given. */
  async function postForm(
    fields: Record<string, string>,
    options: { csrf?: string | null; cookie?: string | null; ip?: string; app?: FastifyInstance } = {},
  ): Promise<LightMyRequestResponse> {
    const form = await openForm();
    const csrf = options.csrf === undefined ? form.csrf : options.csrf;
    const cookie = options.cookie === undefined ? form.cookie : options.cookie;
    const body = new URLSearchParams({ ...fields, ...(csrf === null ? {} : { _csrf: csrf }) });
    return (options.app ?? t.app).inject({
      method: 'POST',
      url: '/admin/sign-in',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        ...(cookie === null ? {} : { cookie: `dateline_signin_csrf=${cookie}` }),
      },
      remoteAddress: options.ip ?? '192.0.2.10',
      payload: body.toString(),
    });
  }

  /** Signs the editor in and returns the session cookie's value. */
  async function signInEditor(): Promise<string> {
    const res = await postForm({ email: editor.email, password: PASSWORD });
    assert.equal(res.statusCode, 303, res.body);
    return cookieValue(setCookies(res).get('dateline_session'));
  }

  const asSession = (session: string, extra: Record<string, string> = {}) => ({ cookie: `dateline_session=${session}`, ...extra });

  before(async () => {
    t = await buildTestApp();
    const system = t.database.runtime.contextFor();
    editor = await createUser(system, { email: 'lucas@example.org', name: 'Lucas Moreau', role: 'editor', password: PASSWORD });

    // The probe: the real session plugin, and routes guarded as the admin UI guards its pages.
    const runtime = t.database.runtime;
    probe = Fastify({ logger: false });
    installErrorHandler(probe, async (_request, reply) => reply.status(404).send('not found'));
    await installSessionAuth(probe, { config: runtime.config, events: runtime.events, contextFor: runtime.contextFor, logger: false });
    await probe.register(async (admin) => {
      protectAdminRoutes(admin);
      admin.get('/admin/probe', async (request) => ({ user: request.user?.name, csrf: csrfTokenFor(request) }));
      admin.post('/admin/probe', async (request) => ({ saved: true, by: request.user?.name }));
    });
    await probe.ready();
  });
  after(async () => {
    await probe.close();
    await t.close();
  });

  describe('the page', () => {
    it('has visible labels, autocomplete hints, the admin stylesheet and no caching', async () => {
      const { res } = await openForm();
      const html = res.body;
      assert.match(res.headers['content-type'] as string, /^text\/html/);
      assert.equal(res.headers['cache-control'], 'no-store');
      assert.match(html, /^<!DOCTYPE html><html lang="en"/);
      assert.match(html, /<label for="signin-email">Email<\/label>/);
      assert.match(html, /<input id="signin-email" name="email" type="email"[^>]*autocomplete="username"/);
      assert.match(html, /<label for="signin-password">Password<\/label>/);
      assert.match(html, /<input id="signin-password" name="password" type="password" autocomplete="current-password"/);
      assert.match(html, /<button class="button" type="submit">Sign in<\/button>/);
      assert.match(html, /<form class="signin__form" method="post" action="\/admin\/sign-in">/);
      const href = /<link rel="stylesheet" href="(\/assets\/admin\.[0-9a-f]{12}\.css)"/.exec(html)?.[1];
      assert.ok(href, 'links the admin stylesheet');
      const css = await t.app.inject({ method: 'GET', url: href });
      assert.equal(css.statusCode, 200, 'the stylesheet is served');
      assert.ok(!html.includes('role="alert"'), 'no error before any attempt');
    });

    it('sets the double-submit cookie: HttpOnly, SameSite=Strict, only for the sign-in path', async () => {
      const { res, cookie, csrf } = await openForm();
      const line = setCookies(res).get('dateline_signin_csrf')!;
      assert.match(line, /; HttpOnly/);
      assert.match(line, /; SameSite=Strict/);
      assert.match(line, /; Path=\/admin\/sign-in/);
      assert.equal(cookie, csrf, 'the same value in the cookie and the form');
    });

    it('keeps only a safe next', async () => {
      assert.match((await openForm('?next=%2Fadmin%2Fstories%3Fstatus%3Ddraft')).res.body, /name="next" value="\/admin\/stories\?status=draft"/);
      assert.match((await openForm('?next=%2F%2Fevil.example%2F')).res.body, /name="next" value="\/admin"/);
      assert.match((await openForm('?next=https%3A%2F%2Fevil.example')).res.body, /name="next" value="\/admin"/);
    });
  });

  describe('CSRF on the sign-in form', () => {
    for (const [label, options] of [
      ['without a token or cookie', { csrf: null, cookie: null }],
      ['without the token', { csrf: null }],
      ['without the cookie', { cookie: null }],
      ['with a token that does not match the cookie', { csrf: 'A'.repeat(43) }],
    ] as const) {
      it(`refuses a post ${label} with 403, even with the right password`, async () => {
        const res = await postForm({ email: editor.email, password: PASSWORD }, options);
        assert.equal(res.statusCode, 403);
        assert.match(res.body, /role="alert"[^>]*><p>This sign-in form has expired or was not sent from this site\. Please try again\.<\/p>/);
        assert.equal(setCookies(res).has('dateline_session'), false, 'no session');
        const fresh = cookieValue(setCookies(res).get('dateline_signin_csrf'));
        assert.equal(csrfFieldOf(res.body), fresh, 'a new token to try again with');
      });
    }
  });

  describe('credentials', () => {
    it('signs in with a session cookie that is HttpOnly, SameSite=Lax, Secure behind https, and goes to the dashboard', async () => {
      const res = await postForm({ email: 'Lucas@Example.org', password: PASSWORD });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/admin');
      const line = setCookies(res).get('dateline_session')!;
      assert.match(line, /^dateline_session=[A-Za-z0-9_-]{43};/);
      assert.match(line, /; HttpOnly/);
      assert.match(line, /; SameSite=Lax/);
      assert.match(line, /; Secure/, 'the test site is https://news.example.org');
      assert.match(line, /; Path=\/;|; Path=\/$/);
      assert.match(line, /; Max-Age=1209600/, 'the absolute limit: 14 days');
    });

    it('leaves Secure off when the site is plain http', async () => {
      const plain = await buildTestApp('sqlite', { DATELINE_SITE_URL: 'http://127.0.0.1:3000' });
      try {
        await createUser(plain.database.runtime.contextFor(), { email: 'a@example.org', name: 'A', role: 'admin', password: PASSWORD });
        const page = await plain.app.inject({ method: 'GET', url: '/admin/sign-in' });
        const cookie = cookieValue(setCookies(page).get('dateline_signin_csrf'));
        const res = await plain.app.inject({
          method: 'POST',
          url: '/admin/sign-in',
          headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `dateline_signin_csrf=${cookie}` },
          payload: new URLSearchParams({ email: 'a@example.org', password: PASSWORD, _csrf: cookie }).toString(),
        });
        assert.equal(res.statusCode, 303, res.body);
        const line = setCookies(res).get('dateline_session')!;
        assert.match(line, /; HttpOnly/);
        assert.doesNotMatch(line, /Secure/);
      } finally {
        await plain.close();
      }
    });

    it('goes on to a safe next, and to the dashboard for any other', async () => {
      const ok = await postForm({ email: editor.email, password: PASSWORD, next: '/admin/stories?status=in_review' });
      assert.equal(ok.headers.location, '/admin/stories?status=in_review');
      for (const next of ['//evil.example/admin', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)']) {
        const res = await postForm({ email: editor.email, password: PASSWORD, next });
        assert.equal(res.statusCode, 303);
        assert.equal(res.headers.location, '/admin', next);
      }
    });

    it('answers a wrong password or unknown email with 401 and the same words, keeping the email', async () => {
      const wrong = await postForm({ email: editor.email, password: 'not the password' }, { ip: '192.0.2.20' });
      const unknown = await postForm({ email: 'nobody@example.org', password: PASSWORD }, { ip: '192.0.2.20' });
      for (const res of [wrong, unknown]) {
        assert.equal(res.statusCode, 401);
        assert.match(res.body, /<div class="alert alert--error" role="alert" id="signin-error"><p>The email or password is not right\.<\/p><\/div>/);
        assert.match(res.body, /aria-invalid="true"/);
        assert.equal(setCookies(res).has('dateline_session'), false);
      }
      assert.match(wrong.body, /value="lucas@example\.org"/);
      assert.match(unknown.body, /value="nobody@example\.org"/);
      assert.equal(wrong.body.replace('lucas@example.org', 'X'), unknown.body.replace('nobody@example.org', 'X').replace(csrfFieldOf(unknown.body), csrfFieldOf(wrong.body)));
    });

    it('asks for both fields when one is empty', async () => {
      const res = await postForm({ email: editor.email, password: '' });
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /Enter your email and your password\./);
    });

    it('refuses the 11th attempt in 15 minutes with 429 and Retry-After, even with the right password', async () => {
      const victim = await createUser(t.database.runtime.contextFor(), { email: 'amara@example.org', name: 'Amara Okafor', role: 'contributor', password: PASSWORD });
      t.clock.set('2026-03-18T10:00:00.000Z');
      for (let i = 0; i < 10; i++) {
        const res = await postForm({ email: victim.email, password: `guess number ${i}` }, { ip: `198.51.100.${i}` });
        assert.equal(res.statusCode, 401);
      }
      t.clock.set('2026-03-18T10:03:20.000Z');
      const res = await postForm({ email: victim.email, password: PASSWORD }, { ip: '198.51.100.99' });
      assert.equal(res.statusCode, 429);
      assert.equal(res.headers['retry-after'], '700', 'the first failure, at 10:00, leaves the window at 10:15');
      assert.match(res.body, /role="alert"[^>]*><p>Too many failed sign-ins\. Try again in 12 minutes, from 10:15 UTC\.<\/p>/);
      assert.equal(setCookies(res).has('dateline_session'), false);
      t.clock.set('2026-03-18T10:15:00.000Z');
      assert.equal((await postForm({ email: victim.email, password: PASSWORD }, { ip: '198.51.100.99' })).statusCode, 303);
      t.clock.set('2026-03-18T09:00:00.000Z');
    });

    it('sends a signed-in visitor of the sign-in page on to next', async () => {
      const session = await signInEditor();
      const res = await t.app.inject({ method: 'GET', url: '/admin/sign-in?next=%2Fadmin%2Fstories', headers: asSession(session) });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/admin/stories');
    });
  });

  describe('sessions', () => {
    it('a signed-in request reaches a guarded page; a signed-out GET is sent to sign in, a write gets 401', async () => {
      const session = await signInEditor();
      const ok = await probe.inject({ method: 'GET', url: '/admin/probe', headers: asSession(session) });
      assert.equal(ok.statusCode, 200);
      assert.equal(ok.json().user, 'Lucas Moreau');

      const out = await probe.inject({ method: 'GET', url: '/admin/probe?tab=2' });
      assert.equal(out.statusCode, 303);
      assert.equal(out.headers.location, '/admin/sign-in?next=%2Fadmin%2Fprobe%3Ftab%3D2');
      const write = await probe.inject({ method: 'POST', url: '/admin/probe', payload: { x: 1 } });
      assert.equal(write.statusCode, 401);
      assert.match(write.json().error.message, /not signed in/);
    });

    it('an idle session is over: the guarded page sends to sign in and the cookie is cleared', async () => {
      t.clock.set('2026-03-18T11:00:00.000Z');
      const session = await signInEditor();
      t.clock.advance(12 * 60 - 1);
      assert.equal((await probe.inject({ method: 'GET', url: '/admin/probe', headers: asSession(session) })).statusCode, 200);
      t.clock.advance(12 * 60);
      const res = await probe.inject({ method: 'GET', url: '/admin/probe', headers: asSession(session) });
      assert.equal(res.statusCode, 303);
      assert.match(res.headers.location as string, /^\/admin\/sign-in\?next=/);
      const cleared = setCookies(res).get('dateline_session');
      assert.ok(cleared, 'the cookie is cleared');
      assert.match(cleared, /^dateline_session=;/);
      assert.match(cleared, /Expires=Thu, 01 Jan 1970|Max-Age=0/);
      t.clock.set('2026-03-18T09:00:00.000Z');
    });

    it('a session past its absolute expiry is over, however active', async () => {
      t.clock.set('2026-03-01T08:00:00.000Z');
      const session = await signInEditor();
      for (let day = 0; day < 14; day++) {
        t.clock.advance(11 * 60);
        assert.equal((await probe.inject({ method: 'GET', url: '/admin/probe', headers: asSession(session) })).statusCode, 200, `day ${day}`);
      }
      t.clock.set('2026-03-15T08:00:00.000Z');
      assert.equal((await probe.inject({ method: 'GET', url: '/admin/probe', headers: asSession(session) })).statusCode, 303);
      t.clock.set('2026-03-18T09:00:00.000Z');
    });

    it('a revoked session is over at once; the other browser stays signed in', async () => {
      const session = await signInEditor();
      const other = await signInEditor();
      const policy = { idleMinutes: 720, maxDays: 14 };
      const signedIn = await authenticateSession(t.database.runtime.contextFor(), session, policy);
      assert.ok(signedIn);
      await revokeSession(t.database.runtime.contextFor(userActor(editor)), { sessionId: signedIn.session.id });
      const res = await probe.inject({ method: 'GET', url: '/admin/probe', headers: asSession(session) });
      assert.equal(res.statusCode, 303);
      assert.match(setCookies(res).get('dateline_session') ?? '', /^dateline_session=;/);
      assert.equal((await probe.inject({ method: 'GET', url: '/admin/probe', headers: asSession(other) })).statusCode, 200);
    });
  });

  describe('CSRF on cookie-authenticated writes', () => {
    it('refuses a write without the token, or with another session’s, with 403 and says why', async () => {
      const session = await signInEditor();
      const none = await probe.inject({ method: 'POST', url: '/admin/probe', headers: asSession(session), payload: { x: 1 } });
      assert.equal(none.statusCode, 403);
      assert.equal(none.json().error.code, 'forbidden');
      assert.match(none.json().error.message, /has no CSRF token \(the _csrf form field or X-CSRF-Token header\)/);

      const otherSession = await signInEditor();
      const otherToken = (await probe.inject({ method: 'GET', url: '/admin/probe', headers: asSession(otherSession) })).json().csrf;
      const wrong = await probe.inject({
        method: 'POST',
        url: '/admin/probe',
        headers: asSession(session, { 'content-type': 'application/x-www-form-urlencoded' }),
        payload: `_csrf=${otherToken}`,
      });
      assert.equal(wrong.statusCode, 403);
      assert.match(wrong.json().error.message, /does not match your session/);
    });

    it('accepts the session’s token in the _csrf field or the X-CSRF-Token header', async () => {
      const session = await signInEditor();
      const token = (await probe.inject({ method: 'GET', url: '/admin/probe', headers: asSession(session) })).json().csrf;
      assert.match(token, /^[A-Za-z0-9_-]{43}$/);
      const form = await probe.inject({
        method: 'POST',
        url: '/admin/probe',
        headers: asSession(session, { 'content-type': 'application/x-www-form-urlencoded' }),
        payload: `headline=x&_csrf=${token}`,
      });
      assert.equal(form.statusCode, 200, form.body);
      assert.deepEqual(form.json(), { saved: true, by: 'Lucas Moreau' });
      const header = await probe.inject({ method: 'POST', url: '/admin/probe', headers: asSession(session, { 'x-csrf-token': token }), payload: { x: 1 } });
      assert.equal(header.statusCode, 200, header.body);
    });

    it('sign-out needs the token: without it 403 and still signed in; with it, signed out and sent to sign in', async () => {
      const session = await signInEditor();
      const token = (await probe.inject({ method: 'GET', url: '/admin/probe', headers: asSession(session) })).json().csrf;
      const refused = await t.app.inject({ method: 'POST', url: '/admin/sign-out', headers: asSession(session) });
      assert.equal(refused.statusCode, 403);
      assert.equal((await probe.inject({ method: 'GET', url: '/admin/probe', headers: asSession(session) })).statusCode, 200, 'still signed in');

      const res = await t.app.inject({
        method: 'POST',
        url: '/admin/sign-out',
        headers: asSession(session, { 'content-type': 'application/x-www-form-urlencoded' }),
        payload: `_csrf=${token}`,
      });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/admin/sign-in');
      assert.match(setCookies(res).get('dateline_session') ?? '', /^dateline_session=;/);
      assert.equal((await probe.inject({ method: 'GET', url: '/admin/probe', headers: asSession(session) })).statusCode, 303, 'the session is over');
    });

    it('sign-out without a session just goes to the sign-in page', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/admin/sign-out' });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/admin/sign-in');
    });
  });
});
