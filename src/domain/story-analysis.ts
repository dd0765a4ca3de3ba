/**
 * A story's stored analysis: who it names (shared entities), who said what, which days it
 * means, and the suggestions an editor accepts or rejects. It is made by the `analyze-story`
 * job after every save, so it always describes the latest text (DESIGN.md "understand/").
 */
import type { ContentEventType } from './events.js';
import type { EntityType, StoryEntity } from './entity.js';

/** Kind of the job that analyses a story's current text. */
export const ANALYZE_STORY = 'analyze-story';

/** The key of a story's analysis job: one unfinished per story (a pending one reads the latest text). */
export function analyzeJobKey(storyId: string): string {
  return `analyze:${storyId}`;
}

/** Changes that alter a story's text or the date its relative dates count from: each is analysed again. */
export const ANALYSED_ON: ReadonlySet<ContentEventType> = new Set<ContentEventType>([
  'story.created',
  'story.updated',
  'story.restored',
  'story.corrected',
  'story.published',
]);

/** Words in quotation marks in a story, and who said them. */
export interface StoryQuote {
  id: string;
  storyId: string;
  /** The speaker when the story names them (a person or an organisation), else null. */
  speaker: Pick<StoryEntity['entity'], 'id' | 'type' | 'slug' | 'name' | 'names'> | null;
  text: string;
  /** The speaker's role ("spokesperson"), or how an unnamed speaker is described. */
  speakerRole: string | null;
  /** Order in the story, from 0. */
  position: number;
}

/** A date expression in a story and the days it means (`YYYY-MM-DD`, `end` = `start` for one day). */
export interface StoryDate {
  text: string;
  start: string;
  end: string;
}

/** What an editor may be offered for a story. */
export const SUGGESTION_KINDS = ['person', 'organisation', 'place', 'topic', 'region'] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

/** An editor's answer to a suggestion. */
export const SUGGESTION_DECISIONS = ['accepted', 'rejected'] as const;
export type SuggestionDecision = (typeof SUGGESTION_DECISIONS)[number];

/** Something the analysis offers to link the story to or file it under, and what the editor said. */
export interface StorySuggestion {
  id: string;
  storyId: string;
  kind: SuggestionKind;
  /** The entity id for people, organisations and places; the term slug for topics and regions. */
  key: string;
  /** What the editor sees ("Ban Ki-moon", "Middle East"). */
  label: string;
  /** Why it is suggested ("Secretary-General; named 7 times; quoted 6 times"). */
  reason: string;
  /** 0..1, for ordering: salience for entities, the analysis' confidence for topics and regions. */
  score: number;
  /** Null until an editor decides; a rejection is kept so the suggestion never comes back for this story. */
  decision: SuggestionDecision | null;
  /** Label of who decided. */
  decidedBy: string | null;
  decidedAt: Date | null;
}

/** True for the suggestion kinds that are entities (accepting keeps the link). */
export function isEntityKind(kind: SuggestionKind): kind is EntityType {
  return kind === 'person' || kind === 'organisation' || kind === 'place';
}

/** When a story was last analysed, and which of its revisions. */
export interface AnalysisRecord {
  storyId: string;
  revision: number;
  analysedAt: Date;
  lang: string;
  dates: StoryDate[];
}
