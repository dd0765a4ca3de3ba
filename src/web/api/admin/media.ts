/**
 * `/api/admin/v1/media`: upload pictures (multipart), list and search the library, read one
 * with where it is used, change its metadata, delete it while unused. Multipart parsing is
 * registered here only: no other Admin API route accepts uploads.
 */
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { ValidationError } from '../../../domain/errors.js';
import { MediaTooLargeError, UnsupportedMediaError } from '../../../domain/media-errors.js';
import { describeBytes, MEDIA_FORMATS, MEDIA_LIMITS, mediaPath, originalName, type MediaItem } from '../../../domain/media.js';
import { presentAdminMedia as presentMedia, type MediaLinks } from '../../../render/json/admin-media.js';
import { deleteMedia } from '../../../services/delete-media.js';
import { getMedia } from '../../../services/get-media.js';
import { listMedia } from '../../../services/list-media.js';
import { updateMedia } from '../../../services/update-media.js';
import { uploadMedia } from '../../../services/upload-media.js';
import type { AppDeps } from '../../build-app.js';
import { pageQuery, PaginationJson, paginationOf } from './pagination.js';
import { actorOf } from './require-admin-key.js';
import { COMMON_ERRORS, ErrorJson } from './story-schemas.js';

const Texts = (what: string, max: number) =>
  Type.Record(Type.String(), Type.String({ maxLength: max }), {
    description: `${what} by language code, e.g. {"en": "…", "fr": "…"}; an empty text removes that language's`,
  });

const FocalPoint = Type.Object(
  {
    x: Type.Number({ minimum: 0, maximum: 1, description: 'From the left edge (0) to the right edge (1)' }),
    y: Type.Number({ minimum: 0, maximum: 1, description: 'From the top edge (0) to the bottom edge (1)' }),
  },
  { additionalProperties: false, description: 'Where the subject is; crops (the sharing card) keep it in frame' },
);

const VariantJson = Type.Object({
  name: Type.String({ description: 'File name, e.g. w640.avif or share-500-500.jpg' }),
  width: Type.Integer({ description: 'Width in pixels' }),
  height: Type.Integer({ description: 'Height in pixels' }),
  format: Type.String({ description: 'avif, webp or jpeg' }),
  bytes: Type.Integer({ description: 'Size of the file' }),
  url: Type.String({ description: 'Absolute URL (immutable: cached for a year)' }),
});

const UseJson = Type.Object({
  storyId: Type.String({ description: 'The story using the picture' }),
  lang: Type.String({ description: "The story's language" }),
  headline: Type.String({ description: "The story's headline" }),
  status: Type.String({ description: "The story's status" }),
});

/** A media item as every media endpoint returns it. */
const MediaJson = Type.Object({
  id: Type.String({ description: 'Identifier of the item' }),
  hash: Type.String({ description: 'SHA-256 of the stored original (EXIF orientation applied, metadata stripped)' }),
  filename: Type.String({ description: 'The name it was uploaded with' }),
  mime: Type.String({ description: 'Type of the original, e.g. image/jpeg' }),
  width: Type.Integer({ description: 'Width of the original in pixels, upright' }),
  height: Type.Integer({ description: 'Height of the original in pixels, upright' }),
  bytes: Type.Integer({ description: 'Size of the stored original' }),
  alt: Type.Record(Type.String(), Type.String(), { description: 'Alt text by language' }),
  caption: Type.Record(Type.String(), Type.String(), { description: 'Caption by language' }),
  credit: Type.String({ description: 'Who made it, e.g. "Dateline/Illustration"' }),
  source: Type.String({ description: 'Where it came from' }),
  focalPoint: FocalPoint,
  createdAt: Type.String({ format: 'date-time', description: 'When it was uploaded' }),
  createdBy: Type.String({ description: 'Id of the user or API key that uploaded it' }),
  url: Type.String({ description: 'Absolute URL of the stored original' }),
  variants: Type.Array(VariantJson, { description: 'Variants made so far (none until the variants job has run)' }),
  useCount: Type.Optional(Type.Integer({ description: 'In lists: how many stories use it' })),
  uses: Type.Optional(Type.Array(UseJson, { description: 'The stories that use it as their hero image' })),
});

const MediaEnvelope = Type.Object({ media: MediaJson }, { description: 'The item' });
const MediaIdParams = Type.Object({ id: Type.String({ description: 'Identifier of the item' }) });

const DEFAULT_LIMIT = 24;

const ListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 200, description: 'Only items whose filename, caption or credit contains this text, ignoring case' })),
    format: Type.Optional(Type.Enum([...MEDIA_FORMATS], { description: 'Only originals of this format' })),
    used: Type.Optional(Type.Boolean({ description: 'true: only items a story uses; false: only unused ones' })),
    missingAlt: Type.Optional(Type.String({ description: 'Only items without alt text in this language' })),
    ...pageQuery('Items', DEFAULT_LIMIT),
  },
  { additionalProperties: false },
);

const MediaList = Type.Object({
  media: Type.Array(MediaJson, { description: 'The items of this page, newest first' }),
  meta: Type.Object({ pagination: PaginationJson }),
});

const UpdateBody = Type.Object(
  {
    alt: Type.Optional(Texts('Alt text (what the picture shows, for people who cannot see it)', MEDIA_LIMITS.alt)),
    caption: Type.Optional(Texts('Caption', MEDIA_LIMITS.caption)),
    credit: Type.Optional(Type.String({ maxLength: MEDIA_LIMITS.credit, description: 'Who made it' })),
    source: Type.Optional(Type.String({ maxLength: MEDIA_LIMITS.source, description: 'Where it came from' })),
    focalPoint: Type.Optional(FocalPoint),
  },
  { additionalProperties: false },
);

/** The multipart part of the upload, in the OpenAPI document only (it is read by hand, not validated). */
const UploadBody = Type.Object({
  file: Type.String({ format: 'binary', description: 'The picture: JPEG, PNG, WebP, AVIF or GIF (the bytes decide, not the name)' }),
});

/** Absolute URLs of an item's files on this site. */
function linksOf(siteUrl: string, media: MediaItem): MediaLinks {
  return { original: siteUrl + mediaPath(media.hash, originalName(media.format)), file: (name) => siteUrl + mediaPath(media.hash, name) };
}

/** Routes of `/media` and `/media/{id}` (registered inside the authenticated Admin API). */
export const mediaRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const { siteUrl, mediaMaxBytes } = deps.config;
  const presentAdminMedia = (media: MediaItem, extra?: Parameters<typeof presentMedia>[2]) => presentMedia(media, linksOf(siteUrl, media), extra);
  // One file per request; the byte limit is checked while reading, so a huge upload stops early.
  await app.register(multipart, { limits: { fileSize: mediaMaxBytes, files: 1, fields: 0, parts: 2 } });

  app.post(
    '/media',
    {
      schema: {
        summary: 'Upload a picture',
        description:
          'Send the picture as the multipart/form-data field `file`. The bytes decide what it is: anything but ' +
          'JPEG, PNG, WebP, AVIF or GIF is a 415; a file over the size limit a 413; an image over the pixel limit ' +
          '(decompression bombs) a 422. EXIF orientation is applied and EXIF/XMP (GPS included) removed, the ' +
          'colour profile kept. Answers 201 with the new item, or 200 with the existing one when the same bytes ' +
          'were uploaded before. Variants are made in the background.',
        tags: ['media'],
        consumes: ['multipart/form-data'],
        body: UploadBody,
        response: { 200: MediaEnvelope, 201: MediaEnvelope, ...COMMON_ERRORS, 413: ErrorJson, 415: ErrorJson, 422: ErrorJson },
      },
      // The multipart stream is read by the handler; there is no parsed body to validate.
      validatorCompiler: () => () => true,
    },
    async (request, reply) => {
      const { filename, bytes } = await readUpload(request, mediaMaxBytes);
      const result = await uploadMedia(deps.contextFor(actorOf(request)), { filename, bytes });
      return reply.status(result.created ? 201 : 200).send({ media: presentAdminMedia(result.media) });
    },
  );

  app.get(
    '/media',
    {
      schema: {
        summary: 'List the media library',
        description: 'Pictures newest first, a page at a time, with how many stories use each.',
        tags: ['media'],
        querystring: ListQuery,
        response: { 200: MediaList, ...COMMON_ERRORS },
      },
    },
    async (request) => {
      const { page = 1, limit = DEFAULT_LIMIT, ...filter } = request.query;
      const result = await listMedia(deps.contextFor(actorOf(request)), { ...filter, page, limit });
      return {
        media: result.items.map((i) => presentAdminMedia(i.media, { useCount: i.useCount })),
        meta: { pagination: paginationOf(page, limit, result.total) },
      };
    },
  );

  app.get(
    '/media/:id',
    {
      schema: {
        summary: 'Read a picture',
        description: 'The item with its variants and the stories that use it.',
        tags: ['media'],
        params: MediaIdParams,
        response: { 200: MediaEnvelope, ...COMMON_ERRORS, 404: ErrorJson },
      },
    },
    async (request) => {
      const { media, uses } = await getMedia(deps.contextFor(actorOf(request)), request.params.id);
      return { media: presentAdminMedia(media, { uses }) };
    },
  );

  app.patch(
    '/media/:id',
    {
      schema: {
        summary: 'Describe a picture',
        description:
          'Changes alt text and captions (per language), credit, source or focal point; absent fields stay. ' +
          'A new focal point cuts a new sharing card in the background. Contributors may change only the ' +
          'pictures they uploaded (403).',
        tags: ['media'],
        params: MediaIdParams,
        body: UpdateBody,
        response: { 200: MediaEnvelope, ...COMMON_ERRORS, 404: ErrorJson },
      },
    },
    async (request) => {
      const media = await updateMedia(deps.contextFor(actorOf(request)), { id: request.params.id, metadata: request.body });
      return { media: presentAdminMedia(media) };
    },
  );

  app.delete(
    '/media/:id',
    {
      schema: {
        summary: 'Delete a picture',
        description:
          'Deletes the item and its files. While a story uses it, the answer is 409 naming the stories. ' +
          'Contributors may delete only the pictures they uploaded (403).',
        tags: ['media'],
        params: MediaIdParams,
        response: { 204: Type.Null({ description: 'Deleted' }), ...COMMON_ERRORS, 404: ErrorJson, 409: ErrorJson },
      },
    },
    async (request, reply) => {
      await deleteMedia(deps.contextFor(actorOf(request)), request.params.id);
      return reply.status(204).send(null);
    },
  );
};

/** The uploaded file of a multipart request, read whole (within the byte limit). */
async function readUpload(request: FastifyRequest, maxBytes: number): Promise<{ filename: string; bytes: Buffer }> {
  if (!request.isMultipart()) {
    throw new UnsupportedMediaError('send the picture as multipart/form-data, in a field named "file"');
  }
  const part = await request.file();
  if (!part) throw new ValidationError('file', 'is required: send the picture in a multipart field named "file"');
  if (part.fieldname !== 'file') {
    throw new ValidationError('file', `is required: the picture came in a field named "${part.fieldname}", expected "file"`);
  }
  try {
    return { filename: part.filename, bytes: await part.toBuffer() };
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new MediaTooLargeError(`the file is over the upload limit of ${describeBytes(maxBytes)}`, { limit: maxBytes });
    }
    throw err;
  }
}
