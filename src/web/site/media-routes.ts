/**
 * `/media/{hash}/{name}`: the library's files. A name always stands for the same bytes (the
 * hash names the original, the file name the variant, the focal point the crop), so files are
 * sent as immutable, cached for a year, with a strong ETag. A variant not made yet is answered
 * with the original, briefly cacheable, so a page is never shown a broken image.
 */
import { createReadStream } from 'node:fs';
import type { FastifyPluginAsync } from 'fastify';
import { MEDIA_FILE_NAME, MEDIA_HASH } from '../../domain/media.js';
import { NotFoundError } from '../../domain/errors.js';
import { readMediaFile } from '../../services/read-media-file.js';
import type { AppDeps } from '../build-app.js';

/** How long a stand-in original may be cached: until the variant is likely to exist. */
const STAND_IN_SECONDS = 60;

/** Route of the media files. */
export const mediaFileRoutes: FastifyPluginAsync<{ deps: AppDeps }> = async (app, { deps }) => {
  app.get<{ Params: { hash: string; name: string } }>('/media/:hash/:name', async (request, reply) => {
    const { hash, name } = request.params;
    if (!MEDIA_HASH.test(hash) || !MEDIA_FILE_NAME.test(name)) throw new NotFoundError(`no media file at ${request.url}`);
    const file = await readMediaFile(deps.contextFor(), hash, name);
    if (!file) throw new NotFoundError(`no media file at ${request.url}`);
    const etag = `"${hash.slice(0, 16)}-${file.name}-${file.size}"`;
    reply
      .header('etag', etag)
      .header('cache-control', file.exact ? 'public, max-age=31536000, immutable' : `public, max-age=${STAND_IN_SECONDS}`)
      .header('content-type', file.contentType);
    if (matchesEtag(request.headers['if-none-match'], etag)) return reply.status(304).send();
    reply.header('content-length', String(file.size));
    if (request.method === 'HEAD') return reply.send();
    return reply.send(createReadStream(file.path));
  });
};

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
