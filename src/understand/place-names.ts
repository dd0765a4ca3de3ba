/**
 * Places in a story in French, Spanish, Russian, Arabic or Chinese: the country names of that
 * language found in the text as written (Chinese has no spaces and Arabic no capitals, so the
 * English rules of `candidate-spans.ts` cannot find them). Arabic may join a one-letter prefix
 * ("و", "ب", "ل", "ف", "ك") to a name; other scripts need a word boundary on both sides.
 */
import type { Span } from './candidate-spans.js';
import type { EntityDraft, EntityFindings } from './entities.js';
import { countryNamesIn, type PlaceEntry } from './place-gazetteer.js';
import type { Word } from './text-words.js';

/** A place name found in the text. */
export interface FoundPlace {
  start: number;
  end: number;
  entry: PlaceEntry;
}

const ARABIC_PREFIX = /^[وبلفك]$/;
/** Case endings a Russian name may take after its stem. */
const RUSSIAN_ENDING = /^(?:ией|ии|ию|ия|ой|ей|ью|ом|ем|а|я|у|ю|е|и|ы|ь|й|о)/;
const LETTER = /[\p{L}\p{M}]/u;
// Built once per language, on first use.
const NAMES = new Map<string, Array<[string, PlaceEntry]>>();

/** Every country name of `lang` in `text`, longest names first where two overlap. */
export function findPlacesByName(text: string, lang: string): FoundPlace[] {
  let names = NAMES.get(lang);
  if (!names) {
    names = countryNamesIn(lang);
    NAMES.set(lang, names);
  }
  const found: FoundPlace[] = [];
  const taken = (start: number, end: number) => found.some((f) => f.start < end && start < f.end);
  for (const [name, entry] of names) {
    // Russian declines names: "Россия" is also "Россию", "России", "Россией".
    const stem = lang === 'ru' && name.length >= 5 ? name.replace(/[аяьйоеы]$/, '') : name;
    for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
      let end = at + stem.length;
      if (stem !== name) end += RUSSIAN_ENDING.exec(text.slice(end, end + 3))?.[0].length ?? 0;
      if (lang !== 'zh' && !boundary(text, at, end, lang)) continue;
      if (!taken(at, end)) found.push({ start: at, end, entry });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function boundary(text: string, start: number, end: number, lang: string): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  const beforeOk = !LETTER.test(before) || (lang === 'ar' && ARABIC_PREFIX.test(before) && !LETTER.test(text[start - 2] ?? ' '));
  return beforeOk && !LETTER.test(after);
}

/**
 * The entities of a story in another language: places only (people and organisations need the
 * English rules), from the country names of that language and, in Latin and Cyrillic scripts,
 * the capitalised names the gazetteers know (cities, regions).
 */
export function placesOnly(text: string, lang: string, words: Word[], spans: Span[]): EntityFindings {
  const entities = new Map<string, EntityDraft>();
  const add = (entry: PlaceEntry, start: number, end: number) => {
    const id = `place:${entry.name.toLowerCase().replace(/[^\p{L}0-9]+/gu, '-')}`;
    let e = entities.get(id);
    if (!e) {
      e = { id, type: 'place', name: entry.name, aliases: new Set(), mentions: [], tokens: entry.name.toLowerCase().split(' '), ...(entry.countryCode ? { countryCode: entry.countryCode } : {}), ...(entry.region ? { region: entry.region } : {}) };
      entities.set(id, e);
    }
    if (e.mentions.some((m) => m.start < end && start < m.end)) return;
    const written = text.slice(start, end);
    e.mentions.push({ start, end, text: written });
    if (written !== e.name) e.aliases.add(written);
  };
  for (const f of findPlacesByName(text, lang)) add(f.entry, f.start, f.end);
  if (lang !== 'zh' && lang !== 'ar') {
    for (const span of spans) if (span.kind === 'place') add(span.entry, words[span.from]!.start, words[span.to - 1]!.end);
  }
  return { entities, references: [] };
}
