/**
 * Security headers on every response, errors included. Pages load nothing but our own
 * stylesheet and images, so the policy allows nothing else (no inline script or style).
 */
import type { FastifyInstance } from 'fastify';

/** The headers, as sent; the page cache stores them with each entry. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
    "base-uri 'self'; frame-ancestors 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
});

/** Adds the headers in an onSend hook, which runs for routes, 404s and errors alike. */
export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.headers(SECURITY_HEADERS);
    return payload;
  });
}
