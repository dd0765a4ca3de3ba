/** The editor's suggestions panel, built from the story's stored analysis. */
import type { Story } from '../../domain/story.js';
import { mayTake } from '../../domain/story-status.js';
import type { SuggestionPanelModel } from '../../render/admin-suggestion-view-models.js';
import type { ServiceContext } from '../../services/context.js';
import { getStoryAnalysis } from '../../services/get-story-analysis.js';
import { storyHref } from './admin-request.js';

/** Where a suggestion's Accept and Reject post. */
export function suggestionAction(storyId: string, suggestionId: string): string {
  return `${storyHref(storyId)}/suggestions/${encodeURIComponent(suggestionId)}`;
}

/** The panel of `story`: pending suggestions with their forms, decided ones, and whether the analysis is up to date. */
export async function suggestionPanel(ctx: ServiceContext, story: Story): Promise<SuggestionPanelModel> {
  const { record, suggestions } = await getStoryAnalysis(ctx, story.id);
  return {
    state: !record ? 'waiting' : record.revision !== story.revision ? 'outdated' : 'current',
    pending: suggestions
      .filter((s) => s.decision === null)
      .map((s) => ({ id: s.id, kind: s.kind, label: s.label, reason: s.reason, action: suggestionAction(story.id, s.id), formId: `suggestion-${s.id}` })),
    decided: suggestions.flatMap((s) => (s.decision ? [{ kind: s.kind, label: s.label, decision: s.decision, by: s.decidedBy, at: s.decidedAt }] : [])),
    canDecide: mayTake('edit', story, ctx.actor),
  };
}
