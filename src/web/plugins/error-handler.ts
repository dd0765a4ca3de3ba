/**
 * Every error a client gets: JSON `{error: {code, message, details?}}` with a 4xx status for
 * what the client can fix, and a bare "something went wrong" (logged here in full) for the rest.
 * Reader pages get the HTML 404 page instead of JSON; nothing ever shows a stack trace.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  DomainError,
  DuplicateError,
  ForbiddenError,
  NotFoundError,
  PrivateAddressError,
  RateLimitedError,
  RevisionConflictError,
  TransitionError,
  UnauthenticatedError,
  ValidationError,
} from '../../domain/errors.js';
import { MediaInUseError, MediaTooLargeError, UnprocessableMediaError, UnsupportedMediaError } from '../../domain/media-errors.js';
import { SECURITY_HEADERS } from './security-headers.js';

/** The body of every JSON error response. */
export interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

/** Sends the HTML 404 page of the reader site (for paths outside /api). */
export type NotFoundPage = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

/** One entry of a schema validation failure, as Fastify's validators report it. */
interface SchemaIssue {
  keyword: string;
  instancePath: string;
  message?: string;
  params: Record<string, unknown>;
}

const INTERNAL: ErrorBody = { error: { code: 'internal', message: 'Something went wrong on our side.' } };

/** Status of each domain error class; the first match wins. */
const DOMAIN_STATUS: Array<[abstract new (...args: never[]) => DomainError, number]> = [
  [ValidationError, 400],
  [UnauthenticatedError, 401],
  [ForbiddenError, 403],
  [NotFoundError, 404],
  [RevisionConflictError, 409],
  [DuplicateError, 409],
  [MediaInUseError, 409],
  [MediaTooLargeError, 413],
  [UnsupportedMediaError, 415],
  [UnprocessableMediaError, 422],
  [TransitionError, 422],
  [PrivateAddressError, 422],
  [RateLimitedError, 429],
];

/** Codes for Fastify's own client errors that are not schema failures. */
const CLIENT_ERROR_CODES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_request',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
};

/** True for paths answered in JSON (the APIs). */
export function isApiPath(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
}

/** Installs the error and not-found handlers on the root app; child plugins inherit them. */
export function installErrorHandler(app: FastifyInstance, notFoundPage: NotFoundPage): void {
  app.setErrorHandler(async (err: FastifyError, request, reply) => {
    const mapped = toClientError(err);
    if (!mapped) {
      request.log.error({ err }, 'request failed');
      if (!isApiPath(request.url)) {
        return reply.status(500).type('text/plain; charset=utf-8').send(INTERNAL.error.message);
      }
      return reply.status(500).type('application/json; charset=utf-8').send(INTERNAL);
    }
    if (mapped.status === 404 && !isApiPath(request.url) && isPageRequest(request)) {
      return notFoundPage(request, reply);
    }
    // Only the APIs take bearer keys; the admin UI signs in with a form.
    if (mapped.status === 401 && isApiPath(request.url)) reply.header('www-authenticate', 'Bearer');
    // The message says when in words; Retry-After says it to software, in seconds.
    if (err instanceof RateLimitedError) reply.header('retry-after', String(err.retryAfterSeconds));
    return reply.status(mapped.status).type('application/json; charset=utf-8').send(mapped.body);
  });

  app.setNotFoundHandler(async (request, reply) => {
    if (isApiPath(request.url) || !isPageRequest(request)) {
      const path = request.url.split('?')[0];
      const body: ErrorBody = { error: { code: 'not_found', message: `no route ${request.method} ${path}` } };
      return reply.status(404).type('application/json; charset=utf-8').send(body);
    }
    return notFoundPage(request, reply);
  });
}

/**
 * Answers the errors Fastify raises before routing (a URL that cannot be decoded), which the
 * error handler never sees; pass it as the `frameworkErrors` option.
 */
export function answerFrameworkError(err: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const status = err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 400;
  const message = err.code === 'FST_ERR_BAD_URL' ? 'the address is not a valid URL (bad percent-encoding)' : err.message;
  // Fastify answers these outside the route lifecycle, so the onSend hooks add nothing.
  reply.headers(SECURITY_HEADERS);
  if (!isApiPath(request.url)) {
    reply.status(status).type('text/plain; charset=utf-8').send(`Bad request: ${message}.`);
    return;
  }
  const body: ErrorBody = { error: { code: 'bad_request', message } };
  reply.status(status).type('application/json; charset=utf-8').send(body);
}

/** True for requests a browser makes for a page (GET, or HEAD to check one). */
function isPageRequest(request: FastifyRequest): boolean {
  return request.method === 'GET' || request.method === 'HEAD';
}

/** The status and body a client gets for an error it caused; undefined for our own faults. */
export function toClientError(err: FastifyError | Error): { status: number; body: ErrorBody } | undefined {
  if (err instanceof DomainError) {
    const status = DOMAIN_STATUS.find(([cls]) => err instanceof cls)?.[1] ?? 400;
    const error: ErrorBody['error'] = { code: err.code, message: err.message };
    if (err.details) error.details = err.details;
    return { status, body: { error } };
  }
  const fastifyError = err as FastifyError;
  if (Array.isArray(fastifyError.validation)) {
    const part = fastifyError.validationContext ?? 'request';
    return { status: 400, body: { error: describeSchemaFailure(fastifyError.validation as SchemaIssue[], part) } };
  }
  const status = fastifyError.statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    const code = CLIENT_ERROR_CODES[fastifyError.code] ?? 'bad_request';
    const message = code === 'unsupported_media_type' ? 'send the request body as application/json' : fastifyError.message;
    return { status, body: { error: { code, message } } };
  }
  return undefined;
}

/**
 * One clear message about the first thing wrong with the input, naming the field
 * ("headline: must be string") rather than Fastify's "body/headline must be string".
 */
function describeSchemaFailure(issues: SchemaIssue[], part: string): ErrorBody['error'] {
  const failure = (field: string, message: string): ErrorBody['error'] =>
    field
      ? { code: 'validation_failed', message: `${field}: ${message}`, details: { field } }
      : // The whole part failed (a body that is no JSON object): there is no field to name.
        { code: 'validation_failed', message: `request ${part}: ${message}`, details: { field: '', part } };
  // The validators list the leaf failures first and then the enclosing ones ("must match a
  // schema in anyOf"); an unknown property is reported both as a leaf and as its parent.
  const unknown = issues.find((i) => i.keyword === 'additionalProperties');
  if (unknown) {
    const names = (unknown.params.additionalProperties ?? unknown.params.additionalProperty) as string[] | string;
    const name = Array.isArray(names) ? names[0] : names;
    const field = joinPath(unknown.instancePath, name);
    return failure(field, 'is not a known field');
  }
  const required = issues.find((i) => i.keyword === 'required');
  if (required) {
    const names = (required.params.requiredProperties ?? required.params.missingProperty) as string[] | string;
    const name = Array.isArray(names) ? names[0] : names;
    return failure(joinPath(required.instancePath, name), 'is required');
  }
  const first = issues[0];
  if (!first) return failure('', 'is not valid');
  if (first.instancePath === '' && first.keyword === 'type') return failure('', `must be a JSON ${first.params.type}`);
  const field = joinPath(first.instancePath);
  const enumIssue = issues.find((i) => i.instancePath === first.instancePath && i.keyword === 'enum');
  if (enumIssue) {
    const allowed = enumIssue.params.allowedValues as unknown[] | undefined;
    return failure(field, allowed ? `must be one of ${allowed.join(', ')}` : 'is not an allowed value');
  }
  return failure(field, first.message ?? 'is not valid');
}

/** `/topics/0` (+ `name`) → `topics[0].name`. */
function joinPath(instancePath: string, name?: string): string {
  const parts = instancePath.split('/').filter(Boolean);
  if (name !== undefined) parts.push(name);
  return parts.reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}
