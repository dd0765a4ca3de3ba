/** The Admin API over HTTP: authentication, validation, the story life cycle, revisions, errors. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApiKey } from '../../src/services/api-keys.js';
import { buildTestApp, type TestApp } from '../support/build-test-app.js';

describe('Admin API', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp();
  });
  after(() => t.close());

  /** Asserts a JSON error of `status` and `code`, and returns its message. */
  function expectError(res: { statusCode: number; json(): any; body: string }, status: number, code: string): string {
    assert.equal(res.statusCode, status, res.body);
    const body = res.json();
    assert.equal(body.error.code, code, res.body);
    assert.equal(typeof body.error.message, 'string');
    assert.ok(!/\bat .+\.js:\d+/.test(res.body), 'no stack trace');
    return body.error.message;
  }

  describe('authentication', () => {
    it('refuses requests without a key, with a wrong key, or with a content key', async () => {
      const { key: contentKey } = await createApiKey(t.database.runtime.contextFor(), { name: 'site', scope: 'content' });
      const attempts: Array<Record<string, string>> = [
        {},
        { authorization: 'Bearer dla_not-a-real-key' },
        { authorization: `Basic ${t.adminKey}` },
        { authorization: `Bearer ${contentKey}` },
      ];
      for (const headers of attempts) {
        for (const [method, url] of [['GET', '/api/admin/v1/stories'], ['POST', '/api/admin/v1/stories/x/publish']] as const) {
          const res = await t.app.inject({ method, url, headers });
          expectError(res, 401, 'unauthenticated');
          assert.equal(res.headers['www-authenticate'], 'Bearer');
        }
      }
    });

    it('checks the key before the input, so a stranger learns nothing about the schema', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/admin/v1/stories', payload: { nonsense: true } });
      expectError(res, 401, 'unauthenticated');
    });
  });

  describe('creating stories', () => {
    it('creates a draft and answers 201 with the story', async () => {
      const res = await t.admin('POST', '/stories', {
        lang: 'en',
        headline: '  Ministers meet on ocean treaty  ',
        body: 'Talks **resumed** on Monday.',
        standfirst: 'Delegates from forty countries gathered.',
        type: 'news',
        topics: ['climate'],
        regions: ['europe'],
        tags: ['oceans'],
        authors: ['lucas-moreau'],
        datelinePlace: 'LISBON',
        featured: true,
      });
      assert.equal(res.statusCode, 201, res.body);
      const { story } = res.json();
      assert.equal(story.headline, 'Ministers meet on ocean treaty');
      assert.equal(story.slug, 'ministers-meet-on-ocean-treaty');
      assert.equal(story.status, 'draft');
      assert.equal(story.revision, 1);
      assert.equal(story.url, null);
      assert.equal(story.featured, true);
      assert.equal(story.datelinePlace, 'LISBON');
      assert.deepEqual(story.topics, [{ slug: 'climate', name: 'Topic climate' }]);
      assert.deepEqual(story.authors, [{ slug: 'lucas-moreau', name: 'Lucas Moreau' }]);
      assert.deepEqual(story.tags.map((x: { slug: string }) => x.slug), ['oceans']);
      assert.equal(story.createdAt, '2026-03-18T09:00:00.000Z');
      assert.equal(story.publishedAt, null);
      assert.deepEqual(story.corrections, []);
    });

    it('refuses bad input with 400 naming the field', async () => {
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ lang: 'en', body: 'No headline' }, 'headline'],
        [{ lang: 'en', headline: 42, body: 'x' }, 'headline'],
        [{ lang: 'en', headline: '   ', body: 'x' }, 'headline'],
        [{ lang: 'en', headline: 'A', body: 'x', type: 'opinion' }, 'type'],
        [{ lang: 'en', headline: 'A', body: 'x', type: 7 }, 'type'],
        [{ lang: 'en', headline: 'A', body: 'x', colour: 'red' }, 'colour'],
        [{ lang: 'en', headline: 'A', body: 'x', topics: ['no-such-topic'] }, 'topics'],
        [{ lang: 'en', headline: 'A', body: 'x', topics: [3] }, 'topics[0]'],
        [{ lang: 'en', headline: 'A', body: 'x', authors: ['nobody'] }, 'authors'],
        [{ lang: 'en', headline: 'A', body: 'x', featured: 'yes' }, 'featured'],
        [{ lang: 'xx', headline: 'A', body: 'x' }, 'lang'],
        [{ headline: 'A', body: 'x' }, 'lang'],
      ];
      for (const [payload, field] of cases) {
        const res = await t.admin('POST', '/stories', payload);
        const message = expectError(res, 400, 'validation_failed');
        assert.equal(res.json().error.details.field, field, JSON.stringify(payload));
        assert.ok(message.startsWith(`${field}: `), `${message} names ${field}`);
      }
    });

    it('says which values a field allows and which field is unknown', async () => {
      const wrongType = await t.admin('POST', '/stories', { lang: 'en', headline: 'A', body: 'x', type: 'opinion' });
      assert.match(wrongType.json().error.message, /^type: must be one of news, feature, interview/);
      const unknown = await t.admin('POST', '/stories', { lang: 'en', headline: 'A', body: 'x', colour: 'red' });
      assert.equal(unknown.json().error.message, 'colour: is not a known field');
      const topic = await t.admin('POST', '/stories', { lang: 'en', headline: 'A', body: 'x', topics: ['no-such-topic'] });
      assert.match(topic.json().error.message, /no-such-topic/);
    });

    it('refuses malformed JSON with 400', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/admin/v1/stories',
        headers: { authorization: `Bearer ${t.adminKey}`, 'content-type': 'application/json' },
        payload: '{"lang": "en", "headline": ',
      });
      expectError(res, 400, 'invalid_json');
    });

    it('refuses a missing body, a body that is not JSON, and an address that cannot be decoded', async () => {
      const auth = { authorization: `Bearer ${t.adminKey}` };
      const missing = await t.app.inject({ method: 'POST', url: '/api/admin/v1/stories', headers: auth });
      assert.equal(expectError(missing, 400, 'validation_failed'), 'request body: must be a JSON object');
      const text = await t.app.inject({
        method: 'POST',
        url: '/api/admin/v1/stories',
        headers: { ...auth, 'content-type': 'text/plain' },
        payload: 'headline=Hello',
      });
      expectError(text, 415, 'unsupported_media_type');
      const badUrl = await t.app.inject({ method: 'GET', url: '/api/admin/v1/stories/%E0%A4%A', headers: auth });
      expectError(badUrl, 400, 'bad_request');
      assert.equal(badUrl.headers['x-content-type-options'], 'nosniff');
    });
  });

  describe('listing and reading', () => {
    before(async () => {
      for (let i = 1; i <= 4; i++) {
        t.clock.advance(1);
        await t.createStory({ lang: 'fr', headline: `Dépêche numéro ${i}`, type: 'brief', topics: ['health'] });
      }
      t.clock.advance(1);
      await t.publish((await t.createStory({ lang: 'fr', headline: 'Une dépêche publiée', topics: ['health'] })).id);
    });

    it("pages through the list with Ghost's pagination meta", async () => {
      const first = await t.admin('GET', '/stories?lang=fr&limit=2');
      assert.equal(first.statusCode, 200, first.body);
      const body = first.json();
      assert.equal(body.stories.length, 2);
      assert.deepEqual(body.meta.pagination, { page: 1, limit: 2, pages: 3, total: 5, next: 2, prev: null });
      assert.equal(body.stories[0].headline, 'Une dépêche publiée', 'most recently saved first');
      assert.equal(body.stories[0].body, undefined, 'lists leave out bodies');
      const last = (await t.admin('GET', '/stories?lang=fr&limit=2&page=3')).json();
      assert.deepEqual(last.meta.pagination, { page: 3, limit: 2, pages: 3, total: 5, next: null, prev: 2 });
      assert.equal(last.stories.length, 1);
    });

    it('defaults to 15 a page', async () => {
      const body = (await t.admin('GET', '/stories')).json();
      assert.equal(body.meta.pagination.limit, 15);
      assert.equal(body.meta.pagination.page, 1);
    });

    it('filters by status, type and topic', async () => {
      const published = (await t.admin('GET', '/stories?lang=fr&status=published')).json();
      assert.deepEqual(published.stories.map((s: { headline: string }) => s.headline), ['Une dépêche publiée']);
      assert.ok(published.stories[0].url.startsWith('https://news.example.org/fr/story/'));
      const briefs = (await t.admin('GET', '/stories?lang=fr&type=brief')).json();
      assert.equal(briefs.meta.pagination.total, 4);
      const health = (await t.admin('GET', '/stories?topic=health')).json();
      assert.equal(health.meta.pagination.total, 5);
    });

    it('refuses bad list parameters with 400 naming them', async () => {
      for (const [query, field] of [
        ['limit=0', 'limit'],
        ['limit=101', 'limit'],
        ['limit=ten', 'limit'],
        ['page=0', 'page'],
        ['status=lost', 'status'],
        ['type=opinion', 'type'],
        ['sort=headline', 'sort'],
      ]) {
        const res = await t.admin('GET', `/stories?${query}`);
        expectError(res, 400, 'validation_failed');
        assert.equal(res.json().error.details.field, field, query);
      }
    });

    it('reads one story, and answers 404 for an unknown id', async () => {
      const created = await t.createStory({ headline: 'A story to read back' });
      const res = await t.admin('GET', `/stories/${created.id}`);
      assert.equal(res.statusCode, 200);
      assert.deepEqual(res.json().story, created);
      expectError(await t.admin('GET', '/stories/nope'), 404, 'not_found');
      expectError(await t.admin('PATCH', '/stories/nope', { revision: 1, headline: 'x' }), 404, 'not_found');
      expectError(await t.admin('POST', '/stories/nope/publish'), 404, 'not_found');
      expectError(await t.admin('DELETE', '/stories/nope'), 404, 'not_found');
      expectError(await t.admin('GET', '/stories/nope/revisions'), 404, 'not_found');
    });
  });

  describe('changing stories', () => {
    it('saves a change as the next revision', async () => {
      t.clock.set('2026-03-18T12:00:00Z');
      const created = await t.createStory({ headline: 'Harvest forecast lowered' });
      t.clock.advance(5);
      const res = await t.admin('PATCH', `/stories/${created.id}`, {
        revision: 1,
        headline: 'Harvest forecast lowered again',
        topics: ['climate'],
        datelinePlace: null,
      });
      assert.equal(res.statusCode, 200, res.body);
      const { story } = res.json();
      assert.equal(story.revision, 2);
      assert.equal(story.headline, 'Harvest forecast lowered again');
      assert.equal(story.body, created.body, 'fields not sent are kept');
      assert.deepEqual(story.topics.map((x: { slug: string }) => x.slug), ['climate']);
      assert.equal(story.updatedAt, '2026-03-18T12:05:00.000Z');
    });

    it('refuses a change based on a stale revision with 409 naming both revisions', async () => {
      const created = await t.createStory({ headline: 'Two editors, one story' });
      assert.equal((await t.admin('PATCH', `/stories/${created.id}`, { revision: 1, headline: 'First edit' })).statusCode, 200);
      const res = await t.admin('PATCH', `/stories/${created.id}`, { revision: 1, headline: 'Second edit' });
      const message = expectError(res, 409, 'revision_conflict');
      assert.match(message, /revision 2/);
      assert.match(message, /revision 1/);
      assert.deepEqual(res.json().error.details, { currentRevision: 2, givenRevision: 1 });
      assert.equal((await t.admin('GET', `/stories/${created.id}`)).json().story.headline, 'First edit');
      const publish = await t.admin('POST', `/stories/${created.id}/publish`, { revision: 1 });
      expectError(publish, 409, 'revision_conflict');
    });

    it('refuses a change without a revision, or one that changes the language', async () => {
      const created = await t.createStory({ headline: 'Language stays' });
      const noRevision = await t.admin('PATCH', `/stories/${created.id}`, { headline: 'x' });
      expectError(noRevision, 400, 'validation_failed');
      assert.equal(noRevision.json().error.details.field, 'revision');
      const lang = await t.admin('PATCH', `/stories/${created.id}`, { revision: 1, lang: 'fr' });
      expectError(lang, 400, 'validation_failed');
      assert.equal(lang.json().error.details.field, 'lang');
    });
  });

  describe('workflow', () => {
    it('publishes a draft with its absolute URL, and refuses to publish it twice', async () => {
      t.clock.set('2026-03-19T12:00:00Z');
      const created = await t.createStory({ headline: 'Vaccination drive reaches islands' });
      const res = await t.admin('POST', `/stories/${created.id}/publish`, { revision: 1 });
      assert.equal(res.statusCode, 200, res.body);
      const { story } = res.json();
      assert.equal(story.status, 'published');
      assert.equal(story.revision, 2);
      assert.equal(story.publishedAt, '2026-03-19T12:00:00.000Z');
      assert.equal(story.url, 'https://news.example.org/en/story/2026/03/vaccination-drive-reaches-islands');
      const again = await t.admin('POST', `/stories/${created.id}/publish`);
      assert.match(expectError(again, 422, 'invalid_transition'), /already published/);
    });

    it('unpublishes a published story and refuses to unpublish a draft', async () => {
      const draft = await t.createStory({ headline: 'Never published' });
      expectError(await t.admin('POST', `/stories/${draft.id}/unpublish`), 422, 'invalid_transition');
      const published = await t.publish((await t.createStory({ headline: 'Briefly published' })).id);
      const res = await t.admin('POST', `/stories/${published.id}/unpublish`, {});
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().story.status, 'unpublished');
      assert.equal(res.json().story.url, null);
    });

    it('refuses an unknown field in a workflow body', async () => {
      const draft = await t.createStory({ headline: 'Strict bodies' });
      const res = await t.admin('POST', `/stories/${draft.id}/publish`, { revision: 1, when: 'now' });
      expectError(res, 400, 'validation_failed');
      assert.equal(res.json().error.details.field, 'when');
    });

    it('deletes a draft with 204 and refuses to delete a published story', async () => {
      const draft = await t.createStory({ headline: 'Delete me' });
      const res = await t.admin('DELETE', `/stories/${draft.id}`);
      assert.equal(res.statusCode, 204);
      assert.equal(res.body, '');
      expectError(await t.admin('GET', `/stories/${draft.id}`), 404, 'not_found');
      const published = await t.publish((await t.createStory({ headline: 'Keep me' })).id);
      const refused = await t.admin('DELETE', `/stories/${published.id}`);
      assert.match(expectError(refused, 422, 'invalid_transition'), /only drafts can be deleted/);
    });
  });

  describe('revisions', () => {
    it('lists every save, newest first, with who saved it and the snapshot', async () => {
      const created = await t.createStory({ headline: 'A story with a history' });
      await t.admin('PATCH', `/stories/${created.id}`, { revision: 1, headline: 'A story with a longer history' });
      await t.publish(created.id);
      const res = await t.admin('GET', `/stories/${created.id}/revisions`);
      assert.equal(res.statusCode, 200, res.body);
      const { revisions } = res.json();
      assert.deepEqual(revisions.map((r: { revision: number }) => r.revision), [3, 2, 1]);
      assert.equal(revisions[0].snapshot.status, 'published');
      assert.equal(revisions[0].note, 'Published');
      assert.equal(revisions[1].snapshot.headline, 'A story with a longer history');
      assert.equal(revisions[2].snapshot.headline, 'A story with a history');
      assert.equal(revisions[2].actor, 'API key “tests”');
      assert.match(revisions[2].createdAt, /^\d{4}-\d{2}-\d{2}T/);
    });
  });

  describe('OpenAPI document', () => {
    it('is public JSON that documents every endpoint, its fields and the bearer scheme', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/admin/v1/openapi.json' });
      assert.equal(res.statusCode, 200);
      const doc = res.json();
      assert.match(doc.openapi, /^3\./);
      const operations = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
        Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
      );
      assert.deepEqual(operations.sort(), [
        'DELETE /api/admin/v1/media/{id}',
        'DELETE /api/admin/v1/stories/{id}',
        'DELETE /api/admin/v1/webhooks/{id}',
        'GET /api/admin/v1/audit',
        'GET /api/admin/v1/media',
        'GET /api/admin/v1/media/{id}',
        'GET /api/admin/v1/stories',
        'GET /api/admin/v1/stories/{id}',
        'GET /api/admin/v1/stories/{id}/analysis',
        'GET /api/admin/v1/stories/{id}/revisions',
        'GET /api/admin/v1/stories/{id}/revisions/{a}/diff/{b}',
        'GET /api/admin/v1/stories/{id}/revisions/{n}',
        'GET /api/admin/v1/stories/{id}/translations',
        'GET /api/admin/v1/translations',
        'GET /api/admin/v1/users',
        'GET /api/admin/v1/users/{id}',
        'GET /api/admin/v1/webhooks',
        'GET /api/admin/v1/webhooks/{id}',
        'GET /api/admin/v1/webhooks/{id}/deliveries',
        'PATCH /api/admin/v1/media/{id}',
        'PATCH /api/admin/v1/stories/{id}',
        'PATCH /api/admin/v1/users/{id}',
        'POST /api/admin/v1/media',
        'POST /api/admin/v1/stories',
        'POST /api/admin/v1/stories/{id}/corrections',
        'POST /api/admin/v1/stories/{id}/publish',
        'POST /api/admin/v1/stories/{id}/revisions/{n}/restore',
        'POST /api/admin/v1/stories/{id}/schedule',
        'POST /api/admin/v1/stories/{id}/send-back',
        'POST /api/admin/v1/stories/{id}/submit',
        'POST /api/admin/v1/stories/{id}/suggestions/{suggestionId}',
        'POST /api/admin/v1/stories/{id}/translations',
        'POST /api/admin/v1/stories/{id}/unpublish',
        'POST /api/admin/v1/stories/{id}/unschedule',
        'POST /api/admin/v1/users',
        'POST /api/admin/v1/webhooks',
      ]);
      assert.deepEqual(doc.components.securitySchemes.bearer, { type: 'http', scheme: 'bearer', description: 'An admin API key' });
      assert.deepEqual(doc.security, [{ bearer: [] }]);
      const create = doc.paths['/api/admin/v1/stories'].post;
      const fields = create.requestBody.content['application/json'].schema.properties;
      for (const [name, schema] of Object.entries(fields as Record<string, { description?: string }>)) {
        assert.ok(schema.description, `POST /stories field ${name} has a description`);
      }
      assert.deepEqual([...create.requestBody.content['application/json'].schema.required].sort(), ['body', 'headline', 'lang']);
      assert.ok(create.responses['201'], 'the create answer is documented');
      assert.equal(create.requestBody.required, true);
      assert.equal(doc.paths['/api/admin/v1/stories/{id}/publish'].post.requestBody.required, false, 'the publish body may be left out');
      const list = doc.paths['/api/admin/v1/stories'].get;
      assert.ok(list.parameters.some((p: { name: string; in: string }) => p.name === 'limit' && p.in === 'query'));
    });
  });
});
