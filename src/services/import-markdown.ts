/**
 * Import of one Markdown story file (YAML front matter + body), shared by `dateline import`
 * and, later, an upload in the admin. Idempotent by language and slug: importing the same
 * file twice changes nothing, a changed file updates its story as a new revision.
 */
import { DomainError, DuplicateError, ValidationError } from '../domain/errors.js';
import { newId } from '../domain/ids.js';
import { isValidSlug, slugify } from '../domain/slug.js';
import type { Author, Story, TermKind } from '../domain/story.js';
import type { StoryFields } from '../domain/story-input.js';
import { createAuthorRepository } from '../store/author-repository.js';
import { createStoryRepository } from '../store/story-repository.js';
import { createTermRepository } from '../store/term-repository.js';
import type { ServiceContext } from './context.js';
import { createStory } from './create-story.js';
import { parseMarkdownStory, type FileProblem, type MarkdownStory } from './markdown-story-file.js';
import { publishStory } from './publish-story.js';
import type { TermResolution } from './story-terms.js';
import { unpublishStory } from './unpublish-story.js';
import { updateStory } from './update-story.js';

/** What importing a file did to its story. */
export type ImportOutcome = 'created' | 'updated' | 'unchanged';

/** The story a file became, or why it could not be imported. */
export type StoryImportResult =
  | { ok: true; outcome: ImportOutcome; story: Story }
  | { ok: false; problem: FileProblem };

const NOTE = 'Imported from Markdown';

/**
 * Imports one file's text. A story with the file's language and slug (front matter `slug`,
 * else made from the headline) is updated, otherwise one is created; `status: published`
 * publishes it with `date` as its publication time. Topics, regions and tags the file names
 * (by slug or by name) are created when missing; authors named by name are created too.
 * Problems with the file come back as a result with a line; other failures (the database) throw.
 */
export async function importMarkdownStory(ctx: ServiceContext, text: string): Promise<StoryImportResult> {
  const parsed = parseMarkdownStory(text, { languages: ctx.site.languages });
  if (!parsed.ok) return parsed;
  const file = parsed.story;
  try {
    return { ok: true, ...(await importStory(ctx, file)) };
  } catch (err) {
    if (err instanceof DomainError) return { ok: false, problem: { line: lineToBlame(file, err), reason: err.message } };
    throw err;
  }
}

async function importStory(ctx: ServiceContext, file: MarkdownStory): Promise<{ outcome: ImportOutcome; story: Story }> {
  const slug = file.slug ?? slugify(file.headline);
  if (slug === '') throw new ValidationError('headline', 'needs at least one letter or digit to make a slug from');
  const labels: Record<string, string> = {};
  const fields = {
    headline: file.headline,
    standfirst: file.standfirst,
    body: file.body,
    type: file.type,
    datelinePlace: file.datelinePlace,
    featured: file.featured,
    topics: await termSlugs(ctx, 'topic', file.topics, labels),
    regions: await termSlugs(ctx, 'region', file.regions, labels),
    tags: await termSlugs(ctx, 'tag', file.tags, labels),
    authors: await authorSlugs(ctx, file.authors),
  } satisfies StoryFields;
  const terms: TermResolution = { createMissing: true, labels };
  const existing = await createStoryRepository(ctx.db).findBySlug(file.lang, slug);

  if (!existing) {
    const written = file.date && file.date <= ctx.clock() ? file.date : undefined;
    let story = await createStory(ctx, { ...fields, lang: file.lang, slug }, { terms, createdAt: written, note: NOTE });
    if (file.status === 'published') {
      story = await publishStory(ctx, { id: story.id, revision: story.revision, publishedAt: file.date ?? undefined });
    }
    return { outcome: 'created', story };
  }

  let story = existing;
  const changed = changedFields(existing, fields);
  if (Object.keys(changed).length > 0) {
    story = await updateStory(ctx, { id: story.id, revision: story.revision, fields: changed, note: NOTE, terms });
  }
  // The file says what readers should see; a later `date` does not move a story that is out
  // already, because its URL carries its first publication month.
  if (file.status === 'published' && story.status !== 'published') {
    story = await publishStory(ctx, { id: story.id, revision: story.revision, publishedAt: file.date ?? undefined });
  } else if (file.status === 'draft' && story.status === 'published') {
    story = await unpublishStory(ctx, { id: story.id, revision: story.revision });
  }
  return { outcome: story.revision === existing.revision ? 'unchanged' : 'updated', story };
}

type ImportedFields = Required<
  Pick<StoryFields, 'headline' | 'standfirst' | 'body' | 'type' | 'datelinePlace' | 'featured' | 'topics' | 'regions' | 'tags' | 'authors'>
>;

/** The fields whose value in the file differs from the stored story's. */
function changedFields(story: Story, wanted: ImportedFields): StoryFields {
  const out: StoryFields = {};
  if (story.headline !== wanted.headline) out.headline = wanted.headline;
  if (story.standfirst !== wanted.standfirst) out.standfirst = wanted.standfirst;
  if (story.body !== wanted.body) out.body = wanted.body;
  if (story.type !== wanted.type) out.type = wanted.type;
  if (story.datelinePlace !== wanted.datelinePlace) out.datelinePlace = wanted.datelinePlace;
  if (story.featured !== wanted.featured) out.featured = wanted.featured;
  for (const key of ['topics', 'regions', 'tags', 'authors'] as const) {
    const now = story[key].map((t) => t.slug);
    if (now.join('\n') !== wanted[key].join('\n')) out[key] = wanted[key];
  }
  return out;
}

/**
 * Slugs for the terms a file names. An entry matches an existing term by slug, then by its
 * name in any language ("Climate and environment"); otherwise it becomes a new slug, and a
 * name-like entry ("Climate change") is remembered in `labels` as the new term's name.
 */
async function termSlugs(ctx: ServiceContext, kind: TermKind, entries: string[], labels: Record<string, string>): Promise<string[]> {
  if (entries.length === 0) return [];
  const known = await createTermRepository(ctx.db).listByKind(kind);
  const slugs: string[] = [];
  for (const entry of entries) {
    const lower = entry.toLocaleLowerCase();
    const match =
      known.find((t) => t.slug === entry) ??
      known.find((t) => Object.values(t.names).some((name) => name.toLocaleLowerCase() === lower));
    let slug = match?.slug;
    if (slug === undefined) {
      slug = isValidSlug(entry) ? entry : slugify(entry);
      if (slug === '') throw new ValidationError(`${kind}s`, `"${entry}" has no letter or digit to make a slug from`);
      if (slug !== entry) labels[slug] = entry;
    }
    if (!slugs.includes(slug)) slugs.push(slug);
  }
  return slugs;
}

/**
 * Slugs for the authors a file names. A slug must belong to a known author; a name
 * ("Ines Duarte") matches a known author by name or slug, or creates one.
 */
async function authorSlugs(ctx: ServiceContext, entries: string[]): Promise<string[]> {
  if (entries.length === 0) return [];
  const authors = createAuthorRepository(ctx.db);
  const known = await authors.listAll();
  const slugs: string[] = [];
  for (const entry of entries) {
    const lower = entry.toLocaleLowerCase();
    let match: Author | undefined = known.find((a) => a.slug === entry || a.name.toLocaleLowerCase() === lower);
    if (!match && isValidSlug(entry)) {
      throw new ValidationError('authors', `unknown author "${entry}"; name a new author in full ("Ines Duarte") to add them`);
    }
    if (!match) {
      const slug = slugify(entry);
      if (slug === '') throw new ValidationError('authors', `"${entry}" has no letter or digit to make a slug from`);
      match = known.find((a) => a.slug === slug) ?? (await authors.upsert({ id: newId(ctx.clock()), slug, name: entry, bio: '' }));
      known.push(match);
    }
    if (!slugs.includes(match.slug)) slugs.push(match.slug);
  }
  return slugs;
}

const FIELD_KEYS: Record<string, string> = { datelinePlace: 'dateline' };

/** The line of the front-matter key a service's complaint is about, or 1. */
function lineToBlame(file: MarkdownStory, err: DomainError): number {
  if (!(err instanceof ValidationError || err instanceof DuplicateError)) return 1;
  if (err.field === 'body') return file.bodyLine;
  const key = FIELD_KEYS[err.field] ?? err.field;
  return file.keyLines[key] ?? (key === 'slug' ? file.keyLines.headline : undefined) ?? 1;
}
