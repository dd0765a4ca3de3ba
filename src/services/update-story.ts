import { navigationTag, storyCacheTags, type ContentEventType } from '../domain/events.js';
import { NotFoundError, RevisionConflictError, ValidationError } from '../domain/errors.js';
import { snapshotOf, type Story } from '../domain/story.js';
import { validateStoryFields, type StoryFields } from '../domain/story-input.js';
import { assertEmbargoFits, assertMaySetEmbargo, assertStep } from '../domain/story-status.js';
import { createRevisionRepository } from '../store/revision-repository.js';
import { createStoryRepository } from '../store/story-repository.js';
import { inTransaction, type ServiceContext } from './context.js';
import { recordAuditEvent } from './record-audit-event.js';
import { checkHeroDescribed, resolveStoryHero } from './story-hero.js';
import { chooseStorySlug } from './story-slug.js';
import { resolveAuthors, resolveTerms, type TermResolution } from './story-terms.js';

/** A change to a story, based on the revision the writer last saw. */
export interface UpdateStoryInput {
  id: string;
  /** The revision this change was made against; a newer stored one is a conflict. */
  revision: number;
  fields: StoryFields;
  /** Why, shown in the revision history. */
  note?: string;
  terms?: TermResolution;
}

/** How a save is recorded: an edit, or a restore of an old revision (restore-revision.ts). */
export interface SaveKind {
  /** The content event after commit, and the audit log's action. */
  event: Extract<ContentEventType, 'story.updated' | 'story.restored'>;
  details?: Record<string, unknown>;
}

/**
 * Saves changed fields as a new revision. Contributors may edit only their own drafts; editors
 * and admins any story; only they may change the embargo. A stale `revision` is refused with a
 * RevisionConflictError: nobody's work is overwritten silently.
 */
export function updateStory(ctx: ServiceContext, input: UpdateStoryInput): Promise<Story> {
  return saveStoryChange(ctx, input, { event: 'story.updated' });
}

/** {@link updateStory}, recorded as `kind` says. */
export async function saveStoryChange(ctx: ServiceContext, input: UpdateStoryInput, kind: SaveKind): Promise<Story> {
  const fields = validateStoryFields(input.fields, ctx.site.languages);
  if (fields.lang !== undefined) {
    throw new ValidationError('lang', 'cannot be changed; start a translation to publish the story in another language');
  }
  const now = ctx.clock();
  return inTransaction(ctx, async (db) => {
    const stories = createStoryRepository(db);
    const current = await stories.findById(input.id);
    if (!current) throw new NotFoundError(`no story with id ${input.id}`);
    assertStep('edit', current, ctx.actor);
    if (current.revision !== input.revision) throw new RevisionConflictError(current.revision, input.revision);
    const embargoUntil = fields.embargoUntil !== undefined ? fields.embargoUntil : current.embargoUntil;
    if ((embargoUntil?.getTime() ?? null) !== (current.embargoUntil?.getTime() ?? null)) {
      assertMaySetEmbargo(ctx.actor);
      assertEmbargoFits(current, embargoUntil, now);
    }
    const how = input.terms ?? { createMissing: false };
    const lang = current.lang;
    const next: Story = {
      ...current,
      headline: fields.headline ?? current.headline,
      standfirst: fields.standfirst ?? current.standfirst,
      body: fields.body ?? current.body,
      type: fields.type ?? current.type,
      datelinePlace: fields.datelinePlace !== undefined ? fields.datelinePlace : current.datelinePlace,
      featured: fields.featured ?? current.featured,
      embargoUntil,
      slug:
        fields.slug !== undefined && fields.slug !== current.slug
          ? await chooseStorySlug(stories, lang, current.headline, fields.slug, current.id)
          : current.slug,
      authors: fields.authors ? await resolveAuthors(db, fields.authors) : current.authors,
      topics: fields.topics ? await resolveTerms(db, 'topic', fields.topics, lang, how) : current.topics,
      regions: fields.regions ? await resolveTerms(db, 'region', fields.regions, lang, how) : current.regions,
      tags: fields.tags ? await resolveTerms(db, 'tag', fields.tags, lang, how) : current.tags,
      ...(await resolveStoryHero(db, fields, current)),
      updatedAt: now,
      revision: current.revision + 1,
    };
    // A published story that changes its picture publishes the new one at once: it must be described too.
    if (next.status === 'published' && next.heroMediaId !== current.heroMediaId) await checkHeroDescribed(db, 'publish', next);
    if (!(await stories.update(next, current.revision))) {
      const latest = await stories.findById(input.id);
      throw new RevisionConflictError(latest?.revision ?? current.revision + 1, input.revision);
    }
    await createRevisionRepository(db).insert({
      storyId: next.id,
      revision: next.revision,
      createdAt: now,
      actorLabel: ctx.actor.label,
      note: input.note ?? null,
      snapshot: snapshotOf(next),
    });
    await recordAuditEvent(db, ctx.actor, now, { action: kind.event, storyId: next.id, details: kind.details ?? {} });
    return { result: next, events: [{ type: kind.event, storyId: next.id, tags: publicTagsOfUpdate(current, next) }] };
  });
}

/**
 * What a saved change can alter on the public site: nothing for a story readers cannot see;
 * for a published one, what showed it before and what shows it now, and the navigation when
 * its sections changed (a section may have come into or gone out of use).
 */
function publicTagsOfUpdate(before: Story, after: Story): string[] {
  if (before.status !== 'published' && after.status !== 'published') return [];
  const tags = new Set([...storyCacheTags(before), ...storyCacheTags(after)]);
  const sections = (s: Story) => [...s.topics, ...s.regions].map((t) => t.id).sort().join(',');
  if (sections(before) !== sections(after)) tags.add(navigationTag(after.lang));
  return [...tags];
}
