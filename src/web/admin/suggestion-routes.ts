/**
 * `POST /admin/stories/{id}/suggestions/{suggestionId}`: the editor's Accept and Reject buttons
 * (a plain form with `decision=accepted|rejected`; the admin plugin's hooks check the session
 * and the CSRF token). Success goes back to the editor's panel (303); a refusal is the admin
 * error page, which says why.
 */
import type { FastifyPluginAsync } from 'fastify';
import { decideSuggestion } from '../../services/decide-suggestion.js';
import { contextOf, field, storyHref, withDone, type AdminOptions } from './admin-request.js';

type Params = { Params: { id: string; suggestionId: string } };

/** Route of the suggestion decisions. */
export const suggestionRoutes: FastifyPluginAsync<AdminOptions> = async (app, { deps }) => {
  app.post<Params>('/stories/:id/suggestions/:suggestionId', async (request, reply) => {
    const ctx = contextOf(request, deps);
    const { suggestion, story } = await decideSuggestion(ctx, {
      storyId: request.params.id,
      suggestionId: request.params.suggestionId,
      decision: field(request.body, 'decision'),
    });
    const done = suggestion.decision === 'accepted' ? 'suggestion-accepted' : 'suggestion-rejected';
    return reply.redirect(`${withDone(storyHref(story.id), done)}#suggestions`, 303);
  });
};
