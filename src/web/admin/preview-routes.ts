/**
 * `POST /admin/preview`: the body rendered exactly as the story page renders it (same Markdown
 * rules, raw HTML off), for the editor's live preview. Answers an HTML fragment.
 */
import type { FastifyPluginAsync } from 'fastify';
import { renderMarkdown } from '../../render/markdown.js';
import { field, type AdminOptions } from './admin-request.js';

/** Route of the preview. */
export const previewRoutes: FastifyPluginAsync<AdminOptions> = async (app) => {
  app.post('/preview', { bodyLimit: 8 * 1024 * 1024 }, async (request, reply) => {
    const body = field(request.body, 'body').replace(/\r\n?/g, '\n');
    const html = body.trim() === '' ? '' : renderMarkdown(body, { datelinePlace: field(request.body, 'datelinePlace') });
    return reply.header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html);
  });
};
