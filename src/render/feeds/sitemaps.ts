/**
 * Sitemaps (https://www.sitemaps.org/protocol.html): the index, URL sets with `xhtml:link`
 * alternates for the other languages of a page, and the Google News sitemap. Every URL is
 * absolute; dates are W3C datetimes (ISO 8601, UTC).
 */
import { el, xmlDocument } from './xml.js';

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';

/** A sitemap in the index. */
export interface SitemapReference {
  url: string;
  lastModified: Date | null;
}

/** A page in a URL set, with the same page in other languages (itself included). */
export interface SitemapUrl {
  url: string;
  lastModified: Date | null;
  alternates: Array<{ lang: string; url: string }>;
}

/** A story in the news sitemap. */
export interface NewsSitemapUrl {
  url: string;
  title: string;
  lang: string;
  publishedAt: Date;
}

/** The sitemap index. */
export function renderSitemapIndex(sitemaps: readonly SitemapReference[]): string {
  return xmlDocument(
    el(
      'sitemapindex',
      { xmlns: SITEMAP_NS },
      sitemaps.map((s) => el('sitemap', null, el('loc', null, s.url), s.lastModified && el('lastmod', null, s.lastModified.toISOString()))),
    ),
  );
}

/**
 * A URL set. Alternates are written only when a page has another language version: Google
 * asks for every version, the page's own included, on each of them.
 */
export function renderUrlSet(urls: readonly SitemapUrl[]): string {
  return xmlDocument(
    el(
      'urlset',
      { xmlns: SITEMAP_NS, 'xmlns:xhtml': XHTML_NS },
      urls.map((u) =>
        el(
          'url',
          null,
          el('loc', null, u.url),
          u.lastModified && el('lastmod', null, u.lastModified.toISOString()),
          u.alternates.length > 1 && u.alternates.map((a) => el('xhtml:link', { rel: 'alternate', hreflang: a.lang, href: a.url })),
        ),
      ),
    ),
  );
}

/** The Google News sitemap of the publication `name`. */
export function renderNewsSitemap(name: string, urls: readonly NewsSitemapUrl[]): string {
  return xmlDocument(
    el(
      'urlset',
      { xmlns: SITEMAP_NS, 'xmlns:news': NEWS_NS },
      urls.map((u) =>
        el(
          'url',
          null,
          el('loc', null, u.url),
          el(
            'news:news',
            null,
            el('news:publication', null, el('news:name', null, name), el('news:language', null, newsLanguage(u.lang))),
            el('news:publication_date', null, u.publishedAt.toISOString()),
            el('news:title', null, u.title),
          ),
        ),
      ),
    ),
  );
}

/**
 * The language code Google News takes: ISO 639 in lower case, except Chinese, which must say
 * which script (`zh-cn` simplified, `zh-tw` traditional).
 */
export function newsLanguage(lang: string): string {
  const lower = lang.toLowerCase();
  if (lower === 'zh' || lower.startsWith('zh-hans') || lower === 'zh-cn') return 'zh-cn';
  if (lower.startsWith('zh-hant') || lower === 'zh-tw' || lower === 'zh-hk') return 'zh-tw';
  return lower.split('-')[0] ?? lower;
}
