/**
 * RSS 2.0 with the usual extensions: `atom:link rel="self"`, `content:encoded` for the whole
 * story, `dc:creator` per author, `media:content` for the picture (and an enclosure when its
 * size is known, which RSS requires of enclosures).
 */
import type { FeedModel } from './feed-model.js';
import { el, xmlDocument } from './xml.js';

const NAMESPACES = {
  'xmlns:atom': 'http://www.w3.org/2005/Atom',
  'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
  'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
  'xmlns:media': 'http://search.yahoo.com/mrss/',
};

/** The feed as an RSS 2.0 document. */
export function renderRssFeed(feed: FeedModel): string {
  const items = feed.items.map((item) =>
    el(
      'item',
      null,
      el('title', null, item.title),
      el('link', null, item.url),
      el('guid', { isPermaLink: 'false' }, item.id),
      el('pubDate', null, item.publishedAt.toUTCString()),
      item.summary !== '' && el('description', null, item.summary),
      el('content:encoded', null, item.contentHtml),
      item.authors.map((a) => el('dc:creator', null, a.name)),
      item.categories.map((c) => el('category', { domain: c.scheme }, c.label)),
      item.image &&
        el(
          'media:content',
          { url: item.image.url, medium: 'image', type: item.image.type, width: item.image.width, height: item.image.height },
          item.image.alt && el('media:description', { type: 'plain' }, item.image.alt),
          item.image.credit && el('media:credit', null, item.image.credit),
        ),
      item.image?.length !== undefined && el('enclosure', { url: item.image.url, length: item.image.length, type: item.image.type }),
    ),
  );
  const channel = el(
    'channel',
    null,
    el('title', null, feed.title),
    el('link', null, feed.homeUrl),
    el('description', null, feed.description),
    el('language', null, feed.lang),
    el('lastBuildDate', null, feed.updated.toUTCString()),
    el('generator', null, 'Dateline'),
    el('atom:link', { href: feed.urls.rss, rel: 'self', type: 'application/rss+xml' }),
    items,
  );
  return xmlDocument(el('rss', { version: '2.0', ...NAMESPACES }, channel));
}
