/**
 * Suggestions the analysis makes for a story and the editors' decisions on them. Undecided ones
 * follow the latest analysis; decided ones are kept, so a rejection is remembered for the story.
 */
import type { Kysely } from 'kysely';
import type { StorySuggestion, SuggestionDecision, SuggestionKind } from '../domain/story-analysis.js';
import { fromDate, toDateOrNull } from './rows.js';
import type { StorySuggestionsTable, Tables } from './schema.js';

/** A suggestion as the latest analysis makes it. */
export interface SuggestionCandidate {
  kind: SuggestionKind;
  key: string;
  label: string;
  reason: string;
  score: number;
}

const KIND_ORDER: Readonly<Record<SuggestionKind, number>> = { person: 0, organisation: 1, place: 2, topic: 3, region: 4 };

/** Story suggestions. */
export function createSuggestionRepository(db: Kysely<Tables>) {
  return {
    /** A story's suggestions: people, organisations, places, topics, regions, each strongest first. */
    async listByStory(storyId: string): Promise<StorySuggestion[]> {
      const rows = await db.selectFrom('story_suggestions').selectAll().where('story_id', '=', storyId).execute();
      return rows
        .map(toSuggestion)
        .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || b.score - a.score || a.label.localeCompare(b.label));
    },

    /** The suggestion with this id. */
    async findById(id: string): Promise<StorySuggestion | undefined> {
      const row = await db.selectFrom('story_suggestions').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toSuggestion(row) : undefined;
    },

    /** Adds an undecided suggestion. */
    async insert(storyId: string, id: string, candidate: SuggestionCandidate): Promise<void> {
      await db
        .insertInto('story_suggestions')
        .values({ id, story_id: storyId, ...candidate, decision: null, decided_by: null, decided_at: null })
        .execute();
    },

    /** Refreshes what a suggestion says (its label, reason and score), leaving the decision alone. */
    async refresh(id: string, candidate: Pick<SuggestionCandidate, 'label' | 'reason' | 'score'>): Promise<void> {
      await db.updateTable('story_suggestions').set({ label: candidate.label, reason: candidate.reason, score: candidate.score }).where('id', '=', id).execute();
    },

    /** Deletes suggestions by id (undecided ones the latest analysis no longer makes). */
    async deleteByIds(ids: readonly string[]): Promise<void> {
      if (ids.length === 0) return;
      await db.deleteFrom('story_suggestions').where('id', 'in', ids).execute();
    },

    /** Records a decision (or, with null, takes it back). */
    async decide(id: string, decision: SuggestionDecision | null, by: string | null, at: Date | null): Promise<void> {
      await db
        .updateTable('story_suggestions')
        .set({ decision, decided_by: by, decided_at: at ? fromDate(at) : null })
        .where('id', '=', id)
        .execute();
    },
  };
}

export type SuggestionRepository = ReturnType<typeof createSuggestionRepository>;

function toSuggestion(row: StorySuggestionsTable): StorySuggestion {
  return {
    id: row.id,
    storyId: row.story_id,
    kind: row.kind as SuggestionKind,
    key: row.key,
    label: row.label,
    reason: row.reason,
    score: Number(row.score),
    decision: row.decision as SuggestionDecision | null,
    decidedBy: row.decided_by,
    decidedAt: toDateOrNull(row.decided_at),
  };
}
