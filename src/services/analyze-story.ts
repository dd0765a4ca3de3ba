/**
 * Analyses a story's current text and stores what it found, replacing the story's previous
 * analysis: links to shared entities, quotes with their speakers, dates, and suggestions for
 * the editor (decided ones are kept, and a rejected entity is never linked again). The job
 * `analyze-story` runs it after every save; it is idempotent.
 */
import type { Kysely } from 'kysely';
import { entityName, entityTag, type Entity } from '../domain/entity.js';
import { newId } from '../domain/ids.js';
import { isEntityKind, type StorySuggestion } from '../domain/story-analysis.js';
import { termName, type Story } from '../domain/story.js';
import type { Analysis } from '../understand/types.js';
import { createEntityRepository, type StoryEntityLink } from '../store/entity-repository.js';
import type { Tables } from '../store/schema.js';
import { createStoryAnalysisRepository, type NewQuote } from '../store/story-analysis-repository.js';
import { createStoryRepository } from '../store/story-repository.js';
import { createSuggestionRepository, type SuggestionCandidate } from '../store/suggestion-repository.js';
import { createTermRepository } from '../store/term-repository.js';
import { isWriteConflict } from '../store/write-conflict.js';
import { inTransaction, type ServiceContext } from './context.js';
import { resolveSharedEntities } from './shared-entities.js';

/** What one analysis stored. */
export interface StoryAnalysisOutcome {
  storyId: string;
  /** The revision whose text was analysed. */
  revision: number;
  entities: number;
  quotes: number;
  /** Suggestions still waiting for a decision. */
  pending: number;
}

/** Regions weaker than this share of the story's places are not worth an editor's time. */
const REGION_MIN_SCORE = 0.15;
/** Tries before giving up on a story whose text keeps changing while it is analysed (the job then retries later). */
const TRIES = 6;

let analyzer: Promise<typeof import('../understand/analyze.js')> | undefined;

/**
 * The analyser, loaded on first use: its gazetteers and language model take about a second to
 * load, which a server start, a CLI command or a test that never analyses must not pay.
 */
function loadAnalyzer(): Promise<typeof import('../understand/analyze.js')> {
  analyzer ??= import('../understand/analyze.js');
  return analyzer;
}

/**
 * Analyses story `storyId` as the system and stores the result; null when the story no longer
 * exists. A save while it runs makes it start over on the newer text (that save left the
 * analysis to this job), so what is stored always describes the latest revision; so does
 * losing a race with another story's analysis over a new entity.
 */
export async function analyzeStory(ctx: ServiceContext, storyId: string): Promise<StoryAnalysisOutcome | null> {
  const { analyze } = await loadAnalyzer();
  const stories = createStoryRepository(ctx.db);
  for (let attempt = 0; attempt < TRIES; attempt++) {
    const story = await stories.findById(storyId);
    if (!story) return null;
    const analysis = analyze({
      text: story.standfirst.trim() ? `${story.standfirst}\n\n${story.body}` : story.body,
      lang: story.lang,
      publishedAt: story.publishedAt ?? story.scheduledAt ?? story.updatedAt,
      headline: story.headline,
      ...(story.datelinePlace ? { datelinePlace: story.datelinePlace } : {}),
    });
    let outcome: StoryAnalysisOutcome | null;
    try {
      outcome = await inTransaction(ctx, async (db) => {
        const [current] = await createStoryRepository(db).findSummariesByIds([storyId]);
        if (!current || current.revision !== story.revision) return { result: null, events: [] };
        return store(db, ctx.clock(), story, analysis);
      });
    } catch (err) {
      // Another story's analysis made the same new entity at the same moment: the repeat finds it.
      if (isWriteConflict(err)) continue;
      throw err;
    }
    if (!outcome) continue;
    const [latest] = await stories.findSummariesByIds([storyId]);
    if (!latest || latest.revision === story.revision) return outcome;
  }
  throw new Error(`story ${storyId} changed, or its entities were being written by another analysis, during each of ${TRIES} tries; trying again later`);
}

/** Writes one analysis of `story` with `db` (the transaction); returns the outcome and the event. */
async function store(db: Kysely<Tables>, now: Date, story: Story, analysis: Analysis) {
  const entities = createEntityRepository(db);
  const records = createStoryAnalysisRepository(db);
  const suggestions = createSuggestionRepository(db);
  const before = await entities.listByStory(story.id);
  const existing = await suggestions.listByStory(story.id);
  const rejected = new Set(existing.filter((s) => s.decision === 'rejected' && isEntityKind(s.kind)).map((s) => s.key));

  const shared = await resolveSharedEntities(db, analysis.entities, story.lang, now);
  const quotedBy = new Map<string, number>();
  const speakerOf = (analysisId: string | null): Entity | null => {
    const entity = analysisId ? shared.get(analysisId) : undefined;
    return entity && !rejected.has(entity.id) ? entity : null;
  };
  const quotes: NewQuote[] = analysis.quotes.map((q, position) => {
    const speaker = speakerOf(q.speakerId);
    if (speaker) quotedBy.set(speaker.id, (quotedBy.get(speaker.id) ?? 0) + 1);
    return { id: newId(now), entityId: speaker?.id ?? null, text: q.text, speakerRole: q.speakerRole ?? null, position };
  });

  // Two names of the story may be one shared entity: their mentions add up, the stronger salience counts.
  const links = new Map<string, StoryEntityLink & { entity: Entity }>();
  for (const found of analysis.entities) {
    const entity = shared.get(found.id);
    if (!entity || rejected.has(entity.id)) continue;
    const link = links.get(entity.id);
    links.set(entity.id, {
      entity,
      entityId: entity.id,
      mentions: (link?.mentions ?? 0) + found.mentions.length,
      salience: Math.max(link?.salience ?? 0, found.salience),
      role: link?.role ?? found.role ?? null,
    });
  }
  await entities.replaceStoryLinks(story.id, [...links.values()].map(({ entity: _entity, ...link }) => link));
  await records.replaceQuotes(story.id, quotes);
  await records.saveRecord({
    storyId: story.id,
    revision: story.revision,
    analysedAt: now,
    lang: analysis.lang,
    dates: analysis.dates.map((d) => ({ text: d.text, start: d.start, end: d.end })),
  });

  const candidates = [
    ...[...links.values()].map((l) => entityCandidate(l, story.lang, quotedBy.get(l.entityId) ?? 0)),
    ...(await termCandidates(db, story, analysis)),
  ];
  const pending = await mergeSuggestions(db, story, existing, candidates);

  // Readers see a change only on a published story: its page, and every page of an entity it names or named.
  const tags =
    story.status === 'published'
      ? [`story:${story.id}`, ...new Set([...before.map((l) => l.entity.id), ...links.keys()].map(entityTag))]
      : [];
  return {
    result: { storyId: story.id, revision: story.revision, entities: links.size, quotes: quotes.length, pending },
    events: [{ type: 'story.analysed' as const, storyId: story.id, tags }],
  };
}

/** A linked entity as a suggestion, with what the story says of it as the reason. */
function entityCandidate(link: StoryEntityLink & { entity: Entity }, lang: string, quoted: number): SuggestionCandidate {
  const times = (n: number, verb: string) => (n === 1 ? `${verb} once` : `${verb} ${n} times`);
  const reason = [link.role, times(link.mentions, 'named'), quoted > 0 ? times(quoted, 'quoted') : null].filter(Boolean).join('; ');
  return { kind: link.entity.type, key: link.entity.id, label: entityName(link.entity, lang), reason, score: link.salience };
}

/** Suggested topics and regions the site has and the story is not filed under yet. */
async function termCandidates(db: Kysely<Tables>, story: Story, analysis: Analysis): Promise<SuggestionCandidate[]> {
  const terms = createTermRepository(db);
  const out: SuggestionCandidate[] = [];
  for (const [kind, suggested, filed] of [
    ['topic', analysis.suggestedTopics, story.topics],
    ['region', analysis.suggestedRegions.filter((s) => s.score >= REGION_MIN_SCORE), story.regions],
  ] as const) {
    if (suggested.length === 0) continue;
    const site = new Map((await terms.findBySlugs(kind, suggested.map((s) => s.slug))).map((t) => [t.slug, t]));
    for (const s of suggested) {
      const term = site.get(s.slug);
      if (!term || filed.some((t) => t.slug === s.slug)) continue;
      out.push({ kind, key: s.slug, label: termName(term, story.lang), reason: s.reason, score: s.score });
    }
  }
  return out;
}

/**
 * Brings the story's suggestions in line with `candidates`: undecided ones follow the analysis;
 * rejections stay for good; an acceptance stays while it holds (the entity is still named, the
 * topic still filed). Returns how many are undecided.
 */
async function mergeSuggestions(db: Kysely<Tables>, story: Story, existing: readonly StorySuggestion[], candidates: readonly SuggestionCandidate[]): Promise<number> {
  const suggestions = createSuggestionRepository(db);
  const wanted = new Map(candidates.map((c) => [`${c.kind}:${c.key}`, c]));
  const filed = new Set([...story.topics, ...story.regions].map((t) => `${t.kind}:${t.slug}`));
  const drop: string[] = [];
  let pending = 0;
  for (const s of existing) {
    const candidate = wanted.get(`${s.kind}:${s.key}`);
    wanted.delete(`${s.kind}:${s.key}`);
    if (s.decision === 'rejected') continue;
    const lapsed = s.decision === 'accepted' && (isEntityKind(s.kind) ? !candidate : !filed.has(`${s.kind}:${s.key}`));
    if (s.decision === null || lapsed) {
      if (!candidate) {
        drop.push(s.id);
        continue;
      }
      if (lapsed) await suggestions.decide(s.id, null, null, null);
      pending++;
    }
    if (candidate) await suggestions.refresh(s.id, candidate);
  }
  await suggestions.deleteByIds(drop);
  for (const candidate of wanted.values()) {
    await suggestions.insert(story.id, newId(), candidate);
    pending++;
  }
  return pending;
}
