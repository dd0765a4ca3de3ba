import { ENTITY_TYPES, type Entity, type EntityType } from '../domain/entity.js';
import { NotFoundError } from '../domain/errors.js';
import type { StoryQuote } from '../domain/story-analysis.js';
import type { StorySummary } from '../domain/story.js';
import { createEntityRepository } from '../store/entity-repository.js';
import { createStoryAnalysisRepository } from '../store/story-analysis-repository.js';
import { createStoryRepository } from '../store/story-repository.js';
import type { ServiceContext } from './context.js';

/** Which entity page a reader asked for. */
export interface EntityPageInput {
  type: EntityType;
  slug: string;
  lang: string;
  /** 1-based page of the entity's stories. */
  page: number;
  limit: number;
}

/** A quote of the entity, with the story it comes from. */
export interface EntityQuote extends StoryQuote {
  story: StorySummary;
}

/** What readers see of an entity: its stories in their language and what it said in them. */
export interface EntityPage {
  entity: Entity;
  /** The role the newest story states (people), else null. */
  role: string | null;
  stories: { items: StorySummary[]; total: number };
  /** Its newest quotes in the stories readers may see (first page only). */
  quotes: EntityQuote[];
}

/** Quotes shown on an entity's page at most. */
const QUOTES_SHOWN = 12;

/**
 * An entity's page: the stories naming it that readers may see now in `lang`, newest first, and
 * its quotes in them. An entity no visible story in the language names has no page (404): a
 * name found only in drafts or embargoed stories must not leak through its page.
 */
export async function getEntityPage(ctx: ServiceContext, input: EntityPageInput): Promise<EntityPage> {
  if (!ENTITY_TYPES.includes(input.type)) throw new NotFoundError(`there is no kind of entity "${input.type}"`);
  const entities = createEntityRepository(ctx.db);
  const entity = await entities.findBySlug(input.type, input.slug);
  const missing = () => new NotFoundError(`no ${input.type} "${input.slug}" in the ${input.lang} stories`);
  if (!entity) throw missing();
  const visible = { lang: input.lang, at: ctx.clock() };
  const ids = await entities.listVisibleStoryIds(entity.id, visible, { limit: input.limit, offset: (input.page - 1) * input.limit });
  if (ids.total === 0) throw missing();
  const stories = createStoryRepository(ctx.db);
  const quotes = input.page === 1 ? await createStoryAnalysisRepository(ctx.db).listVisibleQuotesBy(entity.id, visible, QUOTES_SHOWN) : [];
  const sources = new Map((await stories.findSummariesByIds([...new Set(quotes.map((q) => q.storyId))])).map((s) => [s.id, s]));
  return {
    entity,
    role: entity.type === 'person' ? await entities.latestVisibleRole(entity.id, visible) : null,
    stories: { items: await stories.findSummariesByIds(ids.items), total: ids.total },
    quotes: quotes.flatMap((q) => {
      const story = sources.get(q.storyId);
      return story ? [{ ...q, story }] : [];
    }),
  };
}
