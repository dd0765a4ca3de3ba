/**
 * How the admin UI answers what goes wrong: a page that says what happened and, for a refusal,
 * which role may do it (the services' messages name it); JSON for the script's requests
 * (autosave, preview). Never a stack trace.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { NotFoundError } from '../../domain/errors.js';
import { renderAdminErrorPage } from '../../render/pages/admin/error-page.js';
import { toClientError } from '../plugins/error-handler.js';
import { SIGN_IN_PATH } from '../plugins/session-auth.js';
import { ADMIN_PATHS, chromeOf, sendPage, type AdminOptions } from './admin-request.js';

const INTERNAL = 'something went wrong on our side; your last change may not have been saved. Please try again';

/** True for the script's requests, which read JSON errors. */
function wantsJson(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes('application/json');
}

/** Where "Go back" leads: the page the person came from when it is an admin page, else the dashboard. */
function backHref(request: FastifyRequest): string {
  const referer = request.headers.referer;
  if (referer) {
    try {
      const url = new URL(referer);
      if (url.host === request.headers.host && url.pathname.startsWith('/admin')) return url.pathname + url.search;
    } catch {
      // Not a URL: fall back to the dashboard.
    }
  }
  return ADMIN_PATHS.dashboard;
}

/** Sends the admin error page with `status` and the reason. */
function sendErrorPage(request: FastifyRequest, reply: FastifyReply, options: AdminOptions, status: number, message: string) {
  const chrome = chromeOf(request, options, null);
  const back = status === 401 ? `${SIGN_IN_PATH}?next=${encodeURIComponent(backHref(request))}` : backHref(request);
  return sendPage(reply, renderAdminErrorPage({ chrome, status, message, backHref: back }), status);
}

/** Installs the admin error and not-found handlers on the (encapsulated) admin plugin. */
export function installAdminErrors(app: FastifyInstance, options: AdminOptions): void {
  app.setErrorHandler(async (err: FastifyError, request, reply) => {
    const mapped = toClientError(err);
    if (!mapped) {
      request.log.error({ err }, 'admin request failed');
      if (wantsJson(request)) return reply.status(500).send({ error: { code: 'internal', message: INTERNAL } });
      try {
        return sendErrorPage(request, reply, options, 500, INTERNAL);
      } catch {
        return reply.status(500).type('text/plain; charset=utf-8').send('Something went wrong on our side.');
      }
    }
    if (wantsJson(request)) return reply.status(mapped.status).type('application/json; charset=utf-8').send(mapped.body);
    return sendErrorPage(request, reply, options, mapped.status, mapped.body.error.message);
  });

  app.setNotFoundHandler(async (request, reply) => {
    const err = new NotFoundError(`there is no admin page at ${request.url.split('?')[0]}`);
    if (wantsJson(request)) return reply.status(404).send({ error: { code: err.code, message: err.message } });
    return sendErrorPage(request, reply, options, 404, err.message);
  });
}
