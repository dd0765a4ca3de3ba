/**
 * The demo site: our own made-up newsroom's topics, regions, authors and stories, written
 * through the same services as real content so the demo shows what the product does.
 */
import { ValidationError } from '../domain/errors.js';
import { newId } from '../domain/ids.js';
import { createAuthorRepository } from '../store/author-repository.js';
import { createStoryRepository } from '../store/story-repository.js';
import { createTermRepository } from '../store/term-repository.js';
import type { ServiceContext } from './context.js';
import { createStory } from './create-story.js';
import { DEMO_PHOTOS, type DemoPhoto } from './demo/demo-photos.js';
import { DEMO_AUTHORS, DEMO_REGIONS, DEMO_TOPICS } from './demo/demo-taxonomy.js';
import type { DemoAuthor, DemoStory, DemoTerm, DemoTranslation } from './demo/demo-types.js';
import { DEMO_TRANSLATIONS_AR } from './demo/translations-ar.js';
import { DEMO_TRANSLATIONS_ES } from './demo/translations-es.js';
import { DEMO_TRANSLATIONS_FR } from './demo/translations-fr.js';
import { DEMO_TRANSLATIONS_RU } from './demo/translations-ru.js';
import { DEMO_TRANSLATIONS_ZH } from './demo/translations-zh.js';
import { DEMO_STORIES_1 } from './demo/stories-1.js';
import { DEMO_STORIES_2 } from './demo/stories-2.js';
import { listStories } from './list-stories.js';
import { publishStory } from './publish-story.js';
import { writeDemoPhoto } from './write-demo-photo.js';

/** Everything the demo writes. */
export interface DemoContent {
  topics: readonly DemoTerm[];
  regions: readonly DemoTerm[];
  authors: readonly DemoAuthor[];
  stories: readonly DemoStory[];
  /** Translations of some stories, by language. */
  translations: Readonly<Record<string, readonly DemoTranslation[]>>;
  /** The illustration each story leads with, by story slug (drawn when the demo is written). */
  photos?: Readonly<Record<string, DemoPhoto>>;
}

/** The demo content that ships with Dateline. */
export const DEMO_CONTENT: DemoContent = Object.freeze({
  topics: DEMO_TOPICS,
  regions: DEMO_REGIONS,
  authors: DEMO_AUTHORS,
  stories: [...DEMO_STORIES_1, ...DEMO_STORIES_2],
  translations: {
    fr: DEMO_TRANSLATIONS_FR,
    es: DEMO_TRANSLATIONS_ES,
    ar: DEMO_TRANSLATIONS_AR,
    zh: DEMO_TRANSLATIONS_ZH,
    ru: DEMO_TRANSLATIONS_RU,
  },
  photos: DEMO_PHOTOS,
});

/** What a demo run wrote. */
export interface DemoContentCounts {
  topics: number;
  regions: number;
  authors: number;
  /** Stories created and published by this run. */
  stories: number;
  /** Demo stories left alone because a story with their slug was already there. */
  skipped: number;
  /** Translations created and published by this run (only for the site's languages). */
  translations: number;
}

/** The language the demo stories are written in. */
const DEMO_LANGUAGE = 'en';
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Upserts the demo topics and regions (with their names in every language) and authors, then
 * creates and publishes each demo story whose slug is still free, backdated to `daysAgo` days
 * before `now` at `hour`:00 UTC (never later than `now`, so each is visible at once).
 */
export async function writeDemoContent(
  ctx: ServiceContext,
  now: Date,
  content: DemoContent = DEMO_CONTENT,
): Promise<DemoContentCounts> {
  if (!ctx.site.languages.includes(DEMO_LANGUAGE)) {
    throw new ValidationError('lang', `the demo stories are in English; add ${DEMO_LANGUAGE} to DATELINE_LANGUAGES`);
  }
  // One transaction for the taxonomy: a few dozen small writes, committed once.
  await ctx.db.transaction().execute(async (db) => {
    const terms = createTermRepository(db);
    for (const t of content.topics) await terms.upsert({ id: newId(now), kind: 'topic', slug: t.slug, names: t.names });
    for (const t of content.regions) await terms.upsert({ id: newId(now), kind: 'region', slug: t.slug, names: t.names });
    const authors = createAuthorRepository(db);
    for (const a of content.authors) await authors.upsert({ id: newId(now), slug: a.slug, name: a.name, bio: a.bio });
  });

  const stories = createStoryRepository(ctx.db);
  let written = 0;
  for (const demo of content.stories) {
    if (await stories.existsSlugInLanguage(DEMO_LANGUAGE, demo.slug)) continue;
    const publishedAt = demoPublicationTime(demo, now);
    // Written as if at its publication time, so the story does not claim a later update.
    const then: ServiceContext = { ...ctx, clock: () => publishedAt };
    const photo = content.photos?.[demo.slug];
    const heroMediaId = photo ? await writeDemoPhoto(then, demo.slug, demo.datelinePlace, photo) : null;
    const draft = await createStory(
      then,
      {
        lang: DEMO_LANGUAGE,
        slug: demo.slug,
        headline: demo.headline,
        standfirst: demo.standfirst,
        body: demo.body,
        type: demo.type,
        datelinePlace: demo.datelinePlace,
        featured: demo.featured ?? false,
        topics: demo.topics,
        regions: demo.regions,
        tags: demo.tags,
        authors: demo.authors,
        heroMediaId,
      },
      { createdAt: publishedAt, note: 'Demo content' },
    );
    await publishStory(then, { id: draft.id, revision: draft.revision });
    written++;
  }
  const translations = await writeDemoTranslations(ctx, now, content);
  return {
    topics: content.topics.length,
    regions: content.regions.length,
    authors: content.authors.length,
    stories: written,
    skipped: content.stories.length - written,
    translations,
  };
}

/**
 * Publishes each translation as the same story in another language: same translation group,
 * taxonomy, authors, type and publication time as its English original. Languages the site
 * does not publish in are left out; a translation whose slug exists is left alone.
 */
async function writeDemoTranslations(ctx: ServiceContext, now: Date, content: DemoContent): Promise<number> {
  const stories = createStoryRepository(ctx.db);
  const sources = new Map(content.stories.map((s) => [s.slug, s]));
  let written = 0;
  for (const [lang, translations] of Object.entries(content.translations)) {
    if (!ctx.site.languages.includes(lang)) continue;
    for (const translation of translations) {
      const demo = sources.get(translation.sourceSlug);
      const original = demo && (await stories.findBySlug(DEMO_LANGUAGE, demo.slug));
      if (!demo || !original || (await stories.existsSlugInLanguage(lang, translation.slug))) continue;
      const publishedAt = original.publishedAt ?? demoPublicationTime(demo, now);
      const then: ServiceContext = { ...ctx, clock: () => publishedAt };
      const draft = await createStory(
        then,
        {
          lang,
          translationGroupId: original.translationGroupId,
          slug: translation.slug,
          headline: translation.headline,
          standfirst: translation.standfirst,
          body: translation.body,
          type: demo.type,
          datelinePlace: translation.datelinePlace,
          featured: demo.featured ?? false,
          topics: demo.topics,
          regions: demo.regions,
          tags: demo.tags,
          authors: demo.authors,
          // The same picture as the original; its alt text is written in every demo language.
          heroMediaId: original.heroMediaId,
        },
        { createdAt: publishedAt, note: 'Demo content' },
      );
      await publishStory(then, { id: draft.id, revision: draft.revision });
      written++;
    }
  }
  return written;
}

/**
 * Writes the demo content only into a database without stories (`dateline demo`, `serve --demo`),
 * so it never mixes with a newsroom's own work. Null when there were stories already.
 */
export async function writeDemoContentIfEmpty(
  ctx: ServiceContext,
  now: Date,
  content: DemoContent = DEMO_CONTENT,
): Promise<DemoContentCounts | null> {
  const { total } = await listStories(ctx, { page: 1, limit: 1 });
  if (total > 0) return null;
  return writeDemoContent(ctx, now, content);
}

/** `daysAgo` days before `now`, at `hour`:00 UTC, but not after `now`. */
export function demoPublicationTime(story: Pick<DemoStory, 'daysAgo' | 'hour'>, now: Date): Date {
  const day = new Date(now.getTime() - story.daysAgo * DAY_MS);
  const at = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), story.hour));
  return at > now ? now : at;
}
