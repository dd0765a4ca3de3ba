/**
 * Sitemaps and robots.txt: `/sitemap.xml` (the index) → `/sitemaps/stories-{yyyy}-{mm}.xml`
 * (a month of stories, with their other languages as `xhtml:link` alternates) and
 * `/sitemaps/sections.xml` (homes and section pages); `/sitemap-news.xml` (Google News: the
 * last two days); `/robots.txt`. Everything absolute, on the configured site address.
 */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { navigationTag } from '../../domain/events.js';
import { NotFoundError } from '../../domain/errors.js';
import { storyPath } from '../../domain/story.js';
import { renderRobotsTxt } from '../../render/feeds/robots-txt.js';
import { renderNewsSitemap, renderSitemapIndex, renderUrlSet, type SitemapUrl } from '../../render/feeds/sitemaps.js';
import {
  getSitemapIndex,
  listNewsSitemapStories,
  listSitemapMonth,
  listSitemapSections,
  type SectionLocation,
} from '../../services/list-sitemap-entries.js';
import { tagPage } from '../plugins/page-cache.js';
import type { SiteOptions } from './site-request.js';
import { sectionPath } from './view-models.js';

const XML = 'application/xml; charset=utf-8';
const MONTH_FILE = /^stories-(\d{4})-(0[1-9]|1[0-2])\.xml$/;

/** Routes of the sitemaps and robots.txt. */
export const sitemapRoutes: FastifyPluginAsync<SiteOptions> = async (app, { deps }) => {
  const { config } = deps;
  const site = config.siteUrl;
  // Any publication, change or removal in any language can change any sitemap (a translation
  // adds an alternate to another month's entry), and each of those purges its language's home.
  const everyHome = (request: FastifyRequest, more: string[] = []) =>
    tagPage(request, [...config.languages.map((lang) => `home:${lang}`), ...more]);

  app.get('/robots.txt', async (request, reply) => {
    tagPage(request, ['robots']);
    return reply.type('text/plain; charset=utf-8').send(renderRobotsTxt(site));
  });

  app.get('/sitemap.xml', async (request, reply) => {
    const index = await getSitemapIndex(deps.contextFor());
    everyHome(request);
    return reply.type(XML).send(
      renderSitemapIndex([
        { url: `${site}/sitemaps/sections.xml`, lastModified: index.sectionsLastModified },
        ...index.months.map((m) => ({ url: `${site}/sitemaps/stories-${m.month}.xml`, lastModified: m.lastModified })),
      ]),
    );
  });

  app.get('/sitemaps/sections.xml', async (request, reply) => {
    const inUse = await listSitemapSections(deps.contextFor());
    // Every language's home page exists, stories or not, so the set is never empty.
    const homes = config.languages
      .filter((lang) => !inUse.some((s) => s.kind === 'home' && s.lang === lang))
      .map((lang): SectionLocation => ({ lang, kind: 'home', slug: '', lastModified: null }));
    everyHome(request, config.languages.map(navigationTag));
    return reply.type(XML).send(renderUrlSet(sectionUrls(site, [...homes, ...inUse])));
  });

  app.get<{ Params: { file: string } }>('/sitemaps/:file', async (request, reply) => {
    const match = MONTH_FILE.exec(request.params.file);
    if (!match) throw new NotFoundError(`no sitemap ${request.params.file}`);
    const month = `${match[1]}-${match[2]}`;
    const entries = await listSitemapMonth(deps.contextFor(), month);
    if (entries.length === 0) throw new NotFoundError(`no stories were published in ${month}`);
    everyHome(request);
    const urls: SitemapUrl[] = entries.map(({ story, translations }) => ({
      url: `${site}${storyPath(story)}`,
      lastModified: later(story.updatedAt, story.publishedAt),
      alternates: translations.map((t) => ({ lang: t.lang, url: `${site}${storyPath(t)}` })),
    }));
    return reply.type(XML).send(renderUrlSet(urls));
  });

  app.get('/sitemap-news.xml', async (_request, reply) => {
    // Not cached: which stories are "the last two days" changes with the clock, not with an event.
    const stories = await listNewsSitemapStories(deps.contextFor());
    return reply
      .type(XML)
      .header('cache-control', 'public, max-age=0, must-revalidate')
      .send(
        renderNewsSitemap(
          config.siteName,
          stories.map((s) => ({ url: `${site}${storyPath(s)}`, title: s.headline, lang: s.lang, publishedAt: s.publishedAt })),
        ),
      );
  });
};

/** Section pages as sitemap URLs, each with the same section in the other languages that have it. */
function sectionUrls(site: string, sections: readonly SectionLocation[]): SitemapUrl[] {
  const path = (s: SectionLocation) => (s.kind === 'home' ? `/${s.lang}/` : sectionPath(s.lang, s.kind, s.slug));
  const byKey = new Map<string, SectionLocation[]>();
  for (const s of sections) {
    const key = `${s.kind}:${s.slug}`;
    byKey.set(key, [...(byKey.get(key) ?? []), s]);
  }
  return sections.map((s) => ({
    url: `${site}${path(s)}`,
    lastModified: s.lastModified,
    alternates: (byKey.get(`${s.kind}:${s.slug}`) ?? []).map((other) => ({ lang: other.lang, url: `${site}${path(other)}` })),
  }));
}

function later(a: Date, b: Date): Date {
  return a > b ? a : b;
}
