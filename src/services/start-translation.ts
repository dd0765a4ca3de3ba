import { DuplicateError, NotFoundError, ValidationError } from '../domain/errors.js';
import { newId } from '../domain/ids.js';
import { snapshotOf, type Story } from '../domain/story.js';
import { createRevisionRepository } from '../store/revision-repository.js';
import { createStoryRepository } from '../store/story-repository.js';
import { createTranslationRepository } from '../store/translation-repository.js';
import { inTransaction, type ServiceContext } from './context.js';
import { recordAuditEvent } from './record-audit-event.js';
import { chooseStorySlug } from './story-slug.js';
import { assertMayManageTranslations } from './translation-group.js';

/** Which story to translate, and into which of the site's languages. */
export interface StartTranslationInput {
  /** Any language version of the story: the new one joins its translation group. */
  storyId: string;
  lang: string;
}

/**
 * Starts a translation (editors and admins): a new draft in `lang`, in the same translation
 * group, holding the text of the version it was started from (headline, standfirst, body) for
 * the translator to write over, and its type, dateline place, bylines, topics, regions, tags,
 * embargo and hero image. It has its own slug, workflow, revisions and publication time; it is
 * not featured and has no corrections.
 *
 * The text is copied as it stands rather than left empty: the translator sees what to
 * translate in the field they write in, the preview shows the layout at once, and the
 * translation board counts the draft as up to date with the text it was made from.
 * @throws ForbiddenError for contributors, ValidationError for a language the site does not
 * publish in, NotFoundError, DuplicateError when the story already has a version in `lang`.
 */
export async function startTranslation(ctx: ServiceContext, input: StartTranslationInput): Promise<Story> {
  assertMayManageTranslations(ctx.actor, 'start a translation');
  const { languages } = ctx.site;
  if (input.lang.trim() === '') throw new ValidationError('lang', `is required: name the language to translate into (${languages.join(', ')})`);
  if (!languages.includes(input.lang)) {
    throw new ValidationError('lang', `"${input.lang}" is not a language this site publishes in (${languages.join(', ')})`);
  }
  const now = ctx.clock();
  return inTransaction(ctx, async (db) => {
    const stories = createStoryRepository(db);
    const from = await stories.findById(input.storyId);
    if (!from) throw new NotFoundError(`no story with id ${input.storyId}`);
    const translations = createTranslationRepository(db);
    // MUST lock before looking: two people translating into one language at once get one draft.
    await translations.lockGroup(from.translationGroupId);
    const existing = (await translations.listVersionsOfGroup(from.translationGroupId)).find((v) => v.lang === input.lang);
    if (existing) {
      throw new DuplicateError('lang', `the story already has a ${input.lang} version (story ${existing.id}); edit that one instead`);
    }
    const id = newId(now);
    // Spread first: whatever a story carries (its image, say) comes along unless reset below.
    const story: Story = {
      ...from,
      id,
      lang: input.lang,
      slug: await chooseStorySlug(stories, input.lang, from.headline, undefined),
      status: 'draft',
      featured: false,
      corrections: [],
      createdAt: now,
      updatedAt: now,
      publishedAt: null,
      scheduledAt: null,
      revision: 1,
      createdBy: ctx.actor.kind === 'user' ? ctx.actor.id : null,
    };
    await stories.insert(story);
    await createRevisionRepository(db).insert({
      storyId: id,
      revision: 1,
      createdAt: now,
      actorLabel: ctx.actor.label,
      note: `Translation started from the ${from.lang} version at revision ${from.revision}`,
      snapshot: snapshotOf(story),
    });
    await recordAuditEvent(db, ctx.actor, now, {
      action: 'story.translation_started',
      storyId: id,
      details: { from: from.id, fromLang: from.lang, fromRevision: from.revision, lang: input.lang },
    });
    return { result: story, events: [{ type: 'story.created', storyId: id, tags: [] }] };
  });
}
