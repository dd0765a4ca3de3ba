/**
 * `POST /admin/stories/{id}/hero`: the editor's hero image panel. A file, when one was chosen
 * (or dropped), is uploaded to the library and becomes the story's picture; otherwise the
 * picture chosen from the library (or none). The story's own caption and credit are saved with
 * it, as a new revision. Then back to the editor (303).
 *
 * It is saved on the story's current revision rather than the one the page was opened at:
 * it changes only the hero fields, so it cannot overwrite anybody's text, and the editor's
 * autosave moves the revision on while the page stays open.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { StoryFields } from '../../domain/story-input.js';
import { getStory } from '../../services/get-story.js';
import { updateStory } from '../../services/update-story.js';
import { uploadMedia } from '../../services/upload-media.js';
import { contextOf, field, storyHref, withDone, type AdminOptions } from './admin-request.js';
import { acceptMultipartForms, uploadedFile } from './multipart-form.js';

/** Route of the hero image panel (registered inside the admin UI's plugin). */
export const storyHeroRoutes: FastifyPluginAsync<AdminOptions> = async (app, options) => {
  acceptMultipartForms(app, options.deps.config.mediaMaxBytes);

  app.post<{ Params: { id: string } }>('/stories/:id/hero', async (request, reply) => {
    const ctx = contextOf(request, options.deps);
    const body = request.body;
    const story = await getStory(ctx, request.params.id);
    const file = uploadedFile(body, 'file');
    const chosen = field(body, 'heroMediaId').trim();
    const heroMediaId = file ? (await uploadMedia(ctx, { filename: file.filename, bytes: file.bytes })).media.id : chosen || null;
    const fields: StoryFields = { heroMediaId, heroCaption: field(body, 'heroCaption'), heroCredit: field(body, 'heroCredit') };
    const saved = await updateStory(ctx, { id: story.id, revision: story.revision, fields, note: 'Hero image' });
    return reply.redirect(withDone(storyHref(saved.id), 'saved'), 303);
  });
};
