/**
 * Multipart forms of the admin UI (picture uploads). The body is read and parsed before the
 * admin plugin's CSRF check runs (a content-type parser, not a later hook), so the `_csrf`
 * field of a plain HTML upload form is checked like any other form's. Parsing uses the web
 * platform's own multipart reader (`Response.formData()`): text fields become strings, files
 * `{filename, bytes}`. Registered only by the route families that take uploads.
 */
import type { FastifyInstance } from 'fastify';
import { describeBytes } from '../../domain/media.js';

/** A file sent in a multipart form. */
export interface UploadedFile {
  filename: string;
  bytes: Buffer;
}

// The rest of the form (CSRF token, captions, the multipart framing) next to the file.
const FORM_OVERHEAD = 256 * 1024;

/** Lets `app` (an encapsulated plugin) read `multipart/form-data` bodies of up to `maxFileBytes` per file. */
export function acceptMultipartForms(app: FastifyInstance, maxFileBytes: number): void {
  app.addContentTypeParser('multipart/form-data', { parseAs: 'buffer', bodyLimit: maxFileBytes + FORM_OVERHEAD }, (request, body, done) => {
    const contentType = request.headers['content-type'] ?? '';
    new Response(new Uint8Array(body as Buffer) as Uint8Array<ArrayBuffer>, { headers: { 'content-type': contentType } })
      .formData()
      .then(async (form) => {
        const fields: Record<string, string | UploadedFile> = {};
        for (const [name, value] of form) {
          if (name in fields) continue;
          fields[name] = typeof value === 'string' ? value : { filename: value.name, bytes: Buffer.from(await value.arrayBuffer()) };
        }
        done(null, fields);
      })
      .catch(() => {
        const err = Object.assign(new Error(`the upload could not be read as a form (at most ${describeBytes(maxFileBytes)} per picture)`), { statusCode: 400 });
        done(err, undefined);
      });
  });
}

/** The file of a multipart field, or null when none was chosen. */
export function uploadedFile(body: unknown, name: string): UploadedFile | null {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  if (typeof value !== 'object' || value === null || !('bytes' in value)) return null;
  const file = value as UploadedFile;
  return file.bytes.length > 0 ? file : null;
}
