/**
 * `analyze`: one story's text in, its understanding out (entities, quotes with speakers, dates,
 * suggested topics and regions). Pure and synchronous: the gazetteers and the language model
 * are loaded once when the module is first imported.
 */
import { findSpans } from './candidate-spans.js';
import { findDates } from './dates.js';
import { findEntities, type EntityDraft } from './entities.js';
import { findPlace, phraseKey } from './place-gazetteer.js';
import { placesOnly } from './place-names.js';
import { findQuotes } from './quotes.js';
import { suggestRegions, suggestTopics } from './suggestions.js';
import { readWords } from './text-words.js';
import type { Analysis, AnalysisInput, Entity, Mention } from './types.js';

export type * from './types.js';

/** Understands one story: who and what it names, who said what, which days it means. */
export function analyze(input: AnalysisInput): Analysis {
  const publishedAt = input.publishedAt instanceof Date ? input.publishedAt : new Date(input.publishedAt);
  if (Number.isNaN(publishedAt.getTime())) throw new Error(`analyze: publishedAt "${String(input.publishedAt)}" is not a date (use 2010-03-18 or an ISO time)`);
  const lang = (input.lang || 'en').toLowerCase().split(/[-_]/)[0]!;
  // The headline is read as the text's first paragraph; offsets are mapped back at the end.
  const headline = input.headline?.trim() ? input.headline : '';
  const shift = headline ? headline.length + 2 : 0;
  const text = headline ? `${headline}\n\n${input.text}` : input.text;

  const { words, sentences } = readWords(text);
  const spans = findSpans({ words, sentences });
  // The rules for people, organisations and speakers are English; other languages get places (and dates).
  const found = lang === 'en' ? findEntities(words, spans, text) : placesOnly(text, lang, words, spans);
  const quotes = findQuotes(text, words, found);
  const sentenceRanges = sentences.map(({ from, to }) => ({ start: words[from]!.start, end: words[to - 1]!.end }));
  const dates = findDates(text, lang, publishedAt, sentenceRanges).filter((d) => d.offset.start >= shift);
  const drafts = [...found.entities.values()];
  const dateline = input.datelinePlace ? findPlace(phraseKey(input.datelinePlace)) : undefined;
  const suggestedTopics = suggestTopics(words.map((w) => w.lower));
  const suggestedRegions = suggestRegions(drafts.filter((e) => e.type === 'place'), dateline);

  const place = <T extends { start: number; end: number; field?: 'headline' }>(x: T): T => {
    if (x.start < shift) return { ...x, field: 'headline' };
    return { ...x, start: x.start - shift, end: x.end - shift };
  };
  return {
    lang,
    entities: present(drafts, text.length, quotes.map((q) => q.speakerId)).map((e) => ({ ...e, mentions: e.mentions.map(place) })),
    quotes: quotes.map(place),
    dates: dates.map((d) => ({ ...d, offset: { start: d.offset.start - shift, end: d.offset.end - shift } })),
    suggestedTopics,
    suggestedRegions,
  };
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
        ...(e.role ? { role: e.role } : {}),
        aliases: [...e.aliases].filter((a) => a !== e.name),
        mentions: [...e.mentions].sort((a, b) => a.start - b.start) as Mention[],
        ...(e.countryCode ? { countryCode: e.countryCode } : {}),
        salience: Math.round((raw[i]! / max) * 1000) / 1000,
      };
      return entity;
    })
    .sort((a, b) => b.salience - a.salience || a.name.localeCompare(b.name));
}
