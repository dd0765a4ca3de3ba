/**
 * Translations and languages in the admin, over HTTP: the Admin API's translation endpoints,
 * the editor's Translations panel and text direction, the translation board, and a person's
 * choice of admin language (pages in Arabic are laid out right to left, dates in Arabic).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import type { Role } from '../../src/domain/actor.js';
import type { User } from '../../src/domain/user.js';
import { createPersonalToken } from '../../src/services/create-personal-token.js';
import { createUser } from '../../src/services/create-user.js';
import { buildTestApp, type TestApp } from '../support/build-test-app.js';

const PASSWORD = 'a long enough password';

/** A signed-in browser: its cookie and the CSRF token its pages carry. */
interface Browser {
  user: User;
  get(path: string): Promise<LightMyRequestResponse>;
  post(path: string, fields: Record<string, string>): Promise<LightMyRequestResponse>;
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

/** The opening tag of the element with `id`. */
function tagOf(html: string, id: string): string {
  const match = new RegExp(`<(?:input|textarea|div|select)[^>]*\\bid="${id}"[^>]*>`).exec(html);
  assert.ok(match, `the page has #${id}`);
  return match[0];
}

/** The `<html>` element's opening tag. */
function htmlTag(html: string): string {
  return /<html[^>]*>/.exec(html)?.[0] ?? '';
}

describe('translations and languages in the admin', () => {
  let t: TestApp;
  const browsers = {} as Record<Role, Browser>;
  const tokens = {} as Record<Role, string>;

  async function signIn(role: Role): Promise<Browser> {
    const user = await createUser(t.database.runtime.contextFor(), { email: `${role}@newsroom.example`, name: `The ${role}`, role, password: PASSWORD });
    tokens[role] = (await createPersonalToken(t.database.runtime.contextFor(), { userId: user.id })).token;
    const form = await t.app.inject({ method: 'GET', url: '/admin/sign-in' });
    const res = await t.app.inject({
      method: 'POST',
      url: '/admin/sign-in',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `dateline_signin_csrf=${cookieOf(form, 'dateline_signin_csrf')}` },
      payload: new URLSearchParams({ email: user.email, password: PASSWORD, _csrf: csrfOf(form.body) }).toString(),
    });
    assert.equal(res.statusCode, 303, res.body);
    const cookie = `dateline_session=${cookieOf(res, 'dateline_session')}`;
    const csrf = csrfOf((await t.app.inject({ method: 'GET', url: '/admin', headers: { cookie } })).body);
    return {
      user,
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

  /** Calls the Admin API with a person's own token. */
  function api(role: Role, method: 'GET' | 'POST' | 'PATCH', path: string, payload?: object) {
    return t.app.inject({ method, url: `/api/admin/v1${path}`, headers: { authorization: `Bearer ${tokens[role]}` }, ...(payload ? { payload } : {}) });
  }

  before(async () => {
    t = await buildTestApp('sqlite', { DATELINE_LANGUAGES: 'en,fr,es,ar,zh,ru' });
    for (const role of ['contributor', 'editor', 'admin'] as const) browsers[role] = await signIn(role);
  });
  after(async () => {
    await t?.close();
  });

  describe('Admin API', () => {
    it('starts a translation (201), refuses a second one (409), a language the site lacks (400) and contributors (403)', async () => {
      const source = await t.createStory({ headline: 'Desalination plant opens on the coast', standfirst: 'Water for two towns.', topics: ['climate'], authors: ['amara-okafor'], datelinePlace: 'ADEN' });
      const res = await api('editor', 'POST', `/stories/${source.id}/translations`, { lang: 'ar' });
      assert.equal(res.statusCode, 201, res.body);
      const arabic = res.json().story;
      assert.equal(arabic.lang, 'ar');
      assert.equal(arabic.status, 'draft');
      assert.equal(arabic.translationGroupId, source.translationGroupId);
      assert.equal(arabic.headline, source.headline);
      assert.equal(arabic.body, source.body);
      assert.equal(arabic.datelinePlace, 'ADEN');
      assert.deepEqual(arabic.topics.map((x: { slug: string }) => x.slug), ['climate']);
      assert.deepEqual(arabic.authors.map((x: { slug: string }) => x.slug), ['amara-okafor']);

      const again = await api('admin', 'POST', `/stories/${source.id}/translations`, { lang: 'ar' });
      assert.equal(again.statusCode, 409);
      assert.equal(again.json().error.code, 'duplicate');
      assert.match(again.json().error.message, /already has a ar version/);
      const german = await api('editor', 'POST', `/stories/${source.id}/translations`, { lang: 'de' });
      assert.equal(german.statusCode, 400);
      assert.match(german.json().error.message, /"de" is not a language this site publishes in/);
      const writer = await api('contributor', 'POST', `/stories/${source.id}/translations`, { lang: 'fr' });
      assert.equal(writer.statusCode, 403);
      assert.equal(writer.json().error.message, 'only editor or admin may start a translation; you are contributor');
      assert.equal((await api('editor', 'POST', `/stories/${'f'.repeat(24)}/translations`, { lang: 'fr' })).statusCode, 404);
      assert.equal((await api('editor', 'POST', `/stories/${source.id}/translations`, { lang: 'fr', headline: 'x' })).statusCode, 400);
    });

    it("lists a story's versions, and the board lists a missing and an outdated translation", async () => {
      // Sessions have an idle limit: the clock only moves on by minutes in this suite.
      t.clock.advance(1);
      const source = await t.createStory({ headline: 'Night ferries resume' });
      t.clock.advance(5);
      const frenchAt = t.clock.now().toISOString();
      const french = (await api('editor', 'POST', `/stories/${source.id}/translations`, { lang: 'fr' })).json().story;
      const list = await api('contributor', 'GET', `/stories/${french.id}/translations`);
      assert.equal(list.statusCode, 200, list.body);
      const body = list.json();
      assert.equal(body.translationGroupId, source.translationGroupId);
      assert.deepEqual(
        body.translations.map((v: { lang: string; status: string; revision: number; source: boolean; outdated: boolean }) => [v.lang, v.status, v.revision, v.source, v.outdated]),
        [['en', 'draft', 1, true, false], ['fr', 'draft', 1, false, false]],
      );
      assert.equal(body.translations[1].updatedAt, frenchAt);
      assert.deepEqual(body.missing, ['es', 'ar', 'zh', 'ru']);

      const missing = (await api('editor', 'GET', '/translations?lang=es&state=missing&limit=100')).json();
      assert.ok(missing.stories.some((g: { translationGroupId: string }) => g.translationGroupId === source.translationGroupId));
      assert.equal(missing.meta.pagination.page, 1);
      const outdatedBefore = (await api('editor', 'GET', '/translations?state=outdated&limit=100')).json();
      assert.ok(!outdatedBefore.stories.some((g: { translationGroupId: string }) => g.translationGroupId === source.translationGroupId));

      t.clock.advance(5);
      const edit = await api('editor', 'PATCH', `/stories/${source.id}`, { revision: source.revision, body: 'The ferries sail again at night.' });
      assert.equal(edit.statusCode, 200, edit.body);
      const outdated = (await api('editor', 'GET', '/translations?lang=fr&state=outdated&limit=100')).json();
      const group = outdated.stories.find((g: { translationGroupId: string }) => g.translationGroupId === source.translationGroupId);
      assert.ok(group, 'the French translation is outdated once the English body changed');
      assert.equal(group.translations.find((v: { lang: string }) => v.lang === 'fr').outdated, true);

      assert.equal((await api('contributor', 'GET', '/translations')).statusCode, 403);
      assert.equal((await api('editor', 'GET', '/translations?state=stale')).statusCode, 400);
      assert.equal((await api('editor', 'GET', `/stories/${'f'.repeat(24)}/translations`)).statusCode, 404);
    });
  });

  describe('the editor', () => {
    it('writes an Arabic story right to left in an English admin, and a new story in the direction of its text', async () => {
      const source = await t.createStory({ headline: 'Solar kiosks light up market stalls', datelinePlace: 'CAIRO' });
      const arabic = (await api('editor', 'POST', `/stories/${source.id}/translations`, { lang: 'ar' })).json().story;
      const page = await browsers.editor.get(`/admin/stories/${arabic.id}`);
      assert.equal(page.statusCode, 200);
      assert.match(htmlTag(page.body), /lang="en"/);
      assert.match(htmlTag(page.body), /dir="ltr"/);
      for (const id of ['headline', 'standfirst', 'body', 'datelinePlace', 'preview']) {
        const tag = tagOf(page.body, id);
        assert.match(tag, /\blang="ar"/, `#${id} is Arabic`);
        assert.match(tag, /\bdir="rtl"/, `#${id} runs right to left`);
      }
      const english = await browsers.editor.get(`/admin/stories/${source.id}`);
      assert.match(tagOf(english.body, 'headline'), /\blang="en"[^>]*\bdir="ltr"|\bdir="ltr"[^>]*\blang="en"/);
      const fresh = await browsers.editor.get('/admin/stories/new');
      assert.match(tagOf(fresh.body, 'headline'), /\bdir="auto"/);
      assert.doesNotMatch(tagOf(fresh.body, 'headline'), /\blang=/);
    });

    it('lists the versions and starts a translation from the Translations panel', async () => {
      const source = await t.createStory({ headline: 'Seed bank opens its doors', topics: ['climate'] });
      const editorPath = `/admin/stories/${source.id}`;
      const page = (await browsers.editor.get(editorPath)).body;
      assert.match(page, /<h2 class="panel__title" id="translations-heading">Translations<\/h2>/);
      assert.match(page, /<strong aria-current="page">English \(en\)<\/strong>/);
      assert.match(page, /<span class="badge badge--source">source<\/span>/);
      assert.match(page, /<select[^>]*id="translationLang"[^>]*name="translationLang"/);
      for (const name of ['French \\(fr\\)', 'Spanish \\(es\\)', 'Arabic \\(ar\\)', 'Chinese \\(zh\\)', 'Russian \\(ru\\)']) {
        assert.match(page, new RegExp(`<option value="[a-z]+"[^>]*>${name}</option>`));
      }
      assert.match(page, new RegExp(`<button type="submit" class="button button--secondary" formaction="${editorPath}/translations" formnovalidate>Start translation</button>`));

      // The button posts the editor's own form: its fields come along and are ignored.
      const res = await browsers.editor.post(`${editorPath}/translations`, { translationLang: 'ru', headline: 'Ignored', body: 'Ignored', revision: '1' });
      assert.equal(res.statusCode, 303, res.body);
      const location = String(res.headers.location);
      assert.match(location, /^\/admin\/stories\/[0-9a-f]{24}\?done=translation-started$/);
      const russian = await browsers.editor.get(location);
      assert.match(russian.body, /Translation started\. The fields hold the text it was made from/);
      assert.match(tagOf(russian.body, 'headline'), /value="Seed bank opens its doors"/);
      assert.match(tagOf(russian.body, 'headline'), /\blang="ru"/);
      assert.match(russian.body, /<strong aria-current="page">Russian \(ru\)<\/strong>/);
      assert.match(russian.body, new RegExp(`<a href="${editorPath}">English \\(en\\)</a>`));
      assert.doesNotMatch(russian.body, /<option value="ru"/, 'Russian is no longer offered');

      const twice = await browsers.editor.post(`${editorPath}/translations`, { translationLang: 'ru' });
      assert.equal(twice.statusCode, 409);
      assert.match(twice.body, /The story already has a ru version/);
    });

    it('shows contributors the versions but no way to start one, and refuses their posts', async () => {
      const source = await t.createStory({ headline: 'Rooftop gardens spread' });
      const page = (await browsers.contributor.get(`/admin/stories/${source.id}`)).body;
      assert.match(page, /id="translations-heading"/);
      assert.doesNotMatch(page, /translationLang/);
      const res = await browsers.contributor.post(`/admin/stories/${source.id}/translations`, { translationLang: 'fr' });
      assert.equal(res.statusCode, 403);
      assert.match(res.body, /Only editor or admin may start a translation/);
    });
  });

  describe('the translation board', () => {
    it('is in the navigation of editors and admins only', async () => {
      for (const role of ['contributor', 'editor', 'admin'] as const) {
        const page = (await browsers[role].get('/admin')).body;
        assert.equal(/<a href="\/admin\/translations"/.test(page), role !== 'contributor', role);
      }
      const refused = await browsers.contributor.get('/admin/translations');
      assert.equal(refused.statusCode, 403);
      assert.match(refused.body, /Only editor or admin may see the translation board/);
    });

    it('shows missing languages with a Translate button and flags an outdated translation', async () => {
      t.clock.advance(1);
      const source = await t.createStory({ headline: 'Cable car links hillside districts' });
      t.clock.advance(5);
      const spanish = (await api('editor', 'POST', `/stories/${source.id}/translations`, { lang: 'es' })).json().story;

      const board = await browsers.editor.get('/admin/translations?lang=fr&state=missing');
      assert.equal(board.statusCode, 200);
      assert.match(board.body, /<h1 class="page-title">Translations<\/h1>/);
      assert.match(board.body, /<a href="\/admin\/translations" aria-current="page">Translations<\/a>/);
      assert.match(board.body, new RegExp(`<a class="table__headline" href="/admin/stories/${source.id}" lang="en" dir="ltr">Cable car links hillside districts</a>`));
      assert.match(board.body, /aria-label="Translate “Cable car links hillside districts” into French \(fr\)"/);
      assert.match(board.body, /<option value="missing" selected>Missing translations<\/option>/);

      const none = await browsers.editor.get('/admin/translations?state=outdated');
      assert.doesNotMatch(none.body, /Cable car links hillside districts/);

      t.clock.advance(5);
      const editedAt = t.clock.now().toISOString();
      const edit = await api('editor', 'PATCH', `/stories/${source.id}`, { revision: source.revision, headline: 'Cable car links the hillside districts' });
      assert.equal(edit.statusCode, 200);
      const outdated = await browsers.editor.get('/admin/translations?lang=es&state=outdated');
      assert.match(outdated.body, /Cable car links the hillside districts/);
      assert.match(outdated.body, /<span class="badge badge--outdated">Outdated<\/span>/);
      assert.match(outdated.body, new RegExp(`The source changed on <time datetime="${editedAt}"`));
      assert.match(outdated.body, new RegExp(`<a class="board__version" href="/admin/stories/${spanish.id}"><span class="visually-hidden">Spanish \\(es\\) version of “Cable car links hillside districts”: </span>`));

      // The board's button starts the translation and opens it.
      const start = await browsers.editor.post(`/admin/stories/${source.id}/translations`, { translationLang: 'zh' });
      assert.equal(start.statusCode, 303);
      const chinese = await browsers.editor.get(String(start.headers.location));
      assert.match(tagOf(chinese.body, 'headline'), /\blang="zh"[^>]*\bdir="ltr"/);
    });
  });

  describe('the admin in the person’s own language', () => {
    it('offers the six languages on the account page, each named in itself, and refuses others', async () => {
      const page = (await browsers.admin.get('/admin/account')).body;
      assert.match(page, /<label class="field__label" for="locale">Language<\/label>/);
      assert.match(page, /<option value selected>The site’s default language<\/option>/);
      for (const [code, name] of [['fr', 'Français'], ['es', 'Español'], ['ar', 'العربية'], ['zh', '中文'], ['ru', 'Русский']]) {
        assert.match(page, new RegExp(`<option value="${code}" lang="${code}">${name}</option>`));
      }
      const refused = await browsers.admin.post('/admin/account/language', { locale: 'de' });
      assert.equal(refused.statusCode, 400);
      assert.match(refused.body, /the admin is not written in &quot;de&quot;|the admin is not written in "de"/i);
    });

    it('shows an Arabic speaker every page in Arabic, right to left, with dates in Arabic', async () => {
      const arabic = browsers.admin;
      const saved = await arabic.post('/admin/account/language', { locale: 'ar' });
      assert.equal(saved.statusCode, 303);
      assert.equal(saved.headers.location, '/admin/account?done=language');
      const account = await arabic.get('/admin/account?done=language');
      assert.match(htmlTag(account.body), /lang="ar"/);
      assert.match(htmlTag(account.body), /dir="rtl"/);
      assert.match(account.body, /صارت صفحات الإدارة تُعرض بهذه اللغة/);
      assert.match(account.body, /<option value="ar" selected lang="ar">العربية<\/option>/);

      const source = await t.createStory({ headline: 'Drought plan agreed' });
      for (const path of ['/admin', '/admin/stories', '/admin/translations', `/admin/stories/${source.id}`, `/admin/stories/${source.id}/revisions`, '/admin/audit', '/admin/users']) {
        const res = await arabic.get(path);
        assert.equal(res.statusCode, 200, path);
        assert.match(htmlTag(res.body), /lang="ar" dir="rtl"/, path);
        assert.match(res.body, /<a class="skip-link" href="#main">انتقل إلى المحتوى<\/a>/, path);
      }
      const editor = (await arabic.get(`/admin/stories/${source.id}`)).body;
      assert.match(editor, /<label class="field__label" for="headline">العنوان<\/label>/);
      // The English story keeps its own direction inside the Arabic admin.
      assert.match(tagOf(editor, 'headline'), /\blang="en"[^>]*\bdir="ltr"/);
      // Dates through Intl in Arabic (with the Arabic comma and the Arabic sign for the morning).
      const lastSaved = /<time datetime="([^"]+)" data-local>([^<]+)<\/time>/.exec(/<p class="page-meta">[\s\S]*?<\/p>/.exec(editor)?.[0] ?? '');
      assert.ok(lastSaved, 'the editor says when the story was saved');
      const inArabic = new Intl.DateTimeFormat('ar', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(lastSaved[1]!));
      assert.equal(lastSaved[2], `${inArabic} UTC`);
      assert.match(lastSaved[2]!, /،/);

      // Another person's pages stay in the site's default language.
      assert.match(htmlTag((await browsers.editor.get('/admin')).body), /lang="en" dir="ltr"/);
      await arabic.post('/admin/account/language', { locale: '' });
      assert.match(htmlTag((await arabic.get('/admin')).body), /lang="en" dir="ltr"/);
    });
  });
});
