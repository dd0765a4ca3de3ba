import { NotFoundError } from '../domain/errors.js';
import { STORY_TYPES, type Author, type Story, type StoryType, type Term, type TermKind } from '../domain/story.js';
import { createStoryQuery } from '../store/story-query.js';
import type { ServiceContext } from './context.js';
import { getAuthor, getSection } from './get-section.js';

/** How many stories a feed carries. */
export const FEED_SIZE = 50;

/** A feed's section: a topic, region or tag, a story type or an author; none for the whole site. */
export type FeedSection = { kind: TermKind | 'author'; slug: string } | { kind: 'type'; slug: string };

/** The stories of a feed and what its section is. */
export interface FeedStories {
  /** Newest published first, with bodies and corrections. */
  stories: Story[];
  term: Term | null;
  author: Author | null;
  type: StoryType | null;
}

/**
 * The newest stories readers may see now in a language, for a feed of the whole site or of
 * one section.
 * @throws NotFoundError for a section that does not exist (a feed of nothing is no feed).
 */
export async function listFeedStories(ctx: ServiceContext, input: { lang: string; section?: FeedSection }): Promise<FeedStories> {
  const { lang, section } = input;
  let term: Term | null = null;
  let author: Author | null = null;
  let type: StoryType | null = null;
  const base: { lang: string; topic?: string; region?: string; tag?: string; author?: string; type?: StoryType } = { lang };
  if (section?.kind === 'type') {
    if (!(STORY_TYPES as readonly string[]).includes(section.slug)) throw new NotFoundError(`there is no story type "${section.slug}"`);
    type = section.slug as StoryType;
    base.type = type;
  } else if (section?.kind === 'author') {
    author = await getAuthor(ctx, section.slug);
    base.author = author.slug;
  } else if (section) {
    term = await getSection(ctx, section.kind, section.slug);
    base[section.kind] = term.slug;
  }
  const page = await createStoryQuery(ctx.db).listPublishedWithBodies({
    at: ctx.clock(),
    base,
    slice: { limit: FEED_SIZE, offset: 0 },
  });
  return { stories: page.items, term, author, type };
}
