/**
 * Feeds of the whole site and of every topic, region, tag, story type and author, per
 * language, each in RSS 2.0 (`feed.xml`), Atom 1.0 (`feed.atom`) and JSON Feed 1.1
 * (`feed.json`): `/{lang}/feed.xml`, `/{lang}/topic/{slug}/feed.atom`, … They go through the
 * page cache like pages, so they carry ETag and Last-Modified, answer 304, and are purged by
 * the same content events as the pages they follow.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { MediaItem } from '../../domain/media.js';
import { storyPath, termName, type Story, type TermKind } from '../../domain/story.js';
import { brandImages } from '../../render/brand/brand-images.js';
import { renderAtomFeed } from '../../render/feeds/atom-feed.js';
import type { FeedItem, FeedModel } from '../../render/feeds/feed-model.js';
import { renderJsonFeed } from '../../render/feeds/json-feed.js';
import { renderRssFeed } from '../../render/feeds/rss-feed.js';
import { storyTypeKey, t } from '../../render/i18n/messages.js';
import { storyHtml } from '../../render/story-content.js';
import { listFeedStories, type FeedSection, type FeedStories } from '../../services/list-feed-stories.js';
import { findMediaByIds } from '../../services/get-media.js';
import { tagPage } from '../plugins/page-cache.js';
import { feedBasePath, lastChangeOf, type SiteFacts } from './head-view-models.js';
import { feedImageOf } from './picture-view-models.js';
import { siteLanguage, type SiteOptions } from './site-request.js';
import { sectionPath, storyTags } from './view-models.js';

/** The three formats: file name, MIME type, renderer. */
const FORMATS = [
  { file: 'feed.xml', type: 'application/rss+xml; charset=utf-8', render: renderRssFeed },
  { file: 'feed.atom', type: 'application/atom+xml; charset=utf-8', render: renderAtomFeed },
  { file: 'feed.json', type: 'application/feed+json; charset=utf-8', render: renderJsonFeed },
] as const;

const SECTION_KINDS: ReadonlyArray<TermKind | 'type' | 'author'> = ['topic', 'region', 'tag', 'type', 'author'];

/** Routes of every feed. */
export const feedRoutes: FastifyPluginAsync<SiteOptions> = async (app, { deps }) => {
  const { config } = deps;

  for (const format of FORMATS) {
    // The site's feed without a language: the default language's, where readers' apps look first.
    app.get(`/${format.file}`, async (_request, reply) => reply.redirect(`/${config.languages[0]}/${format.file}`, 301));

    app.get<{ Params: { lang: string } }>(`/:lang/${format.file}`, async (request, reply) => {
      const lang = siteLanguage(deps, request.params.lang);
      return sendFeed(request, reply, format, lang, undefined);
    });

    for (const kind of SECTION_KINDS) {
      app.get<{ Params: { lang: string; slug: string } }>(`/:lang/${kind}/:slug/${format.file}`, async (request, reply) => {
        const lang = siteLanguage(deps, request.params.lang);
        return sendFeed(request, reply, format, lang, { kind, slug: request.params.slug } as FeedSection);
      });
    }
  }

  async function sendFeed(
    request: FastifyRequest,
    reply: FastifyReply,
    format: (typeof FORMATS)[number],
    lang: string,
    section: FeedSection | undefined,
  ): Promise<FastifyReply> {
    const ctx = deps.contextFor();
    const found = await listFeedStories(ctx, section ? { lang, section } : { lang });
    const media = await findMediaByIds(ctx, found.stories.map((s) => s.heroMediaId));
    const model = buildFeedModel(config, lang, section, found, ctx.clock(), media);
    // The section's own tag (as storyCacheTags names it) or the language's home for the site feed.
    const own = section ? `${section.kind}:${lang}:${section.slug}` : `home:${lang}`;
    tagPage(request, [own, ...storyTags(found.stories)]);
    return reply.type(format.type).send(format.render(model));
  }
};

/** The feed's model: titles in the feed's language, every URL absolute. */
export function buildFeedModel(
  site: SiteFacts,
  lang: string,
  section: FeedSection | undefined,
  found: FeedStories,
  now: Date,
  media: ReadonlyMap<string, MediaItem> = new Map(),
): FeedModel {
  const base = feedBasePath(lang, section);
  const sectionTitle = found.term
    ? termName(found.term, lang)
    : found.author
      ? found.author.name
      : found.type
        ? t(lang, storyTypeKey(found.type) ?? 'section.type')
        : null;
  const title = sectionTitle ? t(lang, 'title.page', { title: sectionTitle, siteName: site.siteName }) : t(lang, 'home.title', { siteName: site.siteName });
  const description = sectionTitle
    ? t(lang, 'section.description', { title: sectionTitle, siteName: site.siteName })
    : t(lang, 'home.description', { siteName: site.siteName });
  const items = found.stories.map((story) => feedItem(site, story, media));
  const updated = items.reduce<Date | null>((latest, item) => (!latest || item.updatedAt > latest ? item.updatedAt : latest), null) ?? now;
  return {
    title,
    description,
    lang,
    siteName: site.siteName,
    homeUrl: `${site.siteUrl}${section ? sectionPath(lang, section.kind, section.slug) : `/${lang}/`}`,
    urls: { rss: `${site.siteUrl}${base}/feed.xml`, atom: `${site.siteUrl}${base}/feed.atom`, json: `${site.siteUrl}${base}/feed.json` },
    updated,
    iconUrl: `${site.siteUrl}${brandImages().logo.href}`,
    items,
  };
}

/** A story as a feed item. */
function feedItem(site: SiteFacts, story: Story, media: ReadonlyMap<string, MediaItem>): FeedItem {
  const lang = story.lang;
  const publishedAt = story.publishedAt ?? story.createdAt;
  const scheme = (kind: TermKind) => `${site.siteUrl}/${lang}/${kind}/`;
  return {
    id: storyTagUri(site.siteUrl, story.id, publishedAt),
    url: `${site.siteUrl}${storyPath(story)}`,
    title: story.headline,
    summary: story.standfirst,
    contentHtml: storyHtml(story, site.siteUrl),
    publishedAt,
    updatedAt: lastChangeOf(story),
    authors: story.authors.map((a) => ({ name: a.name, url: `${site.siteUrl}${sectionPath(lang, 'author', a.slug)}` })),
    categories: [...story.topics, ...story.regions, ...story.tags].map((term) => ({ term: term.slug, label: termName(term, lang), scheme: scheme(term.kind) })),
    image: feedImageOf(story, media, site.siteUrl),
  };
}

/**
 * A story's permanent feed id, a `tag:` URI (RFC 4151) on the site's host and the day it was
 * first published: it survives a changed slug, so readers never see a story twice.
 */
export function storyTagUri(siteUrl: string, id: string, publishedAt: Date): string {
  return `tag:${new URL(siteUrl).hostname},${publishedAt.toISOString().slice(0, 10)}:story:${id}`;
}
