/**
 * The story page, `/{lang}/story/{yyyy}/{mm}/{slug}`. A story has one address: a wrong year or
 * month (or a differently encoded slug) is answered with a permanent redirect to it.
 */
import { navigationTag, translationGroupTag } from '../../domain/events.js';
import { storyPath } from '../../domain/story.js';
import type { FastifyPluginAsync } from 'fastify';
import { NotFoundError } from '../../domain/errors.js';
import { renderStoryPage } from '../../render/pages/story-page.js';
import { findMediaByIds } from '../../services/get-media.js';
import { getPublishedStory } from '../../services/get-published-story.js';
import { listEntities } from '../../services/list-entities.js';
import { tagPage } from '../plugins/page-cache.js';
import { sendHtml, siteLanguage, type SiteOptions } from './site-request.js';
import { entityTags, storyEntityLinks, structuredEntities } from './entity-view-models.js';
import { storyHead } from './head-view-models.js';
import { heroFigureOf, sharedImageOf, thumbnailOf } from './picture-view-models.js';
import { buildChrome, sectionPath, storyTags, termLink, toTeaser } from './view-models.js';

/** Params of a story address; Fastify hands them over percent-decoded. */
interface StoryParams {
  lang: string;
  year: string;
  month: string;
  slug: string;
}

// An update within this long after publication is part of publishing, not worth an "Updated" line.
const UPDATE_GRACE_MS = 60_000;

/** Route of the story page. */
export const storyRoutes: FastifyPluginAsync<SiteOptions> = async (app, { deps, stylesheetHref }) => {
  const { config } = deps;

  app.get<{ Params: StoryParams }>('/:lang/story/:year/:month/:slug', async (request, reply) => {
    const { year, month, slug } = request.params;
    const lang = siteLanguage(deps, request.params.lang);
    if (!/^\d{4}$/.test(year) || !/^\d{2}$/.test(month)) throw new NotFoundError(`no story at ${request.url}`);
    const ctx = deps.contextFor();
    const { story, related, path, translations } = await getPublishedStory(ctx, { lang, year, month, slug });
    if (path !== `/${lang}/story/${year}/${month}/${encodeURIComponent(slug)}`) return reply.redirect(path, 301);
    const versions = Object.fromEntries(translations.map((t) => [t.lang, storyPath(t)]));
    const defaultLang = config.languages[0]!;
    const chrome = await buildChrome(ctx, {
      lang,
      path,
      siteName: config.siteName,
      siteUrl: config.siteUrl,
      stylesheetHref,
      otherLanguages: versions,
      alternates: { versions, xDefault: versions[defaultLang] ?? path },
    });
    const media = await findMediaByIds(ctx, [story.heroMediaId, ...related.map((r) => r.heroMediaId)]);
    const entities = await listEntities(ctx, { storyId: story.id });
    chrome.head = storyHead(config, story, sharedImageOf(story, media, config.siteUrl), structuredEntities(entities, lang, config.siteUrl));
    const publishedAt = story.publishedAt ?? story.createdAt;
    const terms = [...story.topics, ...story.regions, ...story.tags];
    // The related list is chosen by the story's people, places and sections, so a change in any of them may change it.
    tagPage(request, [
      `story:${story.id}`,
      // The switcher and hreflang links change when a translation is published or withdrawn.
      translationGroupTag(story.translationGroupId),
      navigationTag(lang),
      ...terms.map((t) => `${t.kind}:${lang}:${t.slug}`),
      ...storyTags(related),
      ...entityTags(entities),
    ]);
    return sendHtml(
      reply,
      renderStoryPage({
        chrome,
        headline: story.headline,
        standfirst: story.standfirst,
        body: story.body,
        type: story.type,
        datelinePlace: story.datelinePlace,
        publishedAt,
        updatedAt: story.updatedAt.getTime() > publishedAt.getTime() + UPDATE_GRACE_MS ? story.updatedAt : null,
        authors: story.authors.map((a) => ({ href: sectionPath(lang, 'author', a.slug), label: a.name })),
        topics: story.topics.map((t) => termLink(t, lang)),
        regions: story.regions.map((t) => termLink(t, lang)),
        tags: story.tags.map((t) => termLink(t, lang)),
        corrections: story.corrections.map((c) => ({ at: c.at, text: c.text })),
        related: related.map((r) => ({ ...toTeaser(r), image: thumbnailOf(r, media) })),
        hero: heroFigureOf(story, media),
        entities: storyEntityLinks(entities, lang),
      }),
    );
  });
};
