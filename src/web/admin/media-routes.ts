/**
 * The media library in the admin UI: `GET /admin/media` (search, filters, the grid),
 * `POST /admin/media` (upload, multipart), `GET /admin/media/{id}` (one picture, where it is
 * used), `POST /admin/media/{id}` (describe it), `POST /admin/media/{id}/delete`. Every post
 * redirects (303) to a page that says what happened; refusals show the admin error page.
 */
import type { FastifyPluginAsync } from 'fastify';
import { ValidationError } from '../../domain/errors.js';
import type { MediaMetadataInput } from '../../domain/media-input.js';
import { describeBytes, MEDIA_FORMATS, type MediaFormat } from '../../domain/media.js';
import type { MediaItemModel, MediaLibraryModel } from '../../render/admin-media-view-models.js';
import type { AdminNotice } from '../../render/admin-view-models.js';
import { mediaText, type MediaMessageKey } from '../../render/i18n/media-messages.js';
import { renderMediaItemPage } from '../../render/pages/admin/media-item-page.js';
import { renderMediaLibraryPage } from '../../render/pages/admin/media-library-page.js';
import { deleteMedia } from '../../services/delete-media.js';
import { describeUploader, getMedia } from '../../services/get-media.js';
import { listMedia, type ListMediaInput } from '../../services/list-media.js';
import { updateMedia } from '../../services/update-media.js';
import { uploadMedia } from '../../services/upload-media.js';
import { mayChangeMedia } from '../../domain/media-rules.js';
import { ADMIN_PATHS, chromeOf, contextOf, field, languageOptions, pageParam, paginationOf, queryParam, sendPage, storyHref, withDone, type AdminOptions } from './admin-request.js';
import { adminThumbnail } from './media-thumbnails.js';
import { acceptMultipartForms, uploadedFile } from './multipart-form.js';

/** Where the media library lives. */
export const MEDIA_PATH = ADMIN_PATHS.media;

/** The page of one picture. */
export function mediaHref(id: string): string {
  return `${MEDIA_PATH}/${encodeURIComponent(id)}`;
}

const PER_PAGE = 24;

/** Notices after a redirect, by its `done` value. */
const DONE: Readonly<Record<string, MediaMessageKey>> = {
  created: 'item.created',
  existing: 'item.existing',
  saved: 'item.saved',
  deleted: 'item.deleted',
};

function noticeOf(lang: string, query: unknown): AdminNotice | null {
  const key = DONE[queryParam(query, 'done')];
  return key ? { kind: 'success', message: mediaText(lang, key) } : null;
}

type IdParams = { Params: { id: string } };

/** Routes of the media library (registered inside the admin UI's plugin). */
export const mediaRoutes: FastifyPluginAsync<AdminOptions> = async (app, options) => {
  const { config } = options.deps;
  acceptMultipartForms(app, config.mediaMaxBytes);

  app.get('/media', async (request, reply) => {
    const ctx = contextOf(request, options.deps);
    const chrome = chromeOf(request, options, 'media');
    const q = queryParam(request.query, 'q').trim();
    const format = queryParam(request.query, 'format');
    const used = queryParam(request.query, 'used');
    const missingAlt = queryParam(request.query, 'missingAlt');
    const page = pageParam(request.query);
    const input: ListMediaInput = { page, limit: PER_PAGE };
    if (q) input.q = q;
    if ((MEDIA_FORMATS as readonly string[]).includes(format)) input.format = format as MediaFormat;
    if (used === 'yes' || used === 'no') input.used = used === 'yes';
    if (config.languages.includes(missingAlt)) input.missingAlt = missingAlt;
    const { items, total } = await listMedia(ctx, input);
    const filters = { q, format: input.format ?? '', used: input.used === undefined ? '' : used, missingAlt: input.missingAlt ?? '' };
    const model: MediaLibraryModel = {
      chrome,
      notice: noticeOf(chrome.lang, request.query),
      uploadAction: MEDIA_PATH,
      uploadLimit: describeBytes(config.mediaMaxBytes),
      searchAction: MEDIA_PATH,
      filters,
      formats: MEDIA_FORMATS.map((f) => ({ value: f, label: f.toUpperCase() })),
      languages: languageOptions(config.languages, chrome.lang),
      total,
      cards: items.map(({ media, useCount }) => ({
        href: mediaHref(media.id),
        filename: media.filename,
        credit: media.credit,
        thumbnail: adminThumbnail(media, 320, chrome.lang),
        useCount,
        missingAlt: config.languages.filter((l) => !media.alt[l]),
      })),
      pagination: paginationOf(MEDIA_PATH, filters, page, PER_PAGE, total),
    };
    return sendPage(reply, renderMediaLibraryPage(model));
  });

  app.post('/media', async (request, reply) => {
    const file = uploadedFile(request.body, 'file');
    if (!file) throw new ValidationError('file', 'is required: choose a picture to upload');
    const { media, created } = await uploadMedia(contextOf(request, options.deps), { filename: file.filename, bytes: file.bytes });
    return reply.redirect(withDone(mediaHref(media.id), created ? 'created' : 'existing'), 303);
  });

  app.get<IdParams>('/media/:id', async (request, reply) => {
    const ctx = contextOf(request, options.deps);
    const chrome = chromeOf(request, options, 'media');
    const { media, uses } = await getMedia(ctx, request.params.id);
    const names = new Map(languageOptions(config.languages, chrome.lang).map((o) => [o.value, o.label]));
    const model: MediaItemModel = {
      chrome,
      notice: noticeOf(chrome.lang, request.query),
      backHref: MEDIA_PATH,
      filename: media.filename,
      preview: adminThumbnail(media, 960, chrome.lang),
      facts: { width: media.width, height: media.height, size: describeBytes(media.bytes), format: media.format.toUpperCase() },
      uploadedAt: media.createdAt,
      uploadedBy: await describeUploader(ctx, media),
      action: mediaHref(media.id),
      languages: config.languages.map((code) => ({ code, label: names.get(code) ?? code, alt: media.alt[code] ?? '', caption: media.caption[code] ?? '' })),
      credit: media.credit,
      source: media.source,
      focalPoint: media.focalPoint,
      variantCount: media.variants.length,
      uses: uses.map((u) => ({ href: storyHref(u.storyId), headline: u.headline, lang: u.lang, status: u.status })),
      deleteAction: uses.length === 0 ? `${mediaHref(media.id)}/delete` : null,
      editable: mayChangeMedia(ctx.actor, media),
    };
    return sendPage(reply, renderMediaItemPage(model));
  });

  app.post<IdParams>('/media/:id', async (request, reply) => {
    const body = request.body;
    const metadata: MediaMetadataInput = {
      alt: Object.fromEntries(config.languages.map((l) => [l, field(body, `alt.${l}`)])),
      caption: Object.fromEntries(config.languages.map((l) => [l, field(body, `caption.${l}`)])),
      credit: field(body, 'credit'),
      source: field(body, 'source'),
      focalPoint: { x: focal(field(body, 'focalX'), 'focalPoint.x'), y: focal(field(body, 'focalY'), 'focalPoint.y') },
    };
    await updateMedia(contextOf(request, options.deps), { id: request.params.id, metadata });
    return reply.redirect(withDone(mediaHref(request.params.id), 'saved'), 303);
  });

  app.post<IdParams>('/media/:id/delete', async (request, reply) => {
    await deleteMedia(contextOf(request, options.deps), request.params.id);
    return reply.redirect(withDone(MEDIA_PATH, 'deleted'), 303);
  });
};

/** A focal point coordinate typed in the form ("0.5", or "0,5" in languages that write commas). */
function focal(text: string, name: string): number {
  const value = Number(text.trim().replace(',', '.'));
  if (text.trim() === '' || !Number.isFinite(value)) throw new ValidationError(name, `"${text}" is not a number from 0 to 1`);
  return value;
}
