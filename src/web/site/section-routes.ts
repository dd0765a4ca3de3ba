/**
 * Section pages: `/{lang}/topic/{slug}`, `/{lang}/region/{slug}`, `/{lang}/tag/{slug}` and
 * `/{lang}/type/{type}`, each a list of published stories, 20 a page, `?page=N` after the first.
 */
import { navigationTag } from '../../domain/events.js';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { NotFoundError } from '../../domain/errors.js';
import { STORY_TYPES, termName, type StoryType, type TermKind } from '../../domain/story.js';
import { storyTypeKey, t } from '../../render/i18n/messages.js';
import { renderSectionPage } from '../../render/pages/section-page.js';
import type { SectionPageModel } from '../../render/view-models.js';
import { getAuthor, getSection } from '../../services/get-section.js';
import { listPublishedStories, type PublishedListInput } from '../../services/list-published-stories.js';
import { findMediaByIds } from '../../services/get-media.js';
import { tagPage } from '../plugins/page-cache.js';
import {
  assertPageExists,
  pageNumber,
  PAGINATED,
  sendHtml,
  siteLanguage,
  STORIES_PER_PAGE,
  type SiteOptions,
} from './site-request.js';
import type { AppDeps } from '../build-app.js';
import { feedBasePath, sectionHead } from './head-view-models.js';
import { thumbnailOf } from './picture-view-models.js';
import { buildChrome, buildPagination, sectionPath, storyTags, toTeaser } from './view-models.js';

/** What a section page lists and how it is called. */
export interface Section {
  kind: SectionPageModel['kind'];
  title: string;
  /** The section's own cache tag (as storyCacheTags names it). */
  tag: string;
  /** The filter of listPublishedStories, without language and page. */
  filter: Partial<PublishedListInput>;
  /** For the archive: the month shown, `yyyy-mm`. */
  month?: string;
  /** A line under the title (an author's biography). */
  intro?: string;
  /** True when a list without stories is no page at all (a month of the archive). */
  emptyIsNotFound?: boolean;
  /** The section whose feeds follow this page (none for the archive, which follows the site's). */
  feed?: { kind: TermKind | 'type' | 'author'; slug: string };
}

/** Params of a section address; Fastify hands them over percent-decoded. */
interface SectionParams {
  lang: string;
  slug: string;
}

const TERM_KINDS: readonly TermKind[] = ['topic', 'region', 'tag'];

/** Routes of the topic, region, tag and story-type pages. */
export const sectionRoutes: FastifyPluginAsync<SiteOptions> = async (app, options) => {
  const { deps } = options;
  for (const kind of TERM_KINDS) {
    app.get<{ Params: SectionParams }>(`/:lang/${kind}/:slug`, { config: PAGINATED }, async (request, reply) => {
      const lang = siteLanguage(deps, request.params.lang);
      const { slug } = request.params;
      const term = await getSection(deps.contextFor(), kind, slug);
      const section: Section = { kind, title: termName(term, lang), tag: `${kind}:${lang}:${slug}`, filter: { [kind]: slug }, feed: { kind, slug } };
      return sendSectionPage(request, reply, options, lang, sectionPath(lang, kind, slug), section);
    });
  }

  app.get<{ Params: SectionParams }>('/:lang/author/:slug', { config: PAGINATED }, async (request, reply) => {
    const lang = siteLanguage(deps, request.params.lang);
    const { slug } = request.params;
    const author = await getAuthor(deps.contextFor(), slug);
    const section: Section = { kind: 'author', title: author.name, tag: `author:${lang}:${slug}`, filter: { author: slug }, feed: { kind: 'author', slug } };
    if (author.bio) section.intro = author.bio;
    return sendSectionPage(request, reply, options, lang, sectionPath(lang, 'author', slug), section);
  });

  app.get<{ Params: SectionParams }>('/:lang/type/:slug', { config: PAGINATED }, async (request, reply) => {
    const lang = siteLanguage(deps, request.params.lang);
    const type = request.params.slug as StoryType;
    if (!STORY_TYPES.includes(type)) throw new NotFoundError(`there is no story type "${type}"`);
    const key = storyTypeKey(type);
    const section: Section = { kind: 'type', title: key ? t(lang, key) : type, tag: `type:${lang}:${type}`, filter: { type }, feed: { kind: 'type', slug: type } };
    return sendSectionPage(request, reply, options, lang, sectionPath(lang, 'type', type), section);
  });
};

/**
 * Renders one page of a list of stories (shared with the archive). Page 1 exists even when
 * the list is empty; a page past the end is a 404.
 */
export async function sendSectionPage(
  request: FastifyRequest,
  reply: FastifyReply,
  { deps, stylesheetHref }: { deps: AppDeps; stylesheetHref: string },
  lang: string,
  path: string,
  section: Section,
): Promise<FastifyReply> {
  const page = pageNumber(request.query);
  const ctx = deps.contextFor();
  const list = await listPublishedStories(ctx, { ...section.filter, lang, page, limit: STORIES_PER_PAGE });
  if (section.emptyIsNotFound && list.total === 0) throw new NotFoundError(`no stories at ${path}`);
  assertPageExists(page, list.total);
  const { config } = deps;
  const chrome = await buildChrome(ctx, {
    lang,
    path: page === 1 ? path : `${path}?page=${page}`,
    siteName: config.siteName,
    siteUrl: config.siteUrl,
    stylesheetHref,
    // A section exists in every language (an empty list is still its page); a month of the archive may not.
    ...(section.emptyIsNotFound
      ? {}
      : { otherLanguages: Object.fromEntries(config.languages.map((l) => [l, `/${l}${path.slice(lang.length + 1)}`])) }),
  });
  const title = section.title;
  chrome.head = sectionHead(config, {
    lang,
    path: chrome.path,
    title,
    description: t(lang, section.kind === 'archive' ? 'section.archiveDescription' : 'section.description', { title, siteName: config.siteName }),
    feedBase: section.feed ? feedBasePath(lang, section.feed) : null,
    stories: list.items,
  });
  tagPage(request, [section.tag, navigationTag(lang), ...storyTags(list.items)]);
  const media = await findMediaByIds(ctx, list.items.map((s) => s.heroMediaId));
  const model: SectionPageModel = {
    chrome,
    kind: section.kind,
    title: section.title,
    stories: list.items.map((s) => ({ ...toTeaser(s), image: thumbnailOf(s, media) })),
    pagination: buildPagination(path, page, STORIES_PER_PAGE, list.total),
  };
  if (section.month) model.month = section.month;
  if (section.intro) model.intro = section.intro;
  return sendHtml(reply, renderSectionPage(model));
}
