/**
 * View models: everything a reader page shows, fully loaded and typed. The web room builds
 * them from service results; the page functions in render/pages turn them into HTML strings
 * without any I/O, clock or configuration lookups of their own.
 *
 * Links (`href`) are absolute paths, already percent-encoded. Dates are Date values; pages
 * format them with Intl in the page's language.
 */

/** A link in navigation, a byline or a list of sections. */
export interface Link {
  href: string;
  label: string;
}

/** What every reader page shares: language, masthead, navigation, footer. */
export interface PageChrome {
  /** BCP 47 language of the page (`<html lang>`). */
  lang: string;
  /** Writing direction of the page's language. */
  dir: 'ltr' | 'rtl';
  siteName: string;
  /** Absolute origin of the site, for canonical URLs. */
  siteUrl: string;
  /** Path of this page, for `<link rel="canonical">`. */
  path: string;
  /** Path of the stylesheet (content-hashed, cached for a year). */
  stylesheetHref: string;
  /** Home of this language, e.g. `/en/`. */
  homeHref: string;
  /** Topic sections with published stories, for the main navigation. */
  topics: Link[];
  /** Region sections with published stories, for the footer and navigation. */
  regions: Link[];
  /** Months that have stories, newest first, for the footer's archive links; `month` is `yyyy-mm` (the footer writes it out in the page's language). */
  archiveMonths: Array<{ href: string; month: string }>;
  /** Feeds, sharing cards and structured data of this page (pages without them leave it out). */
  head?: HeadExtras;
  /**
   * The language switcher: one link per site language, in the site's order. Each leads to this
   * page in that language when it exists (a story's translation), else to that language's home.
   */
  languages: LanguageLink[];
  /** This page's versions for `<link rel="alternate" hreflang>`, `x-default` included; empty when it has none. */
  alternates: Alternate[];
}

/** A language in the switcher. */
export interface LanguageLink {
  lang: string;
  /** The language's name in itself ("Français", "العربية"). */
  label: string;
  href: string;
  /** The page's own language. */
  current: boolean;
}

/** A version of the page in another language (or `x-default`), for search engines. */
export interface Alternate {
  hreflang: string;
  /** Absolute URL. */
  href: string;
}

/** What a page adds to its `<head>` for feed readers, social networks and search engines. */
export interface HeadExtras {
  /** Feeds that follow this page, for `<link rel="alternate">`. */
  feeds: FeedLink[];
  /** OpenGraph and Twitter card of the page. */
  share: ShareMeta | null;
  /** JSON-LD documents (schema-dts objects), each written in its own `<script type="application/ld+json">`. */
  structuredData: readonly object[];
}

/** A feed of the page: `type` is its MIME type, `href` absolute. */
export interface FeedLink {
  type: 'application/rss+xml' | 'application/atom+xml' | 'application/feed+json';
  title: string;
  href: string;
}

/** What a link to the page shows when shared: OpenGraph, and Twitter's card built from the same values. */
export interface ShareMeta {
  type: 'article' | 'website';
  title: string;
  description: string;
  /** The canonical, absolute URL. */
  url: string;
  siteName: string;
  /** BCP 47 language of the page (written as OpenGraph's `language_TERRITORY`). */
  lang: string;
  image: { url: string; alt: string; width: number; height: number } | null;
  /** For stories. */
  article?: {
    publishedTime: Date;
    modifiedTime: Date;
    /** The first topic's name. */
    section: string | null;
    tags: string[];
    /** Absolute URLs of the authors' pages. */
    authors: string[];
  };
}

/**
 * A picture in every size and format there is of it: `<source>`s best format first, the JPEG
 * (or the original, until variants exist) as the `<img>`. Paths are site-relative.
 */
export interface PictureModel {
  /** One `<source>` per format with variants: MIME type and `srcset` ("url 320w, url 480w"). */
  sources: Array<{ type: string; srcset: string }>;
  /** The `<img>`'s own src: a middling JPEG variant, or the original. */
  src: string;
  /** The `<img>`'s srcset (JPEG widths); null when there are none yet. */
  srcset: string | null;
  /** Intrinsic size, so the box has its final shape before the image arrives. */
  width: number;
  height: number;
  /** Empty for a picture that only repeats its link's text (teaser thumbnails). */
  alt: string;
}

/** A story's lead picture with its caption and credit. */
export interface FigureModel {
  picture: PictureModel;
  caption: string | null;
  credit: string | null;
}

/** A story in a list: home, section, archive, related. */
export interface StoryTeaser {
  href: string;
  headline: string;
  standfirst: string;
  publishedAt: Date;
  /** Story type (news, feature, interview…), shown as a label except for plain news. */
  type: string;
  /** The story's first topic. */
  topic: Link | null;
  datelinePlace: string | null;
  /** The story's hero image as a thumbnail (small variants), when it has one. */
  image?: PictureModel | null;
}

/** The page of one story. */
export interface StoryPageModel {
  chrome: PageChrome;
  headline: string;
  standfirst: string;
  /** CommonMark; rendered with raw HTML off. */
  body: string;
  type: string;
  datelinePlace: string | null;
  publishedAt: Date;
  /** Set when the story changed after it was published. */
  updatedAt: Date | null;
  authors: Link[];
  topics: Link[];
  regions: Link[];
  tags: Link[];
  corrections: Array<{ at: Date; text: string }>;
  related: StoryTeaser[];
  /** The picture the story leads with (absent or null: none). */
  hero?: FigureModel | null;
  /** The people, organisations and places the story names, linked to their pages ("In this story"). */
  entities?: StoryEntityLinks;
}

/** A story's people, organisations and places, each most central first. */
export interface StoryEntityLinks {
  people: Link[];
  organisations: Link[];
  places: Link[];
}

/** The page of a person, organisation or place: the stories naming it and, when it spoke, its quotes. */
export interface EntityPageModel {
  chrome: PageChrome;
  type: 'person' | 'organisation' | 'place';
  /** Its name in the page's language. */
  name: string;
  /** People: the role the newest story states ("Secretary-General"). */
  role: string | null;
  stories: StoryTeaser[];
  /** Its newest quotes, each with the story it comes from (first page only). */
  quotes: Array<{ text: string; story: Link; publishedAt: Date }>;
  pagination: Pagination;
}

/** The home page of one language. */
export interface HomePageModel {
  chrome: PageChrome;
  lead: StoryTeaser | null;
  top: StoryTeaser[];
  latest: StoryTeaser[];
  topicBlocks: Array<{ topic: Link; stories: StoryTeaser[] }>;
}

/** Links to the neighbouring pages of a paginated list. */
export interface Pagination {
  page: number;
  pages: number;
  total: number;
  prevHref: string | null;
  nextHref: string | null;
}

/** A list of stories: a topic, region, tag, story type or a month of the archive. */
export interface SectionPageModel {
  chrome: PageChrome;
  kind: 'topic' | 'region' | 'tag' | 'type' | 'author' | 'archive';
  /** The section's name ("Climate", "Africa", "Interview", or the month for the archive). */
  title: string;
  /** For the archive: the month shown, `yyyy-mm`. */
  month?: string;
  /** A line under the title (an author's biography). */
  intro?: string;
  stories: StoryTeaser[];
  pagination: Pagination;
}

/** The page shown with a 404 status. */
export interface NotFoundPageModel {
  chrome: PageChrome;
  /** The path that was asked for. */
  requestedPath: string;
  /** The newest stories, to give the reader somewhere to go. */
  latest: StoryTeaser[];
}
