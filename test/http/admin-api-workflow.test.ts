/**
 * The Admin API's workflow over HTTP, acting as real users through personal access tokens:
 * submit, send back, schedule (and the runner publishing at the time), unschedule, corrections,
 * embargo refusals, revisions (read, diff, restore, conflict) and the audit log; 403s that name
 * the roles that may; the OpenAPI document of it all.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import type { Role } from '../../src/domain/actor.js';
import type { AdminStoryJson } from '../../src/render/json/admin-story.js';
import { createPersonalToken } from '../../src/services/create-personal-token.js';
import { createUser } from '../../src/services/create-user.js';
import { buildTestApp, pathOf, type TestApp } from '../support/build-test-app.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

describe('Admin API: the editorial workflow', () => {
  let t: TestApp;
  /** A user's id and an Admin API call made with their personal token. */
  interface Person {
    id: string;
    call(method: Method, path: string, payload?: unknown): Promise<LightMyRequestResponse>;
  }
  let writer: Person;
  let editor: Person;

  async function person(name: string, role: Role): Promise<Person> {
    const system = t.database.runtime.contextFor();
    const user = await createUser(system, { email: `${role}@example.org`, name, role, password: 'a long enough password' });
    const { token } = await createPersonalToken(system, { userId: user.id });
    return {
      id: user.id,
      call: (method, path, payload) =>
        t.app.inject({
          method,
          url: `/api/admin/v1${path}`,
          headers: { authorization: `Bearer ${token}` },
          ...(payload === undefined ? {} : { payload: payload as object }),
        }),
    };
  }

  before(async () => {
    t = await buildTestApp();
    writer = await person('Carla Contributor', 'contributor');
    editor = await person('Eddie Editor', 'editor');
  });
  after(() => t.close());

  /** Asserts a JSON error of `status` and `code`, and returns its message. */
  function expectError(res: LightMyRequestResponse, status: number, code: string): string {
    assert.equal(res.statusCode, status, res.body);
    const body = res.json();
    assert.equal(body.error.code, code, res.body);
    return body.error.message as string;
  }

  /** Asserts a 200 (or `status`) with a story, and returns it. */
  function expectStory(res: LightMyRequestResponse, status = 200): AdminStoryJson {
    assert.equal(res.statusCode, status, res.body);
    return res.json().story;
  }

  async function writersDraft(headline: string): Promise<AdminStoryJson> {
    return expectStory(await writer.call('POST', '/stories', { lang: 'en', headline, body: 'Water levels rose overnight.', topics: ['climate'] }), 201);
  }

  describe('review', () => {
    it('a contributor writes and submits; an editor sends it back with a comment', async () => {
      t.clock.set('2026-03-18T09:00:00.000Z');
      const draft = await writersDraft('Flood barriers hold');
      assert.equal(draft.createdBy, writer.id);
      const submitted = expectStory(await writer.call('POST', `/stories/${draft.id}/submit`, { revision: draft.revision }));
      assert.equal(submitted.status, 'in_review');
      expectError(await editor.call('POST', `/stories/${draft.id}/send-back`, {}), 400, 'validation_failed');
      const emptyComment = expectError(await editor.call('POST', `/stories/${draft.id}/send-back`, { comment: ' ' }), 400, 'validation_failed');
      assert.match(emptyComment, /^comment: /);
      const back = expectStory(await editor.call('POST', `/stories/${draft.id}/send-back`, { comment: 'Name the engineer you quote.' }));
      assert.equal(back.status, 'draft');
      const edited = expectStory(await writer.call('PATCH', `/stories/${draft.id}`, { revision: back.revision, body: 'Water rose, the engineer Ana Ruiz said.' }));
      expectStory(await writer.call('POST', `/stories/${draft.id}/submit`, { revision: edited.revision }));
    });

    it('refuses a contributor every editor step with a 403 naming who may', async () => {
      const draft = await writersDraft('Not hers to publish');
      const steps: Array<[string, unknown, string]> = [
        ['publish', undefined, 'publish a story'],
        ['send-back', { comment: 'x' }, 'send a story back'],
        ['schedule', { at: '2026-04-01T10:00:00Z' }, 'schedule a story'],
        ['unschedule', undefined, 'unschedule a story'],
        ['unpublish', undefined, 'unpublish a story'],
        ['corrections', { text: 'x' }, 'correct a story'],
      ];
      for (const [step, body, words] of steps) {
        const res = await writer.call('POST', `/stories/${draft.id}/${step}`, body);
        assert.equal(expectError(res, 403, 'forbidden'), `only editor or admin may ${words}; you are contributor`, step);
      }
      const others = expectStory(await editor.call('POST', '/stories', { lang: 'en', headline: "The editor's own", body: '' }), 201);
      const edit = await writer.call('PATCH', `/stories/${others.id}`, { revision: others.revision, body: 'Mine now.' });
      assert.equal(expectError(edit, 403, 'forbidden'), 'only editor or admin may edit a story created by someone else; you are contributor');
      const remove = await writer.call('DELETE', `/stories/${others.id}`);
      assert.match(expectError(remove, 403, 'forbidden'), /only editor or admin may delete a story created by someone else/);
      const embargo = await writer.call('PATCH', `/stories/${draft.id}`, { revision: draft.revision, embargoUntil: '2026-04-01T10:00:00Z' });
      assert.equal(expectError(embargo, 403, 'forbidden'), 'only editor or admin may set or change an embargo; you are contributor');
      assert.equal(expectStory(await t.admin('GET', `/stories/${draft.id}`)).revision, draft.revision, 'nothing changed');
    });

    it('says when a step does not fit the status (422) or the revision is stale (409)', async () => {
      const draft = await writersDraft('Wrong moments');
      assert.match(expectError(await editor.call('POST', `/stories/${draft.id}/send-back`, { comment: 'x' }), 422, 'invalid_transition'), /only a story in review/);
      expectError(await editor.call('POST', `/stories/${draft.id}/submit`, { revision: 99 }), 409, 'revision_conflict');
      expectError(await editor.call('POST', '/stories/nope/submit'), 404, 'not_found');
      expectError(await editor.call('POST', `/stories/${draft.id}/send-back`, { comment: 'x', extra: 1 }), 400, 'validation_failed');
    });
  });

  describe('scheduling', () => {
    it('schedules, and the runner publishes at the time; the reader then sees it on its topic page', async () => {
      t.clock.set('2026-03-18T09:00:00.000Z');
      const draft = await writersDraft('Ferry line reopens');
      const past = await editor.call('POST', `/stories/${draft.id}/schedule`, { at: '2026-03-18T08:00:00Z' });
      assert.match(expectError(past, 400, 'validation_failed'), /^at: must be in the future/);
      expectError(await editor.call('POST', `/stories/${draft.id}/schedule`, { at: 'tomorrow' }), 400, 'validation_failed');
      const scheduled = expectStory(await editor.call('POST', `/stories/${draft.id}/schedule`, { at: '2026-03-18T10:00:00+00:00' }));
      assert.equal(scheduled.status, 'scheduled');
      assert.equal(scheduled.scheduledAt, '2026-03-18T10:00:00.000Z');
      const unscheduled = expectStory(await editor.call('POST', `/stories/${draft.id}/unschedule`));
      assert.equal(unscheduled.status, 'draft');
      assert.equal(unscheduled.scheduledAt, null);
      expectStory(await editor.call('POST', `/stories/${draft.id}/schedule`, { at: '2026-03-18T11:00:00Z' }));
      const topicBefore = await t.get('/en/topic/climate');
      assert.ok(!topicBefore.body.includes('Ferry line reopens'));
      // Every save also enqueues its analysis: run those now, so the pass at 11:00 is the publication alone.
      await t.database.runtime.jobs.runDueJobs();

      t.clock.set('2026-03-18T11:00:00.000Z');
      assert.equal((await t.database.runtime.jobs.runDueJobs()).done, 1);
      const published = expectStory(await t.admin('GET', `/stories/${draft.id}`));
      assert.equal(published.status, 'published');
      assert.equal(published.publishedAt, '2026-03-18T11:00:00.000Z');
      assert.equal((await t.get(pathOf(published))).statusCode, 200);
      assert.ok((await t.get('/en/topic/climate')).body.includes('Ferry line reopens'), 'the cached topic page was purged');
    });

    it('refuses publishing or scheduling before the embargo with a 422 naming it', async () => {
      t.clock.set('2026-03-18T09:00:00.000Z');
      const story = expectStory(
        await editor.call('POST', '/stories', { lang: 'en', headline: 'Embargoed report', body: '', embargoUntil: '2026-03-20T06:00:00Z' }),
        201,
      );
      assert.equal(story.embargoUntil, '2026-03-20T06:00:00.000Z');
      const publish = expectError(await editor.call('POST', `/stories/${story.id}/publish`), 422, 'invalid_transition');
      assert.match(publish, /embargo ends at 2026-03-20T06:00:00\.000Z/);
      const schedule = expectError(await editor.call('POST', `/stories/${story.id}/schedule`, { at: '2026-03-19T06:00:00Z' }), 422, 'invalid_transition');
      assert.match(schedule, /under embargo until 2026-03-20T06:00:00\.000Z/);
      expectStory(await editor.call('POST', `/stories/${story.id}/schedule`, { at: '2026-03-20T06:00:00Z' }));
      const lifted = expectStory(await t.admin('GET', `/stories/${story.id}`));
      assert.equal(lifted.status, 'scheduled');
      expectError(await editor.call('PATCH', `/stories/${story.id}`, { revision: lifted.revision, embargoUntil: 'soon' }), 400, 'validation_failed');
    });
  });

  describe('corrections', () => {
    it('adds a correction that the story page shows with its date and the updated time', async () => {
      t.clock.set('2026-03-18T09:00:00.000Z');
      const draft = await writersDraft('Bridge vote on Friday');
      const story = expectStory(await editor.call('POST', `/stories/${draft.id}/publish`));
      const path = pathOf(story);
      const before = await t.get(path);
      assert.ok(!before.body.includes('Correction'), 'nothing to correct yet (and the page is now cached)');
      t.clock.set('2026-03-19T15:00:00.000Z');
      const text = 'An earlier version said the vote was on Thursday.';
      const corrected = expectStory(await editor.call('POST', `/stories/${story.id}/corrections`, { text, revision: story.revision }), 201);
      assert.deepEqual(corrected.corrections, [{ at: '2026-03-19T15:00:00.000Z', text }]);
      assert.equal(corrected.updatedAt, '2026-03-19T15:00:00.000Z');
      const page = (await t.get(path)).body;
      assert.match(page, /Correction \(<time datetime="2026-03-19T15:00:00.000Z">[^<]+<\/time>\):/);
      assert.ok(page.includes(text));
      assert.match(page, /Updated <time datetime="2026-03-19T15:00:00.000Z">/);
      const draftOnly = await writersDraft('Not out');
      expectError(await editor.call('POST', `/stories/${draftOnly.id}/corrections`, { text }), 422, 'invalid_transition');
      expectError(await editor.call('POST', `/stories/${story.id}/corrections`, {}), 400, 'validation_failed');
    });
  });

  describe('revisions', () => {
    it('reads one, diffs two, and restores an old one as a new revision; a stale restore is a 409', async () => {
      t.clock.set('2026-03-18T09:00:00.000Z');
      const v1 = await writersDraft('Harvest up');
      const v2 = expectStory(await writer.call('PATCH', `/stories/${v1.id}`, { revision: 1, body: 'Water levels fell overnight.' }));
      const one = await writer.call('GET', `/stories/${v1.id}/revisions/1`);
      assert.equal(one.statusCode, 200, one.body);
      assert.equal(one.json().revision.snapshot.body, 'Water levels rose overnight.');
      assert.equal(one.json().revision.actor, 'Carla Contributor');
      expectError(await writer.call('GET', `/stories/${v1.id}/revisions/9`), 404, 'not_found');
      expectError(await writer.call('GET', `/stories/${v1.id}/revisions/zero`), 400, 'validation_failed');

      const diff = await writer.call('GET', `/stories/${v1.id}/revisions/1/diff/2`);
      assert.equal(diff.statusCode, 200, diff.body);
      const { from, to, fields } = diff.json().diff;
      assert.equal(from.revision, 1);
      assert.equal(to.revision, 2);
      const body = fields.find((f: { field: string }) => f.field === 'body');
      assert.deepEqual(body.parts, [
        { kind: 'same', text: 'Water levels ' },
        { kind: 'removed', text: 'rose' },
        { kind: 'added', text: 'fell' },
        { kind: 'same', text: ' overnight.' },
      ]);
      assert.equal(fields.find((f: { field: string }) => f.field === 'headline').changed, false);

      const stale = await writer.call('POST', `/stories/${v1.id}/revisions/1/restore`, { revision: 1 });
      assert.match(expectError(stale, 409, 'revision_conflict'), /at revision 2 but this change was based on revision 1/);
      const restored = expectStory(await writer.call('POST', `/stories/${v1.id}/revisions/1/restore`, { revision: v2.revision }));
      assert.equal(restored.revision, 3);
      assert.equal(restored.body, 'Water levels rose overnight.');
      const history = (await writer.call('GET', `/stories/${v1.id}/revisions`)).json().revisions;
      assert.deepEqual(history.map((r: { revision: number; note: string | null }) => [r.revision, r.note]), [
        [3, 'Restored revision 1'],
        [2, null],
        [1, 'Created'],
      ]);
      const published = expectStory(await editor.call('POST', `/stories/${v1.id}/publish`));
      const refused = await writer.call('POST', `/stories/${v1.id}/revisions/2/restore`, { revision: published.revision });
      assert.equal(expectError(refused, 403, 'forbidden'), 'only editor or admin may edit a story that is published; you are contributor');
    });
  });

  describe('audit log', () => {
    it('lists who did what to a story, newest first, for admins only', async () => {
      t.clock.set('2026-03-21T09:00:00.000Z');
      const draft = await writersDraft('Audited');
      t.clock.advance(1);
      await writer.call('POST', `/stories/${draft.id}/submit`);
      t.clock.advance(1);
      await editor.call('POST', `/stories/${draft.id}/send-back`, { comment: 'Shorter, please.' });
      const res = await t.admin('GET', `/audit?storyId=${draft.id}&limit=2`);
      assert.equal(res.statusCode, 200, res.body);
      const { events, meta } = res.json();
      assert.deepEqual(meta.pagination, { page: 1, limit: 2, pages: 2, total: 3, next: 2, prev: null });
      assert.deepEqual(events, [
        {
          action: 'story.sent_back',
          actor: { kind: 'user', id: editor.id, name: 'Eddie Editor' },
          storyId: draft.id,
          userId: null,
          at: '2026-03-21T09:02:00.000Z',
          details: { comment: 'Shorter, please.' },
        },
        {
          action: 'story.submitted',
          actor: { kind: 'user', id: writer.id, name: 'Carla Contributor' },
          storyId: draft.id,
          userId: null,
          at: '2026-03-21T09:01:00.000Z',
          details: {},
        },
      ]);
      const page2 = (await t.admin('GET', `/audit?storyId=${draft.id}&limit=2&page=2`)).json();
      assert.deepEqual(page2.events.map((e: { action: string }) => e.action), ['story.created']);
      assert.equal(expectError(await editor.call('GET', '/audit'), 403, 'forbidden'), 'only admin may read the audit log; you are editor');
      expectError(await t.admin('GET', '/audit?limit=1000'), 400, 'validation_failed');
    });
  });

  describe('story list filters', () => {
    it('filters by creator, headline text, author and status', async () => {
      t.clock.set('2026-03-22T09:00:00.000Z');
      const mine = await writersDraft('Glacier survey finds faster melt');
      t.clock.advance(1);
      const bylined = expectStory(
        await editor.call('POST', '/stories', { lang: 'en', headline: 'GLACIER tourism booms', body: '', authors: ['sofia-lindqvist'] }),
        201,
      );
      const ids = async (query: string) =>
        (await t.admin('GET', `/stories?${query}`)).json().stories.map((s: { id: string }) => s.id) as string[];
      assert.deepEqual(await ids('q=glacier'), [bylined.id, mine.id], 'ignoring case, most recently saved first');
      assert.deepEqual(await ids(`q=glacier&createdBy=${writer.id}`), [mine.id]);
      assert.deepEqual(await ids('q=glacier&author=sofia-lindqvist'), [bylined.id]);
      assert.deepEqual(await ids('q=glacier&status=published'), []);
      assert.deepEqual(await ids('q=100%25'), [], 'a % in the search is text, not a wildcard');
    });
  });

  describe('OpenAPI document', () => {
    it('documents every workflow endpoint with described fields', async () => {
      const doc = (await t.app.inject({ method: 'GET', url: '/api/admin/v1/openapi.json' })).json();
      const expected: Array<[string, string]> = [
        ['post', '/stories/{id}/submit'],
        ['post', '/stories/{id}/send-back'],
        ['post', '/stories/{id}/schedule'],
        ['post', '/stories/{id}/unschedule'],
        ['post', '/stories/{id}/corrections'],
        ['get', '/stories/{id}/revisions/{n}'],
        ['get', '/stories/{id}/revisions/{a}/diff/{b}'],
        ['post', '/stories/{id}/revisions/{n}/restore'],
        ['get', '/audit'],
      ];
      for (const [method, path] of expected) {
        const op = doc.paths[`/api/admin/v1${path}`]?.[method];
        assert.ok(op, `${method.toUpperCase()} ${path} is documented`);
        assert.ok(op.summary, `${path} has a summary`);
        for (const p of op.parameters ?? []) assert.ok(p.description, `${path} parameter ${p.name} has a description`);
        const body = op.requestBody?.content['application/json'].schema.properties ?? {};
        for (const [name, schema] of Object.entries(body as Record<string, { description?: string }>)) {
          assert.ok(schema.description, `${path} field ${name} has a description`);
        }
        assert.ok(op.responses['403'], `${path} documents the 403`);
      }
      const storyFields = doc.paths['/api/admin/v1/stories'].post.requestBody.content['application/json'].schema.properties;
      assert.ok(storyFields.embargoUntil.description);
      const auditEvent = doc.paths['/api/admin/v1/audit'].get.responses['200'].content['application/json'].schema.properties.events.items;
      for (const [name, schema] of Object.entries(auditEvent.properties as Record<string, { description?: string }>)) {
        assert.ok(schema.description, `audit event field ${name} has a description`);
      }
    });
  });
});
