import { NotFoundError } from '../domain/errors.js';
import { createStoryRepository } from '../store/story-repository.js';
import { createTranslationRepository } from '../store/translation-repository.js';
import type { ServiceContext } from './context.js';
import { describeTranslationGroup, type TranslationGroup } from './translation-group.js';

/**
 * Every language version of a story, in any status (the newsroom's view, any role): which is
 * the source, which are older than it, and which of the site's languages are missing.
 * @throws NotFoundError
 */
export async function listTranslations(ctx: ServiceContext, storyId: string): Promise<TranslationGroup> {
  const story = await createStoryRepository(ctx.db).findById(storyId);
  if (!story) throw new NotFoundError(`no story with id ${storyId}`);
  const versions = await createTranslationRepository(ctx.db).listVersionsOfGroup(story.translationGroupId);
  return describeTranslationGroup(versions, ctx.site.languages);
}
