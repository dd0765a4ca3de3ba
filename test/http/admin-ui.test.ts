/**
 * The admin UI over HTTP (app.inject), as a browser without JavaScript uses it: people sign in
 * through the sign-in form, read every page, save stories with plain forms (POST, 303, GET),
 * meet conflicts with their text kept, and are refused what their role may not do.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import type { Role } from '../../src/domain/actor.js';
import { createUser } from '../../src/services/create-user.js';
import { buildTestApp, type TestApp } from '../support/build-test-app.js';

const PASSWORD = 'a long enough password';

/** A signed-in browser: its cookie and the CSRF token its pages carry. */
interface Browser {
  role: Role;
  cookie: string;
  csrf: string;
  get(path: string): Promise<LightMyRequestResponse>;
  post(path: string, fields: Record<string, string>, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
}

function cookieOf(res: LightMyRequestResponse, name: string): string {
  const header = res.headers['set-cookie'];
  const list = header === undefined ? [] : Array.isArray(header) ? header : [header];
  const line = list.find((c) => c.startsWith(`${name}=`));
  assert.ok(line, `the response sets ${name}`);
  return line.slice(name.length + 1).split(';')[0]!;
}

function csrfOf(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  assert.ok(match, 'the page has a CSRF field');
  return match[1]!;
}

/** The text of a `<textarea>` by id, decoded. */
function textareaOf(html: string, id: string): string {
  const match = new RegExp(`<textarea[^>]*id="${id}"[^>]*>([\\s\\S]*?)</textarea>`).exec(html);
  assert.ok(match, `the page has a textarea #${id}`);
  return match[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** The value of an `<input>` by name. */
function inputOf(html: string, name: string): string {
  const match = new RegExp(`<input[^>]*name="${name}"[^>]*value="([^"]*)"`).exec(html) ?? new RegExp(`<input[^>]*value="([^"]*)"[^>]*name="${name}"`).exec(html);
  assert.ok(match, `the page has an input ${name}`);
  return match[1]!;
}

/** The labels of the editor's workflow buttons. */
function buttonsOf(html: string): string[] {
  return [...html.matchAll(/<button[^>]*name="intent"[^>]*>([^<]*)<\/button>/g)].map((m) => m[1]!);
}

describe('admin UI over HTTP', () => {
  let t: TestApp;
  const browsers = {} as Record<Role, Browser>;

  /** Adds a person of `role` and signs them in through the sign-in form, as a browser does. */
  async function signIn(role: Role): Promise<Browser> {
    await createUser(t.database.runtime.contextFor(), { email: `${role}@newsroom.example`, name: `The ${role}`, role, password: PASSWORD });
    return signInAgain(role);
  }

  /** Creates a story through the no-JS form; returns its editor path. */
  async function createThroughForm(who: Browser, headline: string, body: string): Promise<string> {
    const res = await who.post('/admin/stories', { lang: 'en', headline, standfirst: '', body, type: 'news', topics: 'climate', regions: '', tags: '', authors: '' });
    assert.equal(res.statusCode, 303, res.body);
    const location = String(res.headers.location);
    assert.match(location, /^\/admin\/stories\/[0-9a-f]{24}\?done=created$/);
    return location.split('?')[0]!;
  }

  before(async () => {
    t = await buildTestApp('sqlite');
    for (const role of ['contributor', 'editor', 'admin'] as const) browsers[role] = await signIn(role);
  });

  after(async () => {
    await t?.close();
  });

  it('sends people who are not signed in to the sign-in page, and refuses their posts', async () => {
    const page = await t.get('/admin/stories');
    assert.equal(page.statusCode, 303);
    assert.equal(page.headers.location, '/admin/sign-in?next=%2Fadmin%2Fstories');
    const post = await t.app.inject({ method: 'POST', url: '/admin/stories', payload: { headline: 'x' } });
    assert.equal(post.statusCode, 401);
  });

  it('renders every page for each role, with navigation that matches the role', async () => {
    const path = await createThroughForm(browsers.editor, 'Harbour cranes return to work', 'The cranes moved again on Monday.');
    for (const role of ['contributor', 'editor', 'admin'] as const) {
      const who = browsers[role];
      for (const page of ['/admin', '/admin/stories', '/admin/stories?status=draft&q=cranes', '/admin/stories/new', path, `${path}/revisions`, `${path}/revisions/1`, '/admin/account']) {
        const res = await who.get(page);
        assert.equal(res.statusCode, 200, `${role} ${page}: ${res.body.slice(0, 300)}`);
        assert.match(res.headers['content-type'] as string, /^text\/html/);
        assert.equal(res.headers['cache-control'], 'no-store');
        assert.match(res.body, /<main id="main"/);
        assert.match(res.body, /<a class="skip-link" href="#main">Skip to content<\/a>/);
        assert.match(res.body, /<button type="submit" class="button button--quiet button--small">Sign out<\/button>/);
        assert.equal(/href="\/admin\/users"/.test(res.body), role === 'admin', `${role} sees Users only as admin`);
      }
      for (const page of ['/admin/users', '/admin/audit']) {
        const res = await who.get(page);
        assert.equal(res.statusCode, role === 'admin' ? 200 : 403, `${role} ${page}`);
        if (role !== 'admin') assert.match(res.body, /Only admin may/);
      }
    }
    const list = await browsers.editor.get('/admin/stories?q=harbour');
    assert.match(list.body, /Harbour cranes return to work/);
    const mine = await browsers.contributor.get('/admin/stories?mine=1&q=harbour');
    assert.match(mine.body, /No stories match these filters/, 'the editor wrote it, not the contributor');
    assert.match(mine.body, /<input type="checkbox" id="filter-mine" name="mine" value="1" checked\/>/);
    const none = await browsers.editor.get('/admin/stories?q=zeppelin');
    assert.match(none.body, /No stories match these filters/);
  });

  it('saves a story with a plain form: POST, 303, and a new revision', async () => {
    const who = browsers.contributor;
    const path = await createThroughForm(who, 'Night ferry timetable changes', 'First draft.');
    const editor = await who.get(path);
    assert.equal(inputOf(editor.body, 'revision'), '1');
    assert.deepEqual(buttonsOf(editor.body), ['Save', 'Submit for review']);
    const res = await who.post(path, {
      revision: '1',
      headline: 'Night ferry timetable changes',
      standfirst: 'Three crossings a week instead of five.',
      body: 'Second draft,\r\nwith more detail.',
      intent: 'save',
    });
    assert.equal(res.statusCode, 303, res.body);
    assert.equal(res.headers.location, `${path}?done=saved`);
    const after = await who.get(String(res.headers.location));
    assert.match(after.body, /Saved as revision 2\./);
    assert.equal(inputOf(after.body, 'revision'), '2');
    assert.equal(textareaOf(after.body, 'body'), 'Second draft,\nwith more detail.');
    const history = await who.get(`${path}/revisions`);
    assert.match(history.body, /<th scope="row">2<\/th>/);
    const diff = await who.get(`${path}/revisions/1/diff/2`);
    assert.equal(diff.statusCode, 200);
    assert.match(diff.body, /<del class="diff__removed">.*First.*<\/del>/);
    assert.match(diff.body, /<ins class="diff__added">.*Second.*<\/ins>/);
    // Restoring revision 1 makes a new revision with its text; history is never rewritten.
    const restored = await who.post(`${path}/revisions/1/restore`, { revision: '2' });
    assert.equal(restored.statusCode, 303, restored.body);
    assert.match((await who.get(String(restored.headers.location))).body, /Revision 1 restored as revision 3\./);
    assert.equal(textareaOf((await who.get(path)).body, 'body'), 'First draft.');
    const stale = await who.post(`${path}/revisions/1/restore`, { revision: '2' });
    assert.equal(stale.statusCode, 409, 'a restore from an old page is a conflict');
  });

  it('shows a stale save as a conflict, with what changed and the text kept', async () => {
    const who = browsers.editor;
    const path = await createThroughForm(who, 'Drought talks resume', 'Delegates met in the morning.');
    const first = await who.post(path, { revision: '1', headline: 'Drought talks resume', body: 'Delegates met in the morning and agreed a timetable.' });
    assert.equal(first.statusCode, 303);
    const mine = 'Delegates met at noon, after a long delay.';
    const second = await who.post(path, { revision: '1', headline: 'Drought talks resume', body: mine, intent: 'save' });
    assert.equal(second.statusCode, 409);
    assert.match(second.body, /role="alert"[^>]*aria-labelledby="conflict-title"/);
    assert.match(second.body, /Somebody else saved this story while you were editing/);
    assert.match(second.body, /<ins class="diff__added">.*agreed.*<\/ins>/);
    assert.equal(textareaOf(second.body, 'body'), mine, 'the second writer keeps their text');
    // The form now stands on the stored revision, so saving again is a deliberate choice.
    assert.equal(inputOf(second.body, 'revision'), '2');
    const again = await who.post(path, { revision: '2', headline: 'Drought talks resume', body: mine });
    assert.equal(again.statusCode, 303);
  });

  it('keeps the fields the second writer did not touch as the first writer saved them', async () => {
    const who = browsers.editor;
    const path = await createThroughForm(who, 'Seed bank opens', 'The vault opened.');
    await who.post(path, { revision: '1', headline: 'Seed bank opens its doors', body: 'The vault opened.' });
    const res = await who.post(path, { revision: '1', headline: 'Seed bank opens', body: 'The vault opened to visitors.' });
    assert.equal(res.statusCode, 409);
    assert.equal(inputOf(res.body, 'headline'), 'Seed bank opens its doors', 'the untouched headline is the newer one');
    assert.equal(textareaOf(res.body, 'body'), 'The vault opened to visitors.');
  });

  it('shows a contributor no Publish button and answers a forced publish with a 403 page', async () => {
    const who = browsers.contributor;
    const path = await createThroughForm(who, 'Clinic boat reaches islands', 'The boat arrived.');
    const editor = await who.get(path);
    assert.ok(!buttonsOf(editor.body).includes('Publish'));
    const res = await who.post(path, { revision: '1', headline: 'Clinic boat reaches islands', body: 'The boat arrived.', intent: 'publish' });
    assert.equal(res.statusCode, 403);
    assert.match(res.headers['content-type'] as string, /^text\/html/);
    assert.match(res.body, /You may not do that/);
    assert.match(res.body, /Only editor or admin may publish a story; you are contributor\./);
    const editorView = await browsers.editor.get(path);
    assert.ok(buttonsOf(editorView.body).includes('Publish'));
  });

  it('refuses a write without the CSRF token', async () => {
    const who = browsers.editor;
    const res = await t.app.inject({
      method: 'POST',
      url: '/admin/stories',
      headers: { cookie: who.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'lang=en&headline=Forged&body=x',
    });
    assert.equal(res.statusCode, 403);
    assert.match(res.body, /CSRF token/);
  });

  it('runs the review: submit, send back with a comment the writer sees, schedule', async () => {
    const writer = browsers.contributor;
    const editor = browsers.editor;
    const path = await createThroughForm(writer, 'River clinic hours extended', 'The clinic stays open later.');
    assert.equal((await writer.post(path, { revision: '1', intent: 'submit' })).headers.location, `${path}?done=submitted`);
    const review = await editor.get(path);
    assert.deepEqual(buttonsOf(review.body), ['Save', 'Publish', 'Send back', 'Schedule']);
    const missing = await editor.post(path, { revision: '2', intent: 'send-back', comment: '' });
    assert.equal(missing.statusCode, 400);
    assert.match(missing.body, /<p class="field__error" id="comment-error">Is required and must not be empty\.<\/p>/);
    assert.match(missing.body, /aria-describedby="comment-hint comment-error"/);
    const sent = await editor.post(path, { revision: '2', intent: 'send-back', comment: 'Please name the clinic director.' });
    assert.equal(sent.statusCode, 303, sent.body);
    const back = await writer.get(path);
    assert.match(back.body, /Changes requested/);
    assert.match(back.body, /Please name the clinic director\./);
    await writer.post(path, { revision: '3', intent: 'submit' });
    const at = new Date(Date.parse('2026-03-18T09:00:00Z') + 3_600_000);
    const scheduled = await editor.post(path, { revision: '4', intent: 'schedule', scheduleFor: at.toISOString().slice(0, 16), scheduleForOffset: '' });
    assert.equal(scheduled.statusCode, 303, scheduled.body);
    const shown = await editor.get(String(scheduled.headers.location));
    assert.match(shown.body, /Scheduled\. It will be published at the time you set\./);
    assert.equal(inputOf(shown.body, 'scheduleFor'), '2026-03-18T10:00:00');
    // The writer's local time was two hours ahead of UTC: the offset moves it back.
    const moved = await editor.post(path, { revision: '5', intent: 'schedule', scheduleFor: '2026-03-18T13:30', scheduleForOffset: '-120' });
    assert.equal(moved.statusCode, 303, moved.body);
    assert.equal(inputOf((await editor.get(path)).body, 'scheduleFor'), '2026-03-18T11:30:00');
  });

  it('renders the preview and autosaves with revision checks for the script', async () => {
    const who = browsers.editor;
    const preview = await who.post('/admin/preview', { body: '**Bold** claim\n\n<script>alert(1)</script>', datelinePlace: 'GENEVA' });
    assert.equal(preview.statusCode, 200);
    assert.match(preview.body, /<span class="dateline">GENEVA<\/span>/);
    assert.match(preview.body, /<strong>Bold<\/strong>/);
    assert.doesNotMatch(preview.body, /<script>/);
    const path = await createThroughForm(who, 'Autosaved story', 'One.');
    const json = { accept: 'application/json' };
    const saved = await who.post(`${path}/autosave`, { revision: '1', headline: 'Autosaved story', body: 'One. Two.' }, json);
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal(saved.json().revision, 2);
    const stale = await who.post(`${path}/autosave`, { revision: '1', headline: 'Autosaved story', body: 'One. Three.' }, json);
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().error.code, 'revision_conflict');
  });

  it('lets an admin add a person, change a role and disable an account', async () => {
    const admin = browsers.admin;
    const bad = await admin.post('/admin/users', { email: 'not-an-email', name: 'Someone', role: 'editor', password: PASSWORD });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /id="new-email-error"/);
    assert.match(bad.body, /value="not-an-email"/, 'the typed email is kept');
    const created = await admin.post('/admin/users', { email: 'desk@newsroom.example', name: 'Desk Writer', role: 'contributor', password: PASSWORD });
    assert.equal(created.statusCode, 303, created.body);
    const list = await admin.get(String(created.headers.location));
    assert.match(list.body, /Desk Writer can now sign in as contributor\./);
    const id = /\/admin\/users\/([0-9a-f]+)\/role/.exec(list.body.slice(list.body.indexOf('Desk Writer')))?.[1];
    assert.ok(id);
    const promoted = await admin.post(`/admin/users/${id}/role`, { role: 'editor' });
    assert.match(String(promoted.headers.location), /done=role/);
    assert.match((await admin.get(String(promoted.headers.location))).body, /Desk Writer is now editor\./);
    const disabled = await admin.post(`/admin/users/${id}/disable`, {});
    assert.match((await admin.get(String(disabled.headers.location))).body, /Desk Writer is disabled/);
    const forbidden = await browsers.editor.post('/admin/users', { email: 'x@newsroom.example', name: 'X', role: 'admin', password: PASSWORD });
    assert.equal(forbidden.statusCode, 403);
  });

  it('lists your sessions and signs one out', async () => {
    const other = await t.app.inject({ method: 'GET', url: '/admin/account', headers: { cookie: browsers.admin.cookie } });
    assert.match(other.body, /This browser/);
    const revoke = /action="(\/admin\/account\/sessions\/[^"]+\/revoke)"/.exec(other.body)?.[1];
    assert.ok(revoke);
    const res = await browsers.admin.post(revoke, {});
    assert.equal(res.statusCode, 303);
    // It was this browser's only session: signed out, and sent to sign in.
    assert.equal(res.headers.location, '/admin/sign-in');
    assert.equal((await browsers.admin.get('/admin')).statusCode, 303);
    browsers.admin = await signInAgain('admin');
  });

  it('shows the audit log to admins, filtered by story', async () => {
    const path = await createThroughForm(browsers.contributor, 'Audited story', 'Text.');
    await browsers.contributor.post(path, { revision: '1', intent: 'submit' });
    const id = path.split('/').pop()!;
    const res = await browsers.admin.get(`/admin/audit?storyId=${id}`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /submitted for review/);
    assert.doesNotMatch(res.body, /Harbour cranes/);
  });

  /** Signs an existing person in: the sign-in form, its cookie, then the dashboard for the CSRF token. */
  async function signInAgain(role: Role): Promise<Browser> {
    const email = `${role}@newsroom.example`;
    const form = await t.app.inject({ method: 'GET', url: '/admin/sign-in' });
    const res = await t.app.inject({
      method: 'POST',
      url: '/admin/sign-in',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `dateline_signin_csrf=${cookieOf(form, 'dateline_signin_csrf')}` },
      payload: new URLSearchParams({ email, password: PASSWORD, _csrf: csrfOf(form.body) }).toString(),
    });
    assert.equal(res.statusCode, 303, res.body);
    const cookie = `dateline_session=${cookieOf(res, 'dateline_session')}`;
    const dashboard = await t.app.inject({ method: 'GET', url: '/admin', headers: { cookie } });
    assert.equal(dashboard.statusCode, 200, dashboard.body);
    const csrf = csrfOf(dashboard.body);
    return {
      role,
      cookie,
      csrf,
      get: (path) => t.app.inject({ method: 'GET', url: path, headers: { cookie } }),
      post: (path, fields, headers = {}) =>
        t.app.inject({
          method: 'POST',
          url: path,
          headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', ...headers },
          payload: new URLSearchParams({ _csrf: csrf, ...fields }).toString(),
        }),
    };
  }
});
