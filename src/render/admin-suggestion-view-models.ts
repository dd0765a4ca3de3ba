/**
 * View model of the editor's suggestions panel: what the analysis of the story suggests, with
 * the forms that accept or reject each. Same conventions as admin-view-models.ts.
 */
import type { SuggestionDecision, SuggestionKind } from '../domain/story-analysis.js';

/** A suggestion waiting for a decision. */
export interface PendingSuggestionRow {
  id: string;
  kind: SuggestionKind;
  label: string;
  /** Why it is suggested, as the analysis says it. */
  reason: string;
  /** Where Accept and Reject post (`decision=accepted|rejected`). */
  action: string;
  /** Id of the form the buttons submit (it sits after the editor's form: forms cannot nest). */
  formId: string;
}

/** A suggestion somebody decided on. */
export interface DecidedSuggestionRow {
  kind: SuggestionKind;
  label: string;
  decision: SuggestionDecision;
  by: string | null;
  at: Date | null;
}

/** The editor's suggestions panel. */
export interface SuggestionPanelModel {
  /** `waiting`: never analysed yet; `outdated`: analysed at an earlier revision; `current`. */
  state: 'waiting' | 'outdated' | 'current';
  pending: PendingSuggestionRow[];
  decided: DecidedSuggestionRow[];
  /** False for someone who may not edit the story: the suggestions are shown without buttons. */
  canDecide: boolean;
}
