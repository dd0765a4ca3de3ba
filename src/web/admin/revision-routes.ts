/**
 * A story's history: `GET /admin/stories/{id}/revisions` (the list and a compare form),
 * `…/revisions/{n}` (one revision), `…/revisions/{a}/diff/{b}` (the words added and removed)
 * and `POST …/revisions/{n}/restore` (brings an old revision back as a new one).
 */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { NotFoundError } from '../../domain/errors.js';
import { mayTake } from '../../domain/story-status.js';
import type { Revision, Story } from '../../domain/story.js';
import type { RevisionDiffModel, RevisionListModel, RevisionRow, RevisionViewModel } from '../../render/admin-view-models.js';
import { adminText } from '../../render/i18n/admin-messages.js';
import { renderMarkdown } from '../../render/markdown.js';
import { renderRevisionDiffPage } from '../../render/pages/admin/revision-diff-page.js';
import { renderRevisionListPage } from '../../render/pages/admin/revision-list-page.js';
import { renderRevisionPage } from '../../render/pages/admin/revision-page.js';
import type { ServiceContext } from '../../services/context.js';
import { diffRevisions } from '../../services/diff-revisions.js';
import { getRevision } from '../../services/get-revision.js';
import { getStory } from '../../services/get-story.js';
import { listRevisions } from '../../services/list-revisions.js';
import { restoreRevision } from '../../services/restore-revision.js';
import { chromeOf, contextOf, field, queryParam, sendPage, storyHref, withDone, type AdminOptions } from './admin-request.js';

type Params = { Params: { id: string; n: string } };
type DiffParams = { Params: { id: string; a: string; b: string } };

/** A revision number from the path. @throws NotFoundError for anything but a positive whole number. */
function revisionNumber(text: string): number {
  if (!/^[1-9]\d{0,8}$/.test(text)) throw new NotFoundError(`"${text}" is not a revision number`);
  return Number(text);
}

/** The history's path of a story. */
function historyHref(id: string): string {
  return `${storyHref(id)}/revisions`;
}

/** A revision in a list, with a restore form unless it is the current one or the person may not edit. */
function toRow(revision: Revision, story: Story, ctx: ServiceContext): RevisionRow {
  const href = `${historyHref(story.id)}/${revision.revision}`;
  const restorable = revision.revision !== story.revision && mayTake('edit', story, ctx.actor);
  return {
    revision: revision.revision,
    createdAt: revision.createdAt,
    by: revision.actorLabel,
    note: revision.note,
    status: revision.snapshot.status,
    href,
    restoreAction: restorable ? `${href}/restore` : null,
  };
}

/** Routes of the revision history. */
export const revisionRoutes: FastifyPluginAsync<AdminOptions> = async (app, options) => {
  const { deps } = options;
  const chrome = (request: FastifyRequest) => chromeOf(request, options, 'stories');

  app.get<{ Params: { id: string } }>('/stories/:id/revisions', async (request, reply) => {
    const ctx = contextOf(request, deps);
    const story = await getStory(ctx, request.params.id);
    const revisions = await listRevisions(ctx, story.id);
    const page = chrome(request);
    const from = queryParam(request.query, 'from');
    const model: RevisionListModel = {
      chrome: page,
      storyHeadline: story.headline,
      editorHref: storyHref(story.id),
      revisions: revisions.map((r) => toRow(r, story, ctx)),
      currentRevision: story.revision,
      compareAction: `${historyHref(story.id)}/diff`,
      notice:
        queryParam(request.query, 'done') === 'restored' && /^\d+$/.test(from)
          ? { kind: 'success', message: adminText(page.lang, 'revisions.restored', { from, revision: story.revision }) }
          : null,
    };
    return sendPage(reply, renderRevisionListPage(model));
  });

  // The compare form is a GET with ?from=&to=; the diff itself has a path of its own.
  app.get<{ Params: { id: string } }>('/stories/:id/revisions/diff', async (request, reply) => {
    const from = revisionNumber(queryParam(request.query, 'from'));
    const to = revisionNumber(queryParam(request.query, 'to'));
    return reply.redirect(`${historyHref(request.params.id)}/${from}/diff/${to}`, 303);
  });

  app.get<DiffParams>('/stories/:id/revisions/:a/diff/:b', async (request, reply) => {
    const ctx = contextOf(request, deps);
    const story = await getStory(ctx, request.params.id);
    const diff = await diffRevisions(ctx, story.id, revisionNumber(request.params.a), revisionNumber(request.params.b));
    const model: RevisionDiffModel = {
      chrome: chrome(request),
      storyHeadline: story.headline,
      from: toRow(diff.from, story, ctx),
      to: toRow(diff.to, story, ctx),
      changes: diff.fields.filter((f) => f.changed).map((f) => ({ field: f.field, parts: f.parts })),
      revisionsHref: historyHref(story.id),
      editorHref: storyHref(story.id),
    };
    return sendPage(reply, renderRevisionDiffPage(model));
  });

  app.get<Params>('/stories/:id/revisions/:n', async (request, reply) => {
    const ctx = contextOf(request, deps);
    const story = await getStory(ctx, request.params.id);
    const revision = await getRevision(ctx, story.id, revisionNumber(request.params.n));
    const s = revision.snapshot;
    const model: RevisionViewModel = {
      chrome: chrome(request),
      revision: toRow(revision, story, ctx),
      currentRevision: story.revision,
      editorHref: storyHref(story.id),
      revisionsHref: historyHref(story.id),
      snapshot: {
        headline: s.headline,
        standfirst: s.standfirst,
        datelinePlace: s.datelinePlace,
        type: s.type,
        lang: s.lang,
        topics: s.topics,
        regions: s.regions,
        tags: s.tags,
        authors: s.authors,
      },
      bodyHtml: renderMarkdown(s.body, { datelinePlace: s.datelinePlace }),
      diffWithCurrentHref: revision.revision === story.revision ? null : `${historyHref(story.id)}/${revision.revision}/diff/${story.revision}`,
    };
    return sendPage(reply, renderRevisionPage(model));
  });

  app.post<Params>('/stories/:id/revisions/:n/restore', async (request, reply) => {
    const ctx = contextOf(request, deps);
    const from = revisionNumber(request.params.n);
    const seen = field(request.body, 'revision');
    // Without the revision the page was showing, the restore is checked against the current one.
    const revision = /^\d{1,9}$/.test(seen) ? Number(seen) : (await getStory(ctx, request.params.id)).revision;
    const story = await restoreRevision(ctx, { id: request.params.id, from, revision });
    return reply.redirect(withDone(historyHref(story.id), 'restored', { from: String(from) }), 303);
  });
};
