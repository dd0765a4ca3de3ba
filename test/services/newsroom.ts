/**
 * A small newsroom for service suites: the site's topics, regions and authors, and helpers to
 * put stories at a known time and into states that no service reaches yet (embargo, future date).
 */
import type { Kysely } from 'kysely';
import type { Story } from '../../src/domain/story.js';
import type { ServiceContext } from '../../src/services/context.js';
import { createStory, type CreateStoryInput } from '../../src/services/create-story.js';
import { publishStory } from '../../src/services/publish-story.js';
import { createAuthorRepository } from '../../src/store/author-repository.js';
import type { Tables } from '../../src/store/schema.js';
import { createStoryRepository } from '../../src/store/story-repository.js';
import { createTermRepository } from '../../src/store/term-repository.js';
import type { ManualClock } from './manual-clock.js';

/** The topics every suite can file stories under. */
export const TOPICS = ['climate', 'health', 'peace-and-security'] as const;
/** The regions every suite can file stories under. */
export const REGIONS = ['africa', 'europe', 'asia-pacific'] as const;
/** Authors every suite can credit. */
export const AUTHORS = ['amara-okafor', 'lucas-moreau', 'sofia-lindqvist'] as const;

/** Writes the topics, regions and authors (names in English and French) through the store. */
export async function seedNewsroom(db: Kysely<Tables>): Promise<void> {
  const terms = createTermRepository(db);
  let n = 0;
  for (const slug of TOPICS) {
    await terms.upsert({ id: `topic${n++}`, kind: 'topic', slug, names: { en: `Topic ${slug}`, fr: `Thème ${slug}` } });
  }
  for (const slug of REGIONS) {
    await terms.upsert({ id: `region${n++}`, kind: 'region', slug, names: { en: `Region ${slug}`, fr: `Région ${slug}` } });
  }
  const authors = createAuthorRepository(db);
  for (const slug of AUTHORS) {
    const name = slug.split('-').map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
    await authors.upsert({ id: `author-${slug}`, slug, name, bio: `${name} reports for us.` });
  }
}

/** Creates a story and publishes it with the clock at `atIso` (the clock is left there). */
export async function publishedAt(
  ctx: ServiceContext,
  clock: ManualClock,
  atIso: string,
  input: Partial<CreateStoryInput> & { headline: string },
): Promise<Story> {
  clock.set(atIso);
  const draft = await createStory(ctx, { lang: 'en', body: `Text of “${input.headline}”.`, ...input });
  return publishStory(ctx, { id: draft.id, revision: draft.revision });
}

/**
 * Changes stored fields of a story directly through the repository, as a future service
 * (scheduling, embargo) would, bumping the revision like every save.
 */
export async function rewriteStory(db: Kysely<Tables>, id: string, changes: Partial<Story>): Promise<Story> {
  const stories = createStoryRepository(db);
  const current = await stories.findById(id);
  if (!current) throw new Error(`no story ${id}`);
  const next = { ...current, ...changes, revision: current.revision + 1 };
  if (!(await stories.update(next, current.revision))) throw new Error(`story ${id} changed meanwhile`);
  return next;
}
