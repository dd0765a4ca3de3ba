/**
 * The media library over HTTP: multipart upload through the Admin API with the status each
 * refusal gets (413, 415, 422), 201 then 200 for the same bytes, list, read with where-used,
 * describe, delete (409 while used), hero fields on stories, and the public file route's
 * headers (type, ETag, immutable caching, the original standing in for a missing variant).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { buildTestApp, type TestApp } from '../support/build-test-app.js';
import { NOT_AN_IMAGE, photo, pngBomb } from './test-images.js';

/** A multipart/form-data body with one file field. */
function multipartBody(field: string, filename: string, bytes: Buffer, type = 'application/octet-stream') {
  const boundary = `----dateline${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, bytes, tail]), contentType: `multipart/form-data; boundary=${boundary}` };
}

describe('the media library over HTTP', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp('sqlite', { DATELINE_MEDIA_MAX_BYTES: String(2 * 1024 * 1024) });
  });
  after(async () => {
    await t.close();
  });

  const upload = (filename: string, bytes: Buffer, field = 'file', type?: string) => {
    const { payload, contentType } = multipartBody(field, filename, bytes, type);
    return t.app.inject({
      method: 'POST',
      url: '/api/admin/v1/media',
      headers: { authorization: `Bearer ${t.adminKey}`, 'content-type': contentType },
      payload,
    });
  };

  it('answers 201 with the new item, then 200 with the same item for the same bytes', async () => {
    const bytes = await photo('jpeg', 900, 600);
    const first = await upload('market.jpg', bytes, 'file', 'image/jpeg');
    assert.equal(first.statusCode, 201, first.body);
    const { media } = first.json();
    assert.match(media.id, /^[0-9a-f]{24}$/);
    assert.match(media.hash, /^[0-9a-f]{64}$/);
    assert.equal(media.mime, 'image/jpeg');
    assert.deepEqual([media.width, media.height], [900, 600]);
    assert.equal(media.url, `https://news.example.org/media/${media.hash}/original.jpg`);
    const second = await upload('again.jpg', bytes);
    assert.equal(second.statusCode, 200, second.body);
    assert.equal(second.json().media.id, media.id);
  });

  it('refuses a text file named .jpg with 415, a PNG bomb with 422 and an oversized file with 413', async () => {
    const text = await upload('holiday.jpg', NOT_AN_IMAGE, 'file', 'image/jpeg');
    assert.equal(text.statusCode, 415, text.body);
    assert.equal(text.json().error.code, 'unsupported_media_type');
    assert.match(text.json().error.message, /not an image/);
    const bomb = await upload('small.png', pngBomb(), 'file', 'image/png');
    assert.equal(bomb.statusCode, 422, bomb.body);
    assert.match(bomb.json().error.message, /over the limit of 50 megapixels/);
    const big = Buffer.concat([await photo('png', 64, 64), Buffer.alloc(3 * 1024 * 1024)]);
    const tooLarge = await upload('huge.png', big);
    assert.equal(tooLarge.statusCode, 413, tooLarge.body);
    assert.match(tooLarge.json().error.message, /over the upload limit of 2 MB/);
  });

  it('asks for the file in a multipart field named file', async () => {
    const wrongField = await upload('a.png', await photo('png', 40, 40), 'picture');
    assert.equal(wrongField.statusCode, 400, wrongField.body);
    assert.match(wrongField.json().error.message, /field named "picture", expected "file"/);
    const json = await t.admin('POST', '/media', { file: 'not really' });
    assert.equal(json.statusCode, 415, json.body);
    assert.match(json.json().error.message, /multipart\/form-data/);
  });

  it('describes an item, lists it, gives it to a story, and refuses to delete it while used', async () => {
    const created = (await upload('port.webp', await photo('webp', 800, 500))).json().media;
    const patched = await t.admin('PATCH', `/media/${created.id}`, {
      alt: { en: 'Cranes unload containers at the port', fr: 'Des grues déchargent des conteneurs' },
      caption: { en: 'Trade resumed at the port on Tuesday.' },
      credit: 'Dateline/Illustration',
      focalPoint: { x: 0.3, y: 0.6 },
    });
    assert.equal(patched.statusCode, 200, patched.body);
    assert.equal(patched.json().media.alt.fr, 'Des grues déchargent des conteneurs');
    assert.deepEqual(patched.json().media.focalPoint, { x: 0.3, y: 0.6 });
    const unknown = await t.admin('PATCH', `/media/${created.id}`, { title: 'x' });
    assert.equal(unknown.statusCode, 400);
    const list = await t.admin('GET', '/media?q=port');
    assert.equal(list.statusCode, 200, list.body);
    assert.deepEqual(list.json().media.map((m: { id: string }) => m.id), [created.id]);
    assert.equal(list.json().media[0].useCount, 0);

    const story = await t.createStory({ headline: 'Port reopens', heroMediaId: created.id, heroCredit: 'Harbour Authority' });
    assert.equal(story.heroMediaId, created.id);
    assert.equal(story.heroCredit, 'Harbour Authority');
    const read = await t.admin('GET', `/media/${created.id}`);
    assert.deepEqual(read.json().media.uses, [{ storyId: story.id, lang: 'en', headline: 'Port reopens', status: 'draft' }]);
    const refused = await t.admin('DELETE', `/media/${created.id}`);
    assert.equal(refused.statusCode, 409, refused.body);
    assert.equal(refused.json().error.code, 'in_use');
    const unhooked = await t.admin('PATCH', `/stories/${story.id}`, { revision: story.revision, heroMediaId: null });
    assert.equal(unhooked.statusCode, 200, unhooked.body);
    assert.equal((await t.admin('DELETE', `/media/${created.id}`)).statusCode, 204);
    assert.equal((await t.admin('GET', `/media/${created.id}`)).statusCode, 404);
  });

  it('refuses to publish a story whose hero has no alt text in its language, with 422 saying so', async () => {
    const created = (await upload('no-alt.png', await photo('png', 500, 320))).json().media;
    const story = await t.createStory({ headline: 'Undescribed picture', heroMediaId: created.id });
    const res = await t.admin('POST', `/stories/${story.id}/publish`);
    assert.equal(res.statusCode, 422, res.body);
    assert.match(res.json().error.message, /hero image "no-alt\.png" has no alt text in en/);
    await t.admin('PATCH', `/media/${created.id}`, { alt: { en: 'A gradient over a field' } });
    assert.equal((await t.admin('POST', `/stories/${story.id}/publish`)).statusCode, 200);
  });

  it('serves files with their type, a strong ETag and a year of immutable caching; the original stands in for a missing variant', async () => {
    const created = (await upload('served.png', await photo('png', 700, 400))).json().media;
    const before = await t.get(`/media/${created.hash}/w640.avif`);
    assert.equal(before.statusCode, 200);
    assert.equal(before.headers['content-type'], 'image/png', 'the original, until the variant exists');
    assert.equal(before.headers['cache-control'], 'public, max-age=60');
    await t.database.runtime.jobs.runDueJobs();
    const variant = await t.get(`/media/${created.hash}/w640.avif`);
    assert.equal(variant.statusCode, 200);
    assert.equal(variant.headers['content-type'], 'image/avif');
    assert.equal(variant.headers['cache-control'], 'public, max-age=31536000, immutable');
    const etag = String(variant.headers.etag);
    assert.match(etag, /^"[0-9a-f]{16}-w640\.avif-\d+"$/);
    assert.equal((await sharp(variant.rawPayload).metadata()).width, 640);
    const again = await t.get(`/media/${created.hash}/w640.avif`, { 'if-none-match': etag });
    assert.equal(again.statusCode, 304);
    const jpeg = await t.get(`/media/${created.hash}/w320.jpg`);
    assert.equal(jpeg.headers['content-type'], 'image/jpeg');
    assert.equal(Number(jpeg.headers['content-length']), jpeg.rawPayload.length);
    assert.equal((await t.get(`/media/${created.hash}/../../etc/passwd`)).statusCode, 404);
    assert.equal((await t.get(`/media/${'0'.repeat(64)}/original.jpg`)).statusCode, 404);
    assert.equal((await t.get(`/media/${created.hash}/w640.svg`)).statusCode, 404);
  });
});
