/**
 * Translations in the admin UI: `GET /admin/translations` (the translation board: which
 * stories lack which languages, which translations are older than their source) and
 * `POST /admin/stories/{id}/translations` (start one, from the editor's Translations panel or
 * the board's Translate buttons; then the new draft's editor).
 */
import type { FastifyPluginAsync } from 'fastify';
import type { TranslationBoardModel, TranslationBoardRow } from '../../render/admin-translation-view-models.js';
import { renderTranslationBoardPage } from '../../render/pages/admin/translation-board-page.js';
import { listTranslationStatus, TRANSLATION_STATES, type ListTranslationStatusInput } from '../../services/list-translation-status.js';
import { startTranslation } from '../../services/start-translation.js';
import {
  ADMIN_PATHS,
  chromeOf,
  contextOf,
  field,
  languageOptions,
  pageParam,
  paginationOf,
  queryParam,
  sendPage,
  storyHref,
  withDone,
  type AdminOptions,
} from './admin-request.js';
import { languageNames, translateActionOf, translationRows } from './translation-rows.js';

const PER_PAGE = 20;

/** The editor posts its whole form here (see translations-panel.tsx): allow a story's size. */
const EDITOR_BODY_LIMIT = 8 * 1024 * 1024;

/** Routes of the translation board and of starting a translation. */
export const translationRoutes: FastifyPluginAsync<AdminOptions> = async (app, options) => {
  const { config } = options.deps;

  app.get('/translations', async (request, reply) => {
    const q = request.query;
    // A language the site lacks or a state the board does not know is ignored, as a blank filter.
    const lang = queryParam(q, 'lang');
    const state = queryParam(q, 'state');
    const filters = {
      lang: config.languages.includes(lang) ? lang : '',
      state: (TRANSLATION_STATES as readonly string[]).includes(state) ? state : '',
    };
    const page = pageParam(q);
    const input: ListTranslationStatusInput = { page, limit: PER_PAGE };
    if (filters.lang) input.lang = filters.lang;
    if (filters.state) input.state = filters.state;
    const ctx = contextOf(request, options.deps);
    const { items, total } = await listTranslationStatus(ctx, input);
    const chrome = chromeOf(request, options, 'translations');
    const names = languageNames([...config.languages, ...items.flatMap((g) => g.versions.map((v) => v.lang))], chrome.lang);
    const rows = items.map((group): TranslationBoardRow => {
      const versions = translationRows(group, names);
      return {
        source: versions[0]!,
        cells: config.languages.map((code) => ({
          lang: code,
          language: names.get(code) ?? code,
          version: versions.find((v) => v.lang === code) ?? null,
        })),
        translateAction: translateActionOf(group.source.id),
      };
    });
    const model: TranslationBoardModel = {
      chrome,
      filters,
      languages: languageOptions(config.languages, chrome.lang),
      states: TRANSLATION_STATES,
      rows,
      pagination: paginationOf(ADMIN_PATHS.translations, filters, page, PER_PAGE, total),
      action: ADMIN_PATHS.translations,
    };
    return sendPage(reply, renderTranslationBoardPage(model));
  });

  app.post<{ Params: { id: string } }>('/stories/:id/translations', { bodyLimit: EDITOR_BODY_LIMIT }, async (request, reply) => {
    const story = await startTranslation(contextOf(request, options.deps), {
      storyId: request.params.id,
      lang: field(request.body, 'translationLang'),
    });
    return reply.redirect(withDone(storyHref(story.id), 'translation-started'), 303);
  });
};
