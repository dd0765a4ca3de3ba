/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
import type { FeedModel } from './feed-model.js';

/** The top-level object of a JSON Feed 1.1 document, as we fill it. */
export interface JsonFeedDocument {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  icon?: string;
  authors: Array<{ name: string; url: string }>;
  items: JsonFeedItem[];
}

/** One item of a JSON Feed 1.1 document. */
export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  summary?: string;
  content_html: string;
  image?: string;
  date_published: string;
  date_modified: string;
  authors?: Array<{ name: string; url: string }>;
  tags?: string[];
  language: string;
}

/** The feed as a JSON Feed 1.1 document (a string, ready to send). */
export function renderJsonFeed(feed: FeedModel): string {
  const doc: JsonFeedDocument = {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: feed.urls.json,
    description: feed.description,
    language: feed.lang,
    ...(feed.iconUrl ? { icon: feed.iconUrl } : {}),
    authors: [{ name: feed.siteName, url: feed.homeUrl }],
    items: feed.items.map((item) => {
      const out: JsonFeedItem = {
        id: item.id,
        url: item.url,
        title: item.title,
        content_html: item.contentHtml,
        date_published: item.publishedAt.toISOString(),
        date_modified: item.updatedAt.toISOString(),
        language: feed.lang,
      };
      if (item.summary !== '') out.summary = item.summary;
      if (item.image) out.image = item.image.url;
      if (item.authors.length > 0) out.authors = item.authors;
      if (item.categories.length > 0) out.tags = item.categories.map((c) => c.label);
      return out;
    }),
  };
  return JSON.stringify(doc);
}
