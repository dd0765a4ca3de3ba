import { newId } from '../domain/ids.js';
import { ValidationError } from '../domain/errors.js';
import { snapshotOf, type Story } from '../domain/story.js';
import { validateStoryFields, type StoryFields } from '../domain/story-input.js';
import { assertMaySetEmbargo } from '../domain/story-status.js';
import { createRevisionRepository } from '../store/revision-repository.js';
import { createStoryRepository } from '../store/story-repository.js';
import { inTransaction, type ServiceContext } from './context.js';
import { recordAuditEvent } from './record-audit-event.js';
import { resolveStoryHero } from './story-hero.js';
import { chooseStorySlug } from './story-slug.js';
import { resolveAuthors, resolveTerms, type TermResolution } from './story-terms.js';

/** A new story: language, headline and body are required. */
export interface CreateStoryInput extends StoryFields {
  lang: string;
  headline: string;
  body: string;
  /** Links this story to its other language versions; a new group when absent. */
  translationGroupId?: string;
}

/** Options for callers that bring their own history (imports). */
export interface CreateStoryOptions {
  terms?: TermResolution;
  /** Creation time to record instead of now. */
  createdAt?: Date;
  note?: string;
}

/**
 * Writes a new draft and its first revision; any role may. The draft belongs to the user who
 * creates it (contributors may edit only their own). Only editors and admins may set an embargo.
 */
export async function createStory(
  ctx: ServiceContext,
  input: CreateStoryInput,
  options: CreateStoryOptions = {},
): Promise<Story> {
  const fields = validateStoryFields(input, ctx.site.languages);
  if (fields.headline === undefined) throw new ValidationError('headline', 'is required');
  if (fields.embargoUntil) assertMaySetEmbargo(ctx.actor);
  const now = ctx.clock();
  return inTransaction(ctx, async (db) => {
    const stories = createStoryRepository(db);
    const how = options.terms ?? { createMissing: false };
    const lang = input.lang;
    const id = newId(now);
    const story: Story = {
      id,
      translationGroupId: input.translationGroupId ?? id,
      lang,
      slug: await chooseStorySlug(stories, lang, fields.headline!, fields.slug),
      type: fields.type ?? 'news',
      status: 'draft',
      headline: fields.headline!,
      standfirst: fields.standfirst ?? '',
      body: fields.body ?? '',
      datelinePlace: fields.datelinePlace ?? null,
      featured: fields.featured ?? false,
      authors: await resolveAuthors(db, fields.authors ?? []),
      topics: await resolveTerms(db, 'topic', fields.topics ?? [], lang, how),
      regions: await resolveTerms(db, 'region', fields.regions ?? [], lang, how),
      tags: await resolveTerms(db, 'tag', fields.tags ?? [], lang, how),
      corrections: [],
      createdAt: options.createdAt ?? now,
      updatedAt: options.createdAt ?? now,
      publishedAt: null,
      scheduledAt: null,
      embargoUntil: fields.embargoUntil ?? null,
      revision: 1,
      createdBy: ctx.actor.kind === 'user' ? ctx.actor.id : null,
      ...(await resolveStoryHero(db, fields, null)),
    };
    await stories.insert(story);
    await createRevisionRepository(db).insert({
      storyId: id,
      revision: 1,
      createdAt: now,
      actorLabel: ctx.actor.label,
      note: options.note ?? 'Created',
      snapshot: snapshotOf(story),
    });
    await recordAuditEvent(db, ctx.actor, now, { action: 'story.created', storyId: id });
    return { result: story, events: [{ type: 'story.created', storyId: id, tags: [] }] };
  });
}
