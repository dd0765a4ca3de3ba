/** Atom 1.0 (RFC 4287): entries with both dates, the summary and the whole story as HTML. */
import type { FeedModel } from './feed-model.js';
import { el, xmlDocument } from './xml.js';

/** The feed as an Atom 1.0 document. */
export function renderAtomFeed(feed: FeedModel): string {
  const entries = feed.items.map((item) =>
    el(
      'entry',
      null,
      el('id', null, item.id),
      el('title', { type: 'text' }, item.title),
      el('link', { rel: 'alternate', type: 'text/html', href: item.url }),
      el('published', null, item.publishedAt.toISOString()),
      el('updated', null, item.updatedAt.toISOString()),
      item.authors.map((a) => el('author', null, el('name', null, a.name), el('uri', null, a.url))),
      item.categories.map((c) => el('category', { term: c.term, label: c.label, scheme: c.scheme })),
      item.summary !== '' && el('summary', { type: 'text' }, item.summary),
      el('content', { type: 'html' }, item.contentHtml),
      item.image && el('link', { rel: 'enclosure', type: item.image.type, href: item.image.url, length: item.image.length }),
    ),
  );
  const root = el(
    'feed',
    { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': feed.lang },
    el('id', null, feed.urls.atom),
    el('title', { type: 'text' }, feed.title),
    el('subtitle', { type: 'text' }, feed.description),
    el('updated', null, feed.updated.toISOString()),
    el('link', { rel: 'self', type: 'application/atom+xml', href: feed.urls.atom }),
    el('link', { rel: 'alternate', type: 'text/html', href: feed.homeUrl }),
    // Atom needs an author for every entry; the publication stands in for entries without a byline.
    el('author', null, el('name', null, feed.siteName), el('uri', null, feed.homeUrl)),
    el('generator', null, 'Dateline'),
    feed.iconUrl && el('icon', null, feed.iconUrl),
    feed.iconUrl && el('logo', null, feed.iconUrl),
    entries,
  );
  return xmlDocument(root);
}
