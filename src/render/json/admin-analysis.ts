/** The Admin API's JSON shapes of a story's stored analysis and of its suggestions. */
import type { StoryEntity } from '../../domain/entity.js';
import type { AnalysisRecord, StoryQuote, StorySuggestion } from '../../domain/story-analysis.js';

/** What the presenter is given: the stored analysis, and where each entity's public page is (null when it has none). */
export interface AnalysisInput {
  storyId: string;
  storyRevision: number;
  record: AnalysisRecord | null;
  entities: readonly StoryEntity[];
  quotes: readonly StoryQuote[];
  suggestions: readonly StorySuggestion[];
  entityUrl(entity: StoryEntity['entity']): string | null;
}

/** A suggestion as the Admin API shows it. */
export interface AdminSuggestionJson {
  id: string;
  kind: StorySuggestion['kind'];
  key: string;
  label: string;
  reason: string;
  score: number;
  decision: StorySuggestion['decision'];
  decidedBy: string | null;
  decidedAt: string | null;
}

/** A story's analysis as the Admin API shows it. */
export interface AdminAnalysisJson {
  storyId: string;
  storyRevision: number;
  revision: number | null;
  analysedAt: string | null;
  current: boolean;
  lang: string | null;
  entities: Array<{
    id: string;
    type: StoryEntity['entity']['type'];
    slug: string;
    name: string;
    names: Record<string, string>;
    aliases: string[];
    role: string | null;
    mentions: number;
    salience: number;
    url: string | null;
  }>;
  quotes: Array<{
    text: string;
    speaker: { id: string; type: string; slug: string; name: string } | null;
    speakerRole: string | null;
    position: number;
  }>;
  dates: Array<{ text: string; start: string; end: string }>;
  suggestions: AdminSuggestionJson[];
}

/** The Admin API's suggestion. */
export function presentAdminSuggestion(s: StorySuggestion): AdminSuggestionJson {
  return {
    id: s.id,
    kind: s.kind,
    key: s.key,
    label: s.label,
    reason: s.reason,
    score: s.score,
    decision: s.decision,
    decidedBy: s.decidedBy,
    decidedAt: s.decidedAt?.toISOString() ?? null,
  };
}

/** The Admin API's analysis of a story. */
export function presentAdminAnalysis(input: AnalysisInput): AdminAnalysisJson {
  const { record } = input;
  return {
    storyId: input.storyId,
    storyRevision: input.storyRevision,
    revision: record?.revision ?? null,
    analysedAt: record?.analysedAt.toISOString() ?? null,
    current: record?.revision === input.storyRevision,
    lang: record?.lang ?? null,
    entities: input.entities.map((e) => ({
      id: e.entity.id,
      type: e.entity.type,
      slug: e.entity.slug,
      name: e.entity.name,
      names: { ...e.entity.names },
      aliases: [...e.entity.aliases],
      role: e.role,
      mentions: e.mentions,
      salience: e.salience,
      url: input.entityUrl(e.entity),
    })),
    quotes: input.quotes.map((q) => ({
      text: q.text,
      speaker: q.speaker && { id: q.speaker.id, type: q.speaker.type, slug: q.speaker.slug, name: q.speaker.name },
      speakerRole: q.speakerRole,
      position: q.position,
    })),
    dates: (record?.dates ?? []).map((d) => ({ text: d.text, start: d.start, end: d.end })),
    suggestions: input.suggestions.map(presentAdminSuggestion),
  };
}
