/**
 * The pages of people, organisations and places: `/{lang}/people/{slug}`,
 * `/{lang}/organisations/{slug}` and `/{lang}/places/{slug}`, each the stories in that language
 * that name the entity (20 a page, `?page=N` after the first) and, on the first page, its quotes.
 */
import type { FastifyPluginAsync } from 'fastify';
import { ENTITY_PATH_SEGMENTS, ENTITY_TYPES, entityName, entityPath, entityTag } from '../../domain/entity.js';
import { navigationTag } from '../../domain/events.js';
import { storyPath } from '../../domain/story.js';
import { t } from '../../render/i18n/messages.js';
import { renderEntityPage } from '../../render/pages/entity-page.js';
import { getEntityPage } from '../../services/get-entity-page.js';
import { tagPage } from '../plugins/page-cache.js';
import { sectionHead } from './head-view-models.js';
import { assertPageExists, pageNumber, PAGINATED, sendHtml, siteLanguage, STORIES_PER_PAGE, type SiteOptions } from './site-request.js';
import { buildChrome, buildPagination, storyTags, toTeaser } from './view-models.js';

/** Params of an entity address; Fastify hands them over percent-decoded. */
interface EntityParams {
  lang: string;
  slug: string;
}

/** Routes of the entity pages. */
export const entityRoutes: FastifyPluginAsync<SiteOptions> = async (app, { deps, stylesheetHref }) => {
  const { config } = deps;
  for (const type of ENTITY_TYPES) {
    app.get<{ Params: EntityParams }>(`/:lang/${ENTITY_PATH_SEGMENTS[type]}/:slug`, { config: PAGINATED }, async (request, reply) => {
      const lang = siteLanguage(deps, request.params.lang);
      const page = pageNumber(request.query);
      const ctx = deps.contextFor();
      const found = await getEntityPage(ctx, { type, slug: request.params.slug, lang, page, limit: STORIES_PER_PAGE });
      assertPageExists(page, found.stories.total);
      const path = entityPath(lang, found.entity);
      const name = entityName(found.entity, lang);
      // No links to other languages: the entity has a page only where stories in that language name it.
      const chrome = await buildChrome(ctx, {
        lang,
        path: page === 1 ? path : `${path}?page=${page}`,
        siteName: config.siteName,
        siteUrl: config.siteUrl,
        stylesheetHref,
      });
      chrome.head = sectionHead(config, {
        lang,
        path: chrome.path,
        title: name,
        description: t(lang, 'entity.description', { name, siteName: config.siteName }),
        feedBase: null,
        stories: found.stories.items,
      });
      // The analysis of any story naming it purges `entity:{id}`; the listed stories purge their own tags.
      tagPage(request, [entityTag(found.entity.id), navigationTag(lang), ...storyTags(found.stories.items), ...storyTags(found.quotes.map((q) => q.story))]);
      return sendHtml(
        reply,
        renderEntityPage({
          chrome,
          type,
          name,
          role: found.role,
          stories: found.stories.items.map(toTeaser),
          quotes: found.quotes.map((q) => ({
            text: q.text,
            story: { href: storyPath(q.story), label: q.story.headline },
            publishedAt: q.story.publishedAt ?? q.story.createdAt,
          })),
          pagination: buildPagination(path, page, STORIES_PER_PAGE, found.stories.total),
        }),
      );
    });
  }
};
