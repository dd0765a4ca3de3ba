/**
 * What reader pages put in their `<head>` for feed readers, social networks and search
 * engines (render/view-models.ts HeadExtras): the feeds that follow a page, its sharing card,
 * and its JSON-LD, all with absolute URLs on the configured site address.
 */
import { storyPath, termName, type Story, type StorySummary } from '../../domain/story.js';
import { brandImages } from '../../render/brand/brand-images.js';
import { breadcrumbList } from '../../render/structured-data/breadcrumb-list.js';
import { collectionPage } from '../../render/structured-data/collection-page.js';
import { newsArticle, type ThingRef } from '../../render/structured-data/news-article.js';
import type { PublisherInput, SizedImage } from '../../render/structured-data/publisher.js';
import { webSite } from '../../render/structured-data/website.js';
import type { FeedLink, HeadExtras, ShareMeta } from '../../render/view-models.js';
import type { SharedImage } from './picture-view-models.js';
import { sectionPath } from './view-models.js';

/** The site facts the head needs (from Config). */
export interface SiteFacts {
  siteUrl: string;
  siteName: string;
}

const FORMATS: ReadonlyArray<{ file: string; type: FeedLink['type']; label: string }> = [
  { file: 'feed.xml', type: 'application/rss+xml', label: 'RSS' },
  { file: 'feed.atom', type: 'application/atom+xml', label: 'Atom' },
  { file: 'feed.json', type: 'application/feed+json', label: 'JSON Feed' },
];

/** The path a section's (or a language's) feeds hang under: `/{lang}` or `/{lang}/{kind}/{slug}`. */
export function feedBasePath(lang: string, section?: { kind: Parameters<typeof sectionPath>[1]; slug: string }): string {
  return section ? sectionPath(lang, section.kind, section.slug) : `/${lang}`;
}

/** The three feeds (RSS, Atom, JSON Feed) under a base path, titled after what they follow. */
export function feedLinks(site: SiteFacts, basePath: string, title: string): FeedLink[] {
  return FORMATS.map((f) => ({ type: f.type, title: `${title} (${f.label})`, href: `${site.siteUrl}${basePath}/${f.file}` }));
}

/** The publication, for structured data. */
export function publisherOf(site: SiteFacts): PublisherInput {
  const { logo } = brandImages();
  return { name: site.siteName, url: `${site.siteUrl}/`, logo: { url: `${site.siteUrl}${logo.href}`, width: logo.width, height: logo.height } };
}

/** The publication's card, the picture of pages (and stories) that have none of their own. */
export function shareImage(site: SiteFacts): SizedImage {
  const { share } = brandImages();
  return { url: `${site.siteUrl}${share.href}`, width: share.width, height: share.height };
}

/** A story's last change: its last save or its last correction, whichever is later. */
export function lastChangeOf(story: Pick<Story, 'updatedAt' | 'corrections'>): Date {
  let last = story.updatedAt;
  for (const c of story.corrections) if (c.at > last) last = c.at;
  return last;
}

/**
 * The head of a story page: the site's feeds, an article card, NewsArticle and BreadcrumbList.
 * The card and the article's image are the story's own picture (its sharing card) when it has one;
 * the article is `about` the story's most central people, organisations and places and `mentions` the rest.
 */
export function storyHead(
  site: SiteFacts,
  story: Story,
  picture: SharedImage | null = null,
  entities: { about: ThingRef[]; mentions: ThingRef[] } = { about: [], mentions: [] },
): HeadExtras {
  const lang = story.lang;
  const url = `${site.siteUrl}${storyPath(story)}`;
  const publishedAt = story.publishedAt ?? story.createdAt;
  const modifiedAt = lastChangeOf(story);
  const image = picture ? { url: picture.url, width: picture.width, height: picture.height } : shareImage(site);
  const topics = story.topics.map((t) => termName(t, lang));
  const authorUrl = (slug: string) => `${site.siteUrl}${sectionPath(lang, 'author', slug)}`;
  const share: ShareMeta = {
    type: 'article',
    title: story.headline,
    description: story.standfirst,
    url,
    siteName: site.siteName,
    lang,
    image: { ...image, alt: picture ? picture.alt : site.siteName },
    article: {
      publishedTime: publishedAt,
      modifiedTime: modifiedAt,
      section: topics[0] ?? null,
      tags: [...story.tags, ...story.regions].map((t) => termName(t, lang)),
      authors: story.authors.map((a) => authorUrl(a.slug)),
    },
  };
  const home = { name: site.siteName, url: `${site.siteUrl}/${lang}/` };
  const topic = story.topics[0];
  const crumbs = [home, ...(topic ? [{ name: termName(topic, lang), url: `${site.siteUrl}${sectionPath(lang, 'topic', topic.slug)}` }] : []), { name: story.headline, url }];
  return {
    feeds: feedLinks(site, feedBasePath(lang), site.siteName),
    share,
    structuredData: [
      newsArticle({
        url,
        headline: story.headline,
        description: story.standfirst !== '' ? story.standfirst : story.headline,
        datePublished: publishedAt,
        dateModified: modifiedAt,
        authors: story.authors.map((a) => ({ name: a.name, url: authorUrl(a.slug) })),
        publisher: publisherOf(site),
        images: [image],
        lang,
        sections: topics,
        keywords: [...story.topics, ...story.regions, ...story.tags].map((t) => termName(t, lang)),
        datelinePlace: story.datelinePlace,
        corrections: story.corrections,
        about: entities.about,
        mentions: entities.mentions,
      }),
      breadcrumbList(crumbs),
    ],
  };
}

/** What a section (or archive) page's head is made from. */
export interface SectionHeadInput {
  lang: string;
  /** The page's canonical path (with `?page=N` after the first). */
  path: string;
  title: string;
  description: string;
  /** Where the section's own feeds hang; none for the archive, which follows the site's. */
  feedBase: string | null;
  stories: readonly StorySummary[];
}

/** The head of a section page: its feeds and the site's, a card, CollectionPage and BreadcrumbList. */
export function sectionHead(site: SiteFacts, input: SectionHeadInput): HeadExtras {
  const { lang } = input;
  const url = `${site.siteUrl}${input.path}`;
  const home = `${site.siteUrl}/${lang}/`;
  const feeds = [
    ...(input.feedBase ? feedLinks(site, input.feedBase, `${input.title} — ${site.siteName}`) : []),
    ...feedLinks(site, feedBasePath(lang), site.siteName),
  ];
  return {
    feeds,
    share: { type: 'website', title: input.title, description: input.description, url, siteName: site.siteName, lang, image: { ...shareImage(site), alt: site.siteName } },
    structuredData: [
      collectionPage({
        url,
        name: input.title,
        description: input.description,
        lang,
        siteUrl: home,
        stories: input.stories.map((s) => ({ url: `${site.siteUrl}${storyPath(s)}`, headline: s.headline })),
      }),
      breadcrumbList([{ name: site.siteName, url: home }, { name: input.title, url }]),
    ],
  };
}

/** The head of a language's home page: the site's feeds, a card and the WebSite. */
export function homeHead(site: SiteFacts, lang: string, description: string): HeadExtras {
  const url = `${site.siteUrl}/${lang}/`;
  return {
    feeds: feedLinks(site, feedBasePath(lang), site.siteName),
    share: { type: 'website', title: site.siteName, description, url, siteName: site.siteName, lang, image: { ...shareImage(site), alt: site.siteName } },
    structuredData: [webSite({ url, name: site.siteName, description, lang, publisher: publisherOf(site) })],
  };
}
