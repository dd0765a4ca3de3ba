/**
 * An editor's answer to one suggestion of a story's analysis. Accepting a person, organisation
 * or place keeps the story's link to it; accepting a topic or region files the story under it
 * through the ordinary update (a new revision, with its revision check). Rejecting hides the
 * suggestion for this story from then on; a rejected entity is unlinked at once and never
 * linked again by a later analysis.
 */
import { entityTag } from '../domain/entity.js';
import { NotFoundError, ValidationError } from '../domain/errors.js';
import { SUGGESTION_DECISIONS, isEntityKind, type StorySuggestion, type SuggestionDecision } from '../domain/story-analysis.js';
import type { Story } from '../domain/story.js';
import { assertStep } from '../domain/story-status.js';
import { createEntityRepository } from '../store/entity-repository.js';
import { createStoryAnalysisRepository } from '../store/story-analysis-repository.js';
import { createStoryRepository } from '../store/story-repository.js';
import { createSuggestionRepository } from '../store/suggestion-repository.js';
import { inTransaction, type ServiceContext } from './context.js';
import { enqueueAnalysisOf } from './enqueue-story-analysis.js';
import { getStory } from './get-story.js';
import { updateStory } from './update-story.js';

/** Which suggestion of which story, and the answer. */
export interface DecideSuggestionInput {
  storyId: string;
  suggestionId: string;
  /** `accepted` or `rejected`. */
  decision: string;
}

/** The suggestion as decided, and the story after it (filed under an accepted topic or region). */
export interface DecidedSuggestion {
  suggestion: StorySuggestion;
  story: Story;
}

/**
 * Records the decision; whoever may edit the story may decide (contributors on their own drafts,
 * editors and admins on any story). Deciding again replaces the earlier answer.
 */
export async function decideSuggestion(ctx: ServiceContext, input: DecideSuggestionInput): Promise<DecidedSuggestion> {
  const decision = parseDecision(input.decision);
  let story = await getStory(ctx, input.storyId);
  const suggestions = createSuggestionRepository(ctx.db);
  const suggestion = await suggestions.findById(input.suggestionId);
  if (!suggestion || suggestion.storyId !== story.id) {
    throw new NotFoundError(`story ${story.id} has no suggestion with id ${input.suggestionId}`);
  }
  assertStep('edit', story, ctx.actor);

  if (!isEntityKind(suggestion.kind) && decision === 'accepted') {
    const kind = suggestion.kind;
    const filed = (kind === 'topic' ? story.topics : story.regions).map((t) => t.slug);
    if (!filed.includes(suggestion.key)) {
      // The ordinary update: roles, the revision check, a revision and the cache purge all apply.
      story = await updateStory(ctx, {
        id: story.id,
        revision: story.revision,
        fields: kind === 'topic' ? { topics: [...filed, suggestion.key] } : { regions: [...filed, suggestion.key] },
        note: `Filed under ${suggestion.label} (suggested by the analysis)`,
      });
    }
  }

  const now = ctx.clock();
  await inTransaction(ctx, async (db) => {
    await createSuggestionRepository(db).decide(suggestion.id, decision, ctx.actor.label, now);
    if (!isEntityKind(suggestion.kind)) return { result: undefined, events: [] };
    if (decision === 'rejected') {
      await createEntityRepository(db).removeStoryLink(story.id, suggestion.key);
      await createStoryAnalysisRepository(db).unattributeQuotes(story.id, suggestion.key);
    } else if (suggestion.decision === 'rejected') {
      // Unlinked when it was rejected: the next analysis links it again.
      await enqueueAnalysisOf(db, story.id, now);
    }
    const tags = story.status === 'published' ? [`story:${story.id}`, entityTag(suggestion.key)] : [];
    return { result: undefined, events: [{ type: 'story.analysed', storyId: story.id, tags }] };
  });
  const decided = await suggestions.findById(suggestion.id);
  const [fresh] = await createStoryRepository(ctx.db).findManyByIds([story.id]);
  return { suggestion: decided!, story: fresh ?? story };
}

function parseDecision(value: string): SuggestionDecision {
  if ((SUGGESTION_DECISIONS as readonly string[]).includes(value)) return value as SuggestionDecision;
  throw new ValidationError('decision', `must be "accepted" or "rejected", not "${value}"`);
}
