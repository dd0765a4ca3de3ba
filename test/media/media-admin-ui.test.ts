/**
 * The media library and the editor's hero image panel over HTTP, as a browser without
 * JavaScript uses them: a multipart upload with its CSRF field, the grid and its filters, the
 * picture's page (description per language, where-used, delete while unused), and the editor
 * panel uploading a picture and choosing one from the library.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import type { Role } from '../../src/domain/actor.js';
import { createUser } from '../../src/services/create-user.js';
import { buildTestApp, type TestApp } from '../support/build-test-app.js';
import { NOT_AN_IMAGE, photo } from './test-images.js';

const PASSWORD = 'a long enough password';

interface Person {
  cookie: string;
  csrf: string;
  get(path: string): Promise<LightMyRequestResponse>;
  post(path: string, fields: Record<string, string>): Promise<LightMyRequestResponse>;
  upload(path: string, fields: Record<string, string>, file?: { name: string; bytes: Buffer }): Promise<LightMyRequestResponse>;
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

function multipart(fields: Record<string, string>, file?: { name: string; bytes: Buffer }) {
  const boundary = '----datelineform';
  const parts: Buffer[] = Object.entries(fields).map(([k, v]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  if (file) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: image/jpeg\r\n\r\n`), file.bytes, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

describe('media library and hero panel in the admin UI', () => {
  let t: TestApp;
  const people = {} as Record<Role, Person>;

  async function signIn(role: Role): Promise<Person> {
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
      csrf,
      get: (path) => t.app.inject({ method: 'GET', url: path, headers: { cookie } }),
      post: (path, fields) =>
        t.app.inject({ method: 'POST', url: path, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams({ _csrf: csrf, ...fields }).toString() }),
      upload: (path, fields, file) => {
        const { payload, contentType } = multipart({ _csrf: csrf, ...fields }, file);
        return t.app.inject({ method: 'POST', url: path, headers: { cookie, 'content-type': contentType }, payload });
      },
    };
  }

  before(async () => {
    t = await buildTestApp('sqlite');
    for (const role of ['contributor', 'editor'] as const) people[role] = await signIn(role);
  });
  after(async () => {
    await t?.close();
  });

  it('uploads with a plain multipart form (CSRF checked), then shows the picture to describe', async () => {
    const editor = people.editor;
    const noToken = multipart({}, { name: 'x.jpg', bytes: await photo('jpeg', 300, 200) });
    const refused = await t.app.inject({ method: 'POST', url: '/admin/media', headers: { cookie: editor.cookie, 'content-type': noToken.contentType }, payload: noToken.payload });
    assert.equal(refused.statusCode, 403, 'no CSRF token, no upload');
    const res = await editor.upload('/admin/media', {}, { name: 'cranes.jpg', bytes: await photo('jpeg', 900, 600) });
    assert.equal(res.statusCode, 303, res.body);
    const location = String(res.headers.location);
    assert.match(location, /^\/admin\/media\/[0-9a-f]{24}\?done=created$/);
    const page = await editor.get(location);
    assert.equal(page.statusCode, 200, page.body);
    assert.match(page.body, /<h1 class="page-title">cranes\.jpg<\/h1>/);
    assert.match(page.body, /Uploaded\. Now describe the picture\./);
    assert.match(page.body, /<label class="field__label" for="alt-fr">Alt text \(French \(fr\)\)<\/label>/);
    const again = await editor.upload('/admin/media', {}, { name: 'copy.jpg', bytes: await photo('jpeg', 900, 600) });
    assert.equal(again.headers.location, location.replace('created', 'existing'));
    const text = await editor.upload('/admin/media', {}, { name: 'notes.jpg', bytes: NOT_AN_IMAGE });
    assert.equal(text.statusCode, 415);
    assert.match(text.body, /not an image Dateline can read/);
  });

  it('describes a picture per language and finds it by caption, credit, use and missing alt text', async () => {
    const editor = people.editor;
    const location = String((await editor.upload('/admin/media', {}, { name: 'market.png', bytes: await photo('png', 500, 300) })).headers.location);
    const path = location.split('?')[0]!;
    const saved = await editor.post(path, {
      'alt.en': 'Stalls of vegetables under a striped awning',
      'alt.fr': '',
      'alt.ar': '',
      'alt.ru': '',
      'caption.en': 'The Saturday market in Kayar.',
      'caption.fr': 'Le marché du samedi à Kayar.',
      'caption.ar': '',
      'caption.ru': '',
      credit: 'Dateline/Illustration',
      source: 'Test drawing',
      focalX: '0,3',
      focalY: '0.6',
    });
    assert.equal(saved.statusCode, 303, saved.body);
    assert.equal(saved.headers.location, `${path}?done=saved`);
    const page = (await editor.get(String(saved.headers.location))).body;
    assert.match(page, /Description saved\./);
    assert.match(page, /Stalls of vegetables under a striped awning<\/textarea>/);
    assert.match(page, /name="focalX" type="number" min="0" max="1" step="0.01" value="0.3"/);
    const byCaption = (await editor.get('/admin/media?q=samedi')).body;
    assert.match(byCaption, /Pictures: 1/);
    assert.match(byCaption, /market\.png/);
    const missingFr = (await editor.get('/admin/media?missingAlt=fr')).body;
    assert.match(missingFr, /market\.png/);
    const missingEn = (await editor.get('/admin/media?missingAlt=en&q=market')).body;
    assert.match(missingEn, /Pictures: 0/);
    const bad = await editor.post(path, { focalX: 'left', focalY: '0.5', credit: '', source: '' });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /focalPoint\.x: &quot;left&quot; is not a number from 0 to 1/i);
  });

  it("sets a story's hero from the editor panel, by upload and from the library, and keeps delete for unused pictures", async () => {
    const who = people.contributor;
    const created = await who.post('/admin/stories', { lang: 'en', headline: 'Fishers wait for calm seas', standfirst: '', body: 'Boats stayed in.', type: 'news', topics: '', regions: '', tags: '', authors: '' });
    const editorPath = String(created.headers.location).split('?')[0]!;
    const editor = (await who.get(editorPath)).body;
    assert.match(editor, /<h2 class="panel__title" id="hero-heading">Hero image<\/h2>/);
    assert.match(editor, /<form id="hero-form" method="post" action="\/admin\/stories\/[0-9a-f]{24}\/hero" enctype="multipart\/form-data" hidden>/);
    assert.match(editor, /<input class="field__input" id="hero-file" type="file" name="file" accept="[^"]+" form="hero-form"/);

    const uploaded = await who.upload(`${editorPath}/hero`, { heroMediaId: '', heroCaption: 'Boats at anchor.', heroCredit: '' }, { name: 'boats.jpg', bytes: await photo('jpeg', 800, 500) });
    assert.equal(uploaded.statusCode, 303, uploaded.body);
    const after = (await who.get(editorPath)).body;
    assert.match(after, /Now: boats\.jpg/);
    assert.match(after, /has no alt text in English \(en\): the story cannot be published/);
    assert.match(after, /value="Boats at anchor\."/);
    const mediaId = /<option value="([0-9a-f]{24})" selected>boats\.jpg<\/option>/.exec(after)?.[1];
    assert.ok(mediaId, 'the uploaded picture is chosen in the list');

    const item = (await people.editor.get(`/admin/media/${mediaId}`)).body;
    assert.match(item, /Fishers wait for calm seas/, 'where it is used');
    assert.match(item, /A picture can be deleted only while no story uses it\./);
    assert.doesNotMatch(item, /\/delete"/);

    const cleared = await who.upload(`${editorPath}/hero`, { heroMediaId: '', heroCaption: '', heroCredit: '' });
    assert.equal(cleared.statusCode, 303, cleared.body);
    assert.match((await who.get(editorPath)).body, /<option value(?:="")? selected>No picture<\/option>/);
    const chosen = await who.upload(`${editorPath}/hero`, { heroMediaId: mediaId, heroCaption: '', heroCredit: 'Harbour office' });
    assert.equal(chosen.statusCode, 303, chosen.body);
    assert.match((await who.get(editorPath)).body, /value="Harbour office"/);
    const text = (await who.get(editorPath)).body;
    assert.equal([...text.matchAll(/name="revision"/g)].length, 1, "the panel does not carry a revision the editor's autosave would leave behind");

    await who.upload(`${editorPath}/hero`, { heroMediaId: '', heroCaption: '', heroCredit: '' });
    const unused = (await people.editor.get(`/admin/media/${mediaId}`)).body;
    assert.match(unused, new RegExp(`action="/admin/media/${mediaId}/delete"`));
    const deleted = await people.editor.post(`/admin/media/${mediaId}/delete`, {});
    assert.equal(deleted.statusCode, 303);
    assert.equal(deleted.headers.location, '/admin/media?done=deleted');
  });

  it('shows contributors pictures they did not upload without the forms to change them', async () => {
    const location = String((await people.editor.upload('/admin/media', {}, { name: 'editors.png', bytes: await photo('png', 320, 200) })).headers.location);
    const page = (await people.contributor.get(location.split('?')[0]!)).body;
    assert.doesNotMatch(page, /Save description/);
    assert.match(page, /readOnly|readonly/);
    const res = await people.contributor.post(location.split('?')[0]!, { credit: 'x', source: '', focalX: '0.5', focalY: '0.5' });
    assert.equal(res.statusCode, 403);
  });

  it('lists Media in the navigation', async () => {
    const page = (await people.contributor.get('/admin/media')).body;
    assert.match(page, /<a [^>]*href="\/admin\/media"[^>]*aria-current="page"[^>]*>Media<\/a>|<a [^>]*aria-current="page"[^>]*href="\/admin\/media"[^>]*>Media<\/a>/);
  });
});
