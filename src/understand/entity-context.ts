/**
 * What the words around a capitalised name say it is: a place ("the town of Ayorou", "in
 * Morowali,", "Bhasan Char, a silt island", "the Swat valley"), an organisation ("Bawaslu, the
 * election supervisory agency"), a person speaking ("…, said Sutrisno"), or an event's label
 * ("the meeting, known as COP25"). Each test looks only at the words, never at a list of names.
 */
import { capital, NON_PERSON_WORDS, ORG_DESCRIPTORS, PLACE_HEADS, type Span } from './candidate-spans.js';
import { findPlace } from './place-gazetteer.js';
import { DEMONYMS, LOWER_ROLES, ROLE_NOUNS, SPEECH_VERBS } from './people-words.js';
import type { Word } from './text-words.js';
import type { EntityType } from './types.js';

/** Lower-case nouns for a place ("the town of X", "X, a silt island", "the capital's airport, X,"). */
export const PLACE_NOUNS = new Set(
  'town towns city cities village villages region regions province provinces district districts state capital port ports airport airfield camp island islands county municipality settlement area suburb neighbourhood neighborhood commune township borough enclave oasis hamlet valley river lake mountain peninsula coast border crossing base district prefecture governorate territory archipelago atoll'.split(' '),
);
/** Lower-case heads after a name that make it a named site, written with the head ("the Kakhovka dam"). */
export const SITE_HEADS = new Set('valley canal dam reservoir plant mine island islands peninsula seafront promenade beach bridge crossing camp port airport airfield town'.split(' '));
/** Lower-case heads after a name that make it an area, written without the head ("the Delmas neighbourhood"). */
export const AREA_HEADS = new Set('province provinces district districts region regions area areas neighbourhood neighborhood county counties state states municipality commune governorate prefecture'.split(' '));
/** Lower-case words that may sit between a name and its site head ("Zaporizhzhia nuclear power plant"). */
const SITE_MODIFIERS = new Set(['nuclear', 'power', 'hydroelectric', 'hydropower', 'coal', 'gas', 'oil', 'refugee', 'displacement', 'border', 'copper', 'gold', 'military', 'naval', 'air', 'detention', 'water', 'irrigation']);
/** Nouns and verbs of going somewhere: "roads to X", "fled to X". */
const MOTION_WORDS = new Set('road roads route routes way access flights flight convoys convoy trip journey travel travelled traveled fled flee returned return moved move deported sent flew drove walked headed transferred evacuated taken brought'.split(' '));
/** Capitalised words of the calendar: never a place ("in March"). */
const CALENDAR_WORDS = new Set('january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '));
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'from', 'around', 'across', 'outside', 'towards', 'toward', 'via', 'inside']);
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'another']);
/** Nouns for things that are named but are no entity: "the meeting, known as COP25". */
const EVENT_NOUNS = new Set('meeting conference summit talks session operation plan programme program law bill act agreement deal accord treaty storm cyclone hurricane typhoon campaign report festival event exercise mission strategy app vessel ship'.split(' '));

/** A site after the name: "X dam", "X nuclear power plant" (head included), or "X province" (head left out). */
export function siteAfter(words: Word[], to: number): { end: number; withHead: boolean } | null {
  let k = to;
  while (k < to + 2 && words[k] && SITE_MODIFIERS.has(words[k]!.lower) && !words[k]!.cap) k++;
  const head = words[k];
  if (!head || head.cap) return null;
  if (SITE_HEADS.has(head.lower)) return { end: k + 1, withHead: true };
  if (k === to && AREA_HEADS.has(head.lower)) return { end: to, withHead: false };
  return null;
}

/** Whether the words around `from`..`to` mark the name as a place. */
export function placeByContext(words: Word[], from: number, to: number): boolean {
  const first = words[from]!;
  if (siteAfter(words, to)) return true;
  const b1 = words[from - 1];
  const b2 = words[from - 2];
  if (b1?.lower === 'of' && b2 && !b2.cap && PLACE_NOUNS.has(b2.lower)) return true; // "the town of Ayorou"
  if (b1?.lower === 'at' && b2 && !b2.cap && PLACE_NOUNS.has(b2.lower)) return true; // "a camp at Bulengo"
  // "Mitiga" in "the capital's only working airport, Mitiga,"; "Bhasan Char, a silt island".
  if (b1?.text === ',' && b2 && !b2.cap && PLACE_NOUNS.has(b2.lower) && words[to]?.text === ',' && to - from === 1 && !adverbialBefore(words, from - 2)) return true;
  if (words[to]?.text === ',' && appositionHead(words, to + 1, PLACE_NOUNS)) return true;
  if (first.sentenceStart || CALENDAR_WORDS.has(first.lower)) return false;
  // "the roads to Masisi", "fled to Goma".
  if (b1?.lower === 'to' && b2 && !b2.cap && MOTION_WORDS.has(b2.lower) && !words[to]?.cap) return true;
  // "in Morowali", and a sentence's "In El Alto,".
  if (b1 && PLACE_PREPOSITIONS.has(b1.lower) && (!b1.cap || (b1.sentenceStart && b1.lower === 'in' && words[to]?.text === ','))) {
    const after = words[to];
    return !after || !after.cap;
  }
  return false;
}

/** The noun phrase ending at word `end` opens the sentence as an adverbial ("In the Kharkiv region, …"). */
function adverbialBefore(words: Word[], end: number): boolean {
  let k = end;
  while (k > 0 && words[k - 1]!.text !== ',' && !/^[.;:!?]$/.test(words[k - 1]!.text) && k > end - 8) k--;
  return words[k]?.pos === 'ADP';
}

/** Whether an apposition names the thing an organisation: "Bawaslu, the election supervisory agency" or "Ireland's media regulator, Coimisiún na Meán,". */
export function organisationByContext(words: Word[], from: number, to: number): boolean {
  if (words[to]?.text === ',' && appositionHead(words, to + 1, ORG_DESCRIPTORS)) return true;
  const b1 = words[from - 1];
  const b2 = words[from - 2];
  return b1?.text === ',' && b2 !== undefined && !b2.cap && ORG_DESCRIPTORS.has(b2.lower) && (words[to]?.text === ',' || words[to]?.text === '.');
}

/** "a/an/the [adjectives] NOUN" starting at `at`, whose head noun is in `nouns` (before any "of"/"for"/","). */
function appositionHead(words: Word[], at: number, nouns: Set<string>): boolean {
  const det = words[at];
  if (!det || !DETERMINERS.has(det.lower) && !(words[at + 1]?.lower === "'s")) return false;
  for (let k = at + 1; k < at + 7 && words[k]; k++) {
    const w = words[k]!;
    if (w.text === ',' || w.text === '.' || w.pos === 'ADP' || ['of', 'for', 'in', 'from', 'that', 'which', 'who', 'with', 'based', 'on', 'at', 'and'].includes(w.lower)) return nouns.has(words[k - 1]!.lower);
  }
  return false;
}

/** The name is the subject of a speech verb: "Otieno, …, said", "Karimov said", "said Sutrisno,". */
export function speechSubject(words: Word[], from: number, to: number): boolean {
  // "Diplomats said", "Countries urged": a plural common noun at the start of a sentence.
  if (words[from]!.pos !== 'PROPN' || ((words[from]!.sentenceStart || words[from]!.afterOpening) && /s$/.test(words[from]!.text))) return false;
  const before = words[from - 1];
  if (before && SPEECH_VERBS.has(before.lower) && !before.cap && (words[to]?.text === ',' || words[to]?.text === '.')) return true;
  let k = to;
  if (words[k]?.text === ',') {
    k++;
    // "Otieno, said" / one descriptive apposition: "Otieno, a farmer, said", "Juana Condori, 54, said".
    if (!SPEECH_VERBS.has(words[k]?.lower ?? '')) {
      const opening = words[k];
      if (!opening || opening.cap || !(DETERMINERS.has(opening.lower) || /^\d+$/.test(opening.text) || ROLE_NOUNS.has(opening.lower))) return false;
      while (words[k] && words[k]!.text !== ',' && words[k]!.sentence === words[from]!.sentence && k < to + 14) k++;
      if (words[k]?.text !== ',') return false;
      k++;
    }
  }
  const verb = words[k];
  return verb !== undefined && SPEECH_VERBS.has(verb.lower) && verb.pos !== 'NOUN';
}

/** A name made of, or ending in, a nationality ("Ordinary Zambians", "Afghans"): a group of people, not a person. */
export function hasDemonym(words: Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const l = words[k]!.lower;
    if (DEMONYMS.has(l) || (l.endsWith('s') && DEMONYMS.has(l.slice(0, -1)))) return true;
  }
  return false;
}

/** "the meeting, known as COP25": the label of an event, not an entity. */
export function eventLabel(words: Word[], from: number): boolean {
  let k = from - 1;
  if (words[k]?.lower === 'as' && words[k - 1]?.lower === 'known') k -= 2;
  else if (['called', 'dubbed', 'named', 'codenamed'].includes(words[k]?.lower ?? '')) k -= 1;
  else return false;
  if (words[k]?.text === ',') k--;
  return EVENT_NOUNS.has(words[k]?.lower ?? '');
}

/** Whether `w` names what a person is or does ("spokesman", "herder", "member"). */
export const isRoleNoun = (w: Word | undefined): boolean => w !== undefined && ROLE_NOUNS.has(w.lower);

/** Decides what a capitalised name chunk is from its shape and neighbours. */
export function classifyName(words: Word[], spans: Span[], s: number, before: Span | undefined): EntityType | 'unknown' {
  const span = spans[s]!;
  const chunk = words.slice(span.from, span.to);
  const lowers = chunk.map((w) => w.lower);
  const last = lowers.at(-1)!;
  // "Rustaveli Avenue", "Palais des Nations": a named site.
  if (chunk.length > 1 && (SITE_WORDS.has(last) || SITE_WORDS.has(lowers[0]!))) return 'place';
  if (lowers.some((l) => NON_PERSON_WORDS.has(l)) && !PLACE_HEADS.has(last)) return 'unknown';
  if (eventLabel(words, span.from)) return 'unknown';
  if (organisationByContext(words, span.from, span.to)) return 'organisation';
  if (PLACE_HEADS.has(last) && chunk.length > 1) return 'place';
  if (chunk.length > 1 && PLACE_FIRST.has(lowers[0]!)) return 'place'; // "East Java", "Lake Victoria"
  if (placeByContext(words, span.from, span.to)) return before?.kind === 'honorific' || before?.kind === 'role' ? 'person' : 'place';
  if (before?.kind === 'honorific' || before?.kind === 'role') return 'person';
  const prevWord = words[span.from - 1];
  if (prevWord && LOWER_ROLES.has(prevWord.lower) && !prevWord.cap) return 'person';
  if (hasDemonym(words, span.from, span.to)) return 'unknown';
  if (chunk.length < 2 || chunk.length > 4) return 'unknown';
  // A person is never "the X Y"; the same words after "the" anywhere in the story settle it.
  if (prevWord?.lower === 'the' || seenAfterThe(words, lowers)) return 'unknown';
  if (before?.kind === 'place' && findPlace(lowers.join(' '))) return 'place';
  if (!chunk.every((w) => capital(w))) return 'unknown';
  return 'person';
}

/** Words that make a capitalised phrase a named site: first ("Palais des Nations") or last ("Rustaveli Avenue"). */
const SITE_WORDS = new Set(['street', 'road', 'avenue', 'boulevard', 'square', 'palace', 'palais', 'place', 'bridge', 'airport', 'stadium', 'station', 'highway', 'motorway', 'dam', 'canal', 'park']);
/** First words that make a capitalised phrase a place: "East Java", "Lake Victoria". */
export const PLACE_FIRST = new Set(['east', 'west', 'north', 'south', 'central', 'northern', 'southern', 'eastern', 'western', 'upper', 'lower', 'greater', 'lake', 'mount', 'cape', 'gulf', 'bay', 'port']);

/** Whether the words `lowers` stand after "the" somewhere in the text ("the Amu Darya"). */
function seenAfterThe(words: Word[], lowers: string[]): boolean {
  for (let i = 1; i + lowers.length <= words.length; i++) {
    if (words[i - 1]!.lower !== 'the') continue;
    if (lowers.every((l, k) => words[i + k]!.lower === l)) return true;
  }
  return false;
}
