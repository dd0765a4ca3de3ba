/**
 * The front door: `/` sends readers to the default language's home, `/{lang}` to `/{lang}/`,
 * and `/{lang}/` is the home page of a language.
 */
import { navigationTag } from '../../domain/events.js';
import type { FastifyPluginAsync } from 'fastify';
import { renderHomePage } from '../../render/pages/home-page.js';
import { getHomePage } from '../../services/get-home-page.js';
import { tagPage } from '../plugins/page-cache.js';
import { sendHtml, siteLanguage, type SiteOptions } from './site-request.js';
import { buildChrome, storyTags, termLink, toTeaser } from './view-models.js';

/** Routes of `/`, `/{lang}` and `/{lang}/`. */
export const homeRoutes: FastifyPluginAsync<SiteOptions> = async (app, { deps, stylesheetHref }) => {
  const { config } = deps;

  app.get('/', async (_request, reply) => reply.redirect(`/${config.languages[0]}/`, 302));

  app.get<{ Params: { lang: string } }>('/:lang', async (request, reply) => {
    const lang = siteLanguage(deps, request.params.lang);
    return reply.redirect(`/${lang}/`, 301);
  });

  app.get<{ Params: { lang: string } }>('/:lang/', async (request, reply) => {
    const lang = siteLanguage(deps, request.params.lang);
    const ctx = deps.contextFor();
    const path = `/${lang}/`;
    const [home, chrome] = await Promise.all([
      getHomePage(ctx, lang),
      buildChrome(ctx, { lang, path, siteName: config.siteName, siteUrl: config.siteUrl, stylesheetHref }),
    ]);
    const shown = [...(home.lead ? [home.lead] : []), ...home.top, ...home.latest, ...home.topicBlocks.flatMap((b) => b.stories)];
    tagPage(request, [`home:${lang}`, navigationTag(lang), ...storyTags(shown)]);
    return sendHtml(
      reply,
      renderHomePage({
        chrome,
        lead: home.lead ? toTeaser(home.lead) : null,
        top: home.top.map(toTeaser),
        latest: home.latest.map(toTeaser),
        topicBlocks: home.topicBlocks.map((b) => ({ topic: termLink(b.topic, lang), stories: b.stories.map(toTeaser) })),
      }),
    );
  });
};
