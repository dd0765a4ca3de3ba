/**
 * Small builders from service results to the reader pages' view models
 * (src/render/view-models.ts): links, teasers, the chrome every page shares, pagination.
 */
import { storyPath, termName, type StorySummary, type Term, type TermKind } from '../../domain/story.js';
import { languageAutonym } from '../../render/i18n/language-names.js';
import { textDirection } from '../../render/i18n/messages.js';
import type { Alternate, LanguageLink, Link, PageChrome, Pagination, StoryTeaser } from '../../render/view-models.js';
import { listPublishedMonths } from '../../services/list-published-stories.js';
import { listNavigation } from '../../services/get-section.js';
import type { ServiceContext } from '../../services/context.js';

/** The path of a section page: `/{lang}/{kind}/{slug}`, the slug percent-encoded. */
export function sectionPath(lang: string, kind: TermKind | 'type' | 'author', slug: string): string {
  return `/${lang}/${kind}/${encodeURIComponent(slug)}`;
}

/** The path of a month of the archive: `/{lang}/archive/{yyyy}/{mm}`. */
export function archivePath(lang: string, month: string): string {
  return `/${lang}/archive/${month.slice(0, 4)}/${month.slice(5, 7)}`;
}

/** The link to a term's section page, labelled in the page's language. */
export function termLink(term: Term, lang: string): Link {
  return { href: sectionPath(lang, term.kind, term.slug), label: termName(term, lang) };
}

/** A story in a list. */
export function toTeaser(story: StorySummary): StoryTeaser {
  const topic = story.topics[0];
  return {
    href: storyPath(story),
    headline: story.headline,
    standfirst: story.standfirst,
    publishedAt: story.publishedAt ?? story.createdAt,
    type: story.type,
    topic: topic ? termLink(topic, story.lang) : null,
    datelinePlace: story.datelinePlace,
  };
}

/** What a page's chrome is built from besides the services' answers. */
export interface ChromeInput {
  lang: string;
  /** The page's own path (canonical, percent-encoded). */
  path: string;
  siteName: string;
  siteUrl: string;
  stylesheetHref: string;
  /** This page in other languages, by language: where the switcher leads (else that language's home). */
  otherLanguages?: Readonly<Record<string, string>>;
  /** The page's language versions for hreflang (its own included) and where `x-default` leads. */
  alternates?: { versions: Readonly<Record<string, string>>; xDefault: string };
}

/** The chrome of a reader page: navigation from the sections in use, archive months, direction. */
export async function buildChrome(ctx: ServiceContext, input: ChromeInput): Promise<PageChrome> {
  const { lang } = input;
  const [navigation, months] = await Promise.all([listNavigation(ctx, lang), listPublishedMonths(ctx, lang)]);
  return {
    lang,
    dir: textDirection(lang),
    siteName: input.siteName,
    siteUrl: input.siteUrl,
    path: input.path,
    stylesheetHref: input.stylesheetHref,
    homeHref: `/${lang}/`,
    topics: navigation.topics.map((t) => termLink(t, lang)),
    regions: navigation.regions.map((t) => termLink(t, lang)),
    archiveMonths: months.map((month) => ({ href: archivePath(lang, month), month })),
    languages: languageLinks(ctx.site.languages, lang, input.path, input.otherLanguages ?? {}),
    alternates: input.alternates ? alternateLinks(input.siteUrl, ctx.site.languages, input.alternates) : [],
  };
}

/**
 * The switcher's links. They pass through `/language/{lang}`, which remembers the reader's pick
 * for their next visit to `/` and then sends them on to the page.
 */
export function languageLinks(
  languages: readonly string[],
  current: string,
  path: string,
  otherLanguages: Readonly<Record<string, string>>,
): LanguageLink[] {
  return languages.map((l) => ({
    lang: l,
    label: languageAutonym(l),
    current: l === current,
    href: l === current ? path : `/language/${l}?next=${encodeURIComponent(otherLanguages[l] ?? `/${l}/`)}`,
  }));
}

/** hreflang links of a page with versions in more than one language, plus `x-default`. */
export function alternateLinks(
  siteUrl: string,
  languages: readonly string[],
  alternates: { versions: Readonly<Record<string, string>>; xDefault: string },
): Alternate[] {
  const present = languages.filter((l) => alternates.versions[l] !== undefined);
  if (present.length < 2) return [];
  const absolute = (path: string) => siteUrl.replace(/\/+$/, '') + path;
  return [
    ...present.map((l) => ({ hreflang: l, href: absolute(alternates.versions[l]!) })),
    { hreflang: 'x-default', href: absolute(alternates.xDefault) },
  ];
}

/** Each site language's home, by language. */
export function homesByLanguage(languages: readonly string[]): Record<string, string> {
  return Object.fromEntries(languages.map((l) => [l, `/${l}/`]));
}

/** Links to the neighbours of page `page` of a list at `path` (page 1 has no query). */
export function buildPagination(path: string, page: number, perPage: number, total: number): Pagination {
  const pages = Math.max(1, Math.ceil(total / perPage));
  const href = (n: number) => (n === 1 ? path : `${path}?page=${n}`);
  return {
    page,
    pages,
    total,
    prevHref: page > 1 ? href(page - 1) : null,
    nextHref: page < pages ? href(page + 1) : null,
  };
}

/** Cache tags of a list of stories: each story's own tag. */
export function storyTags(stories: Iterable<{ id: string }>): string[] {
  return [...stories].map((s) => `story:${s.id}`);
}
