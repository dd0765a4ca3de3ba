/**
 * The front door: `/` sends readers to the home of their language (see language-negotiation.ts),
 * `/language/{lang}` remembers a reader's pick, `/{lang}` goes to `/{lang}/`, and `/{lang}/` is
 * the home page of a language.
 */
import { navigationTag } from '../../domain/events.js';
import type { FastifyPluginAsync } from 'fastify';
import { t } from '../../render/i18n/messages.js';
import { renderHomePage } from '../../render/pages/home-page.js';
import { getHomePage } from '../../services/get-home-page.js';
import { findMediaByIds } from '../../services/get-media.js';
import { tagPage } from '../plugins/page-cache.js';
import { LANGUAGE_COOKIE, negotiateLanguage, rememberedLanguage } from './language-negotiation.js';
import { sendHtml, siteLanguage, type SiteOptions } from './site-request.js';
import { homeHead } from './head-view-models.js';
import { thumbnailOf } from './picture-view-models.js';
import { buildChrome, homesByLanguage, storyTags, termLink, toTeaser } from './view-models.js';

/** Routes of `/`, `/{lang}` and `/{lang}/`. */
export const homeRoutes: FastifyPluginAsync<SiteOptions> = async (app, { deps, stylesheetHref }) => {
  const { config } = deps;

  app.get('/', async (request, reply) => {
    const lang =
      rememberedLanguage(request.headers.cookie, config.languages) ??
      negotiateLanguage(request.headers['accept-language'], config.languages) ??
      config.languages[0]!;
    // The answer depends on the reader: shared caches must keep one per header, browsers must ask again.
    reply.header('vary', 'Accept-Language, Cookie').header('cache-control', 'private, no-cache');
    return reply.redirect(`/${lang}/`, 302);
  });

  // The language switcher links here, so a reader's pick is remembered for their next visit to `/`.
  app.get<{ Params: { lang: string }; Querystring: { next?: string } }>('/language/:lang', async (request, reply) => {
    const lang = siteLanguage(deps, request.params.lang);
    const next = request.query.next;
    // Only a path of the picked language on this site: never an open redirect.
    const target = typeof next === 'string' && next.startsWith(`/${lang}/`) && !next.startsWith('//') ? next : `/${lang}/`;
    const secure = config.siteUrl.startsWith('https:') ? '; Secure' : '';
    reply.header('set-cookie', `${LANGUAGE_COOKIE}=${encodeURIComponent(lang)}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly${secure}`);
    reply.header('cache-control', 'no-store');
    return reply.redirect(target, 303);
  });

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
      buildChrome(ctx, {
        lang,
        path,
        siteName: config.siteName,
        siteUrl: config.siteUrl,
        stylesheetHref,
        otherLanguages: homesByLanguage(config.languages),
        // `/` picks the reader's language: the right page for readers no listed language fits.
        alternates: { versions: homesByLanguage(config.languages), xDefault: '/' },
      }),
    ]);
    chrome.head = homeHead(config, lang, t(lang, 'home.description', { siteName: config.siteName }));
    const shown = [...(home.lead ? [home.lead] : []), ...home.top, ...home.latest, ...home.topicBlocks.flatMap((b) => b.stories)];
    tagPage(request, [`home:${lang}`, navigationTag(lang), ...storyTags(shown)]);
    // Thumbnails for the lead and the top stories; the compact lists and topic blocks stay text.
    const pictured = [...(home.lead ? [home.lead] : []), ...home.top];
    const media = await findMediaByIds(ctx, pictured.map((s) => s.heroMediaId));
    const withImage = (story: (typeof pictured)[number]) => ({ ...toTeaser(story), image: thumbnailOf(story, media) });
    return sendHtml(
      reply,
      renderHomePage({
        chrome,
        lead: home.lead ? withImage(home.lead) : null,
        top: home.top.map(withImage),
        latest: home.latest.map(toTeaser),
        topicBlocks: home.topicBlocks.map((b) => ({ topic: termLink(b.topic, lang), stories: b.stories.map(toTeaser) })),
      }),
    );
  });
};
