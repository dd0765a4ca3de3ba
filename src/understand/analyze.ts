/**
 * `analyze`: one story's text in, its understanding out (entities, quotes with speakers, dates,
 * suggested topics and regions). Pure and synchronous: the gazetteers and the language model
 * are loaded once when the module is first imported.
 */
import { findSpans } from './candidate-spans.js';
import { findDates } from './dates.js';
import { findEntities, type EntityDraft } from './entities.js';
import { findPlace, phraseKey } from './place-gazetteer.js';
import { findQuotes } from './quotes.js';
import { suggestRegions, suggestTopics } from './suggestions.js';
import { readWords } from './text-words.js';
import type { Analysis, AnalysisInput, Entity } from './types.js';

export type * from './types.js';

/** Understands one story: who and what it names, who said what, which days it means. */
export function analyze(input: AnalysisInput): Analysis {
  const text = input.text;
  const lang = (input.lang ?? 'en').toLowerCase();
  const publishedAt = toDate(input.publishedAt);
  const { words, sentences } = readWords(text);
  const spans = findSpans({ words, sentences });
  const found = findEntities(words, spans, text);

  if (input.datelinePlace) {
    const entry = findPlace(phraseKey(input.datelinePlace));
    if (entry) {
      const id = `place:${entry.name.toLowerCase().replace(/[^\p{L}0-9]+/gu, '-')}`;
      if (![...found.entities.values()].some((e) => e.type === 'place' && e.name === entry.name)) {
        const draft: EntityDraft = { id, type: 'place', name: entry.name, aliases: new Set(), mentions: [], tokens: [], countryCode: entry.countryCode, region: entry.region };
        found.entities.set(id, draft);
      }
    }
  }

  const quotes = findQuotes(text, words, found);
  const sentenceRanges = sentences.map(({ from, to }) => ({ start: words[from]!.start, end: words[to - 1]!.end }));
  const dates = findDates(text, publishedAt, sentenceRanges);
  const drafts = [...found.entities.values()];
  const suggestedTopics = suggestTopics(words.map((w) => w.lower));
  const suggestedRegions = suggestRegions(drafts.filter((e) => e.type === 'place'));
  return { lang, entities: present(drafts, text.length, quotes.map((q) => q.speakerId)), quotes, dates, suggestedTopics, suggestedRegions };
}

function toDate(value: Date | string | undefined): Date | null {
  if (value === undefined) return null;
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Final entity shapes, most salient first. Salience: share of mentions, a bonus for coming early and for speaking. */
function present(drafts: EntityDraft[], length: number, speakers: Array<string | null>): Entity[] {
  const total = drafts.reduce((n, e) => n + e.mentions.length, 0) || 1;
  const raw = drafts.map((e) => {
    const first = e.mentions.reduce((m, x) => Math.min(m, x.start), length);
    const early = 1 - first / Math.max(1, length);
    const spoke = speakers.filter((s) => s === e.id).length;
    return e.mentions.length / total + 0.15 * early + 0.03 * spoke;
  });
  const max = Math.max(0.0001, ...raw);
  return drafts
    .map((e, i) => {
      const entity: Entity = {
        id: e.id,
        type: e.type,
        name: e.name,
        aliases: [...e.aliases].filter((a) => a !== e.name),
        mentions: e.mentions.sort((a, b) => a.start - b.start),
        salience: Math.round((raw[i]! / max) * 1000) / 1000,
      };
      if (e.role) entity.role = e.role;
      if (e.countryCode) entity.countryCode = e.countryCode;
      return entity;
    })
    .sort((a, b) => b.salience - a.salience || a.name.localeCompare(b.name));
}
