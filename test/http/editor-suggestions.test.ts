/**
 * The editor's Suggestions panel over HTTP (app.inject), as a browser without JavaScript uses
 * it: the analysis' suggestions with their reasons, Accept and Reject as plain forms (POST with
 * the CSRF token, 303, GET), a rejection that holds through later analyses, an accepted topic
 * that files the story, and people who may not edit the story seeing no buttons.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import type { Role } from '../../src/domain/actor.js';
import type { AdminStoryJson } from '../../src/render/json/admin-story.js';
import { createUser } from '../../src/services/create-user.js';
import { DROUGHT, PRICES } from '../support/analysis-stories.js';
import { buildTestApp, type TestApp } from '../support/build-test-app.js';

const PASSWORD = 'a long enough password';

/** A signed-in browser without JavaScript. */
interface Browser {
  cookie: string;
  get(path: string): Promise<LightMyRequestResponse>;
  post(path: string, fields: Record<string, string>): Promise<LightMyRequestResponse>;
}

function cookieOf(res: LightMyRequestResponse, name: string): string {
  const header = res.headers['set-cookie'];
  const line = (Array.isArray(header) ? header : [header ?? '']).find((c) => c.startsWith(`${name}=`));
  assert.ok(line, `the response sets ${name}`);
  return line.slice(name.length + 1).split(';')[0]!;
}

function csrfOf(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  assert.ok(match, 'the page has a CSRF field');
  return match[1]!;
}

/** The form a suggestion's buttons submit: its action, found through the Accept button's accessible name. */
function formOf(html: string, label: string): { action: string; hasCsrf: boolean } {
  const button = new RegExp(`<button type="submit" form="([^"]+)" name="decision" value="accepted"[^>]*aria-label="Accept ${label}"`).exec(html);
  assert.ok(button, `an Accept button for ${label}`);
  const form = new RegExp(`<form id="${button[1]}" method="post" action="([^"]+)">(.*?)</form>`, 's').exec(html);
  assert.ok(form, `the form ${button[1]} exists`);
  return { action: form[1]!, hasCsrf: /name="_csrf"/.test(form[2]!) };
}

/** The panel's HTML. */
function panelOf(html: string): string {
  const start = html.indexOf('<section class="panel suggestions" id="suggestions"');
  assert.ok(start >= 0, 'the editor has the Suggestions panel');
  return html.slice(start, html.indexOf('</section>', start));
}

describe('editor suggestions', () => {
  let t: TestApp;
  const browsers = {} as Record<Role, Browser>;
  let story: AdminStoryJson;
  let editorPath: string;

  async function signIn(role: Role): Promise<Browser> {
    const email = `${role}@newsroom.example`;
    await createUser(t.database.runtime.contextFor(), { email, name: `The ${role}`, role, password: PASSWORD });
    const form = await t.app.inject({ method: 'GET', url: '/admin/sign-in' });
    const res = await t.app.inject({
      method: 'POST',
      url: '/admin/sign-in',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `dateline_signin_csrf=${cookieOf(form, 'dateline_signin_csrf')}` },
      payload: new URLSearchParams({ email, password: PASSWORD, _csrf: csrfOf(form.body) }).toString(),
    });
    assert.equal(res.statusCode, 303, res.body);
    const cookie = `dateline_session=${cookieOf(res, 'dateline_session')}`;
    const csrf = csrfOf((await t.app.inject({ method: 'GET', url: '/admin', headers: { cookie } })).body);
    return {
      cookie,
      get: (path) => t.app.inject({ method: 'GET', url: path, headers: { cookie } }),
      post: (path, fields) =>
        t.app.inject({
          method: 'POST',
          url: path,
          headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
          payload: new URLSearchParams({ _csrf: csrf, ...fields }).toString(),
        }),
    };
  }

  async function runJobs(): Promise<void> {
    const summary = await t.database.runtime.jobs.runDueJobs();
    assert.equal(summary.failed + summary.retried, 0, 'every job succeeded');
  }

  before(async () => {
    t = await buildTestApp('sqlite');
    for (const role of ['contributor', 'editor'] as const) browsers[role] = await signIn(role);
    story = await t.createStory({ ...DROUGHT });
    editorPath = `/admin/stories/${story.id}`;
  });
  after(async () => {
    await t?.close();
  });

  it('says the text is being analysed until the job has run, then shows each suggestion with its reason', async () => {
    const before = panelOf((await browsers.editor.get(editorPath)).body);
    assert.match(before, /The text is being analysed; suggestions appear here shortly\./);
    await runJobs();

    const html = (await browsers.editor.get(editorPath)).body;
    const panel = panelOf(html);
    assert.match(panel, /<h2 class="panel__title" id="suggestions-heading">Suggestions<\/h2>/);
    assert.match(panel, /<span class="badge badge--suggestion">Person<\/span> <strong class="suggestion__label">Amina Diallo<\/strong>/);
    assert.match(panel, /<p class="suggestion__reason">spokesperson for the World Food Programme; named 2 times; quoted 2 times<\/p>/);
    assert.match(panel, /<span class="badge badge--suggestion">Organisation<\/span> <strong class="suggestion__label">World Food Programme<\/strong>/);
    assert.match(panel, /<span class="badge badge--suggestion">Place<\/span> <strong class="suggestion__label">Kenya<\/strong>/);
    assert.match(panel, /<span class="badge badge--suggestion">Topic<\/span> <strong class="suggestion__label">Topic climate<\/strong>/);
    assert.match(panel, /keywords: drought \(3\), climate/);
    assert.match(panel, /<span class="badge badge--suggestion">Region<\/span> <strong class="suggestion__label">Region africa<\/strong>/);
    const form = formOf(html, 'Amina Diallo');
    assert.match(form.action, new RegExp(`^/admin/stories/${story.id}/suggestions/[0-9a-f]{24}$`));
    assert.ok(form.hasCsrf, 'the form carries the CSRF token');
    assert.ok(html.indexOf(`<form id="suggestion-`) > html.indexOf('</form>'), 'the decision forms sit outside the editor’s form');
  });

  it('rejects without JavaScript, and the rejection holds when the story is analysed again', async () => {
    const { action } = formOf((await browsers.editor.get(editorPath)).body, 'Amina Diallo');
    const res = await browsers.editor.post(action, { decision: 'rejected' });
    assert.equal(res.statusCode, 303, res.body);
    assert.equal(res.headers.location, `${editorPath}?done=suggestion-rejected#suggestions`);
    const after = await browsers.editor.get(String(res.headers.location).split('#')[0]!);
    assert.match(after.body, /Suggestion rejected; it will not be offered again for this story\./);
    assert.ok(!/aria-label="Accept Amina Diallo"/.test(after.body), 'no longer offered');
    assert.match(panelOf(after.body), /Amina Diallo\s*— rejected/);

    const current = (await t.admin('GET', `/stories/${story.id}`)).json().story as AdminStoryJson;
    const saved = await t.admin('PATCH', `/stories/${story.id}`, { revision: current.revision, body: `${DROUGHT.body}\n\nMs. Diallo said more trucks were on their way.` });
    assert.equal(saved.statusCode, 200, saved.body);
    await runJobs();
    const again = (await browsers.editor.get(editorPath)).body;
    assert.ok(!/aria-label="Accept Amina Diallo"/.test(again), 'still not offered after a new analysis');
    assert.ok(/aria-label="Accept World Food Programme"/.test(again), 'the others still are');
    const analysis = (await t.admin('GET', `/stories/${story.id}/analysis`)).json().analysis;
    assert.equal(analysis.current, true);
    assert.ok(!analysis.entities.some((e: { name: string }) => e.name === 'Amina Diallo'), 'and the story is not linked to her');
  });

  it('accepts a topic without JavaScript, filing the story under it through a new revision', async () => {
    const before = (await t.admin('GET', `/stories/${story.id}`)).json().story as AdminStoryJson;
    const { action } = formOf((await browsers.editor.get(editorPath)).body, 'Topic climate');
    const res = await browsers.editor.post(action, { decision: 'accepted' });
    assert.equal(res.statusCode, 303, res.body);
    assert.equal(res.headers.location, `${editorPath}?done=suggestion-accepted#suggestions`);
    const after = await browsers.editor.get(`${editorPath}?done=suggestion-accepted`);
    assert.match(after.body, /Suggestion accepted\./);
    assert.match(after.body, /<input[^>]*id="topics"[^>]*value="climate"/);
    const now = (await t.admin('GET', `/stories/${story.id}`)).json().story as AdminStoryJson;
    assert.deepEqual(now.topics.map((x) => x.slug), ['climate']);
    assert.equal(now.revision, before.revision + 1);
    assert.match(panelOf(after.body), /Topic climate\s*— accepted/);
  });

  it('is read-only for someone who may not edit the story, and refuses posts without the CSRF token', async () => {
    const other = await t.createStory({ ...PRICES });
    await runJobs();
    const path = `/admin/stories/${other.id}`;
    const seen = (await browsers.contributor.get(path)).body;
    assert.match(panelOf(seen), /Amina Diallo/);
    assert.ok(!/aria-label="Accept /.test(seen), 'a contributor sees no buttons on a story that is not theirs');
    const { action } = formOf((await browsers.editor.get(path)).body, 'Amina Diallo');
    const refused = await browsers.contributor.post(action, { decision: 'rejected' });
    assert.equal(refused.statusCode, 403);
    const forged = await t.app.inject({
      method: 'POST',
      url: action,
      headers: { cookie: browsers.editor.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'decision=rejected',
    });
    assert.equal(forged.statusCode, 403, 'a signed-in editor’s post without the token (another site’s form) is refused');
    const analysis = (await t.admin('GET', `/stories/${other.id}/analysis`)).json().analysis;
    assert.ok(analysis.suggestions.every((s: { decision: string | null }) => s.decision === null), 'nothing was decided');
  });
});
