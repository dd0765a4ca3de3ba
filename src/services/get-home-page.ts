import type { StorySummary, Term } from '../domain/story.js';
import { createStoryRepository } from '../store/story-repository.js';
import { createTermRepository } from '../store/term-repository.js';
import type { ServiceContext } from './context.js';

/** What a language's home page shows. */
export interface HomePage {
  /** The featured story, else the newest. */
  lead: StorySummary | null;
  /** The next most important stories. */
  top: StorySummary[];
  latest: StorySummary[];
  /** The newest few stories of each topic that has any. */
  topicBlocks: Array<{ topic: Term; stories: StorySummary[] }>;
}

const TOP_COUNT = 4;
const LATEST_COUNT = 10;
const PER_TOPIC = 3;

/** The home page of a language, from the stories readers may see now. */
export async function getHomePage(ctx: ServiceContext, lang: string): Promise<HomePage> {
  const stories = createStoryRepository(ctx.db);
  const now = ctx.clock();
  const visible = { lang, visibleAt: now };
  const [featured] = (await stories.listSummaries({ ...visible, featured: true }, { limit: 1, offset: 0 })).items;
  const newest = await stories.listSummaries(visible, { limit: 1 + TOP_COUNT + LATEST_COUNT, offset: 0 });
  const lead = featured ?? newest.items[0] ?? null;
  const rest = newest.items.filter((s) => s.id !== lead?.id);
  const top = rest.slice(0, TOP_COUNT);
  const latest = rest.slice(TOP_COUNT, TOP_COUNT + LATEST_COUNT);
  const topics = await createTermRepository(ctx.db).listInUse('topic', lang, now);
  const topicBlocks = [];
  for (const topic of topics) {
    const page = await stories.listSummaries({ ...visible, topic: topic.slug }, { limit: PER_TOPIC, offset: 0 });
    topicBlocks.push({ topic, stories: page.items });
  }
  return { lead, top, latest, topicBlocks };
}
