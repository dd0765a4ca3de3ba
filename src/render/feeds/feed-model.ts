/**
 * What a feed shows, whatever its format (RSS 2.0, Atom 1.0, JSON Feed 1.1). Every URL is
 * absolute; the web room builds the model from the feed's stories and the site's address.
 */

/** A feed: the whole site or one section, in one language. */
export interface FeedModel {
  /** "Climate — Dateline". */
  title: string;
  description: string;
  /** BCP 47 language of the feed and its items. */
  lang: string;
  siteName: string;
  /** The page the feed follows (the home page or the section page). */
  homeUrl: string;
  /** The feed's own address in each format. */
  urls: { rss: string; atom: string; json: string };
  /** The newest change among the items; the time the feed was made when it has none. */
  updated: Date;
  /** Square image of the publication (JSON Feed icon, Atom logo). */
  iconUrl: string | null;
  items: FeedItem[];
}

/** A story in a feed. */
export interface FeedItem {
  /** Permanent identifier: a `tag:` URI made from the story's id, so a changed slug is not a new item. */
  id: string;
  url: string;
  title: string;
  /** The standfirst, plain text; may be empty. */
  summary: string;
  /** The whole story as HTML (dateline, body, corrections), links absolute. */
  contentHtml: string;
  publishedAt: Date;
  /** Last change, corrections included. */
  updatedAt: Date;
  authors: Array<{ name: string; url: string }>;
  /** Topics, regions and tags: `term` is the slug, `label` the name, `scheme` the URL of that kind of section. */
  categories: Array<{ term: string; label: string; scheme: string }>;
  image: FeedImage | null;
}

/** A story's picture as feeds describe it. */
export interface FeedImage {
  url: string;
  /** MIME type, e.g. image/jpeg. */
  type: string;
  width?: number;
  height?: number;
  /** Size in bytes, for the RSS enclosure (which requires one). */
  length?: number;
  alt?: string;
  credit?: string;
}
