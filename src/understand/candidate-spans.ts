/**
 * Candidate spans: each sentence's capitalised stretches cut into typed pieces. At every
 * capitalised word the longest known phrase wins (an organisation or place from the
 * gazetteers, an organisation made by its head noun, a role, a role alias); what is left are
 * honorifics, nationality adjectives and "name" chunks that later rules decide about.
 */
import { findAcronym, findOrganisation, MAX_ORGANISATION_WORDS, ORGANISATION_HEADS, type OrganisationEntry } from './organisation-gazetteer.js';
import { findPlace, MAX_PLACE_WORDS, type PlaceEntry } from './place-gazetteer.js';
import { DEMONYMS, HONORIFICS, ROLE_ALIASES, ROLE_HEADS, ROLE_MODIFIERS, TITLE_HEADS } from './people-words.js';
import type { Word, Words } from './text-words.js';

/** A typed piece of a sentence, in word indexes (end exclusive). */
export type Span =
  | { kind: 'organisation'; from: number; to: number; entry: OrganisationEntry | null }
  | { kind: 'place'; from: number; to: number; entry: PlaceEntry }
  | { kind: 'role'; from: number; to: number; role: string }
  | { kind: 'role-alias'; from: number; to: number; role: string }
  | { kind: 'honorific'; from: number; to: number }
  | { kind: 'demonym'; from: number; to: number; country: string }
  | { kind: 'name'; from: number; to: number }
  | { kind: 'acronym'; from: number; to: number };

/** Lower-case words that may sit inside a name or an organisation's name. */
export const NAME_PARTICLES = new Set(['bin', 'ibn', 'al', 'el', 'de', 'da', 'du', 'van', 'von', 'der', 'la', 'le', 'di', 'dos', 'das', 'abu', 'ul', 'na', 'del', 'des', 'y']);
const ORG_CONNECTORS = new Set(['of', 'for', 'on', 'and', 'to', '&']);
/** Lower-case nouns that, right before a capitalised stretch, say it names an organisation ("the charity SOS Mare Aperto"). */
export const ORG_DESCRIPTORS = new Set(
  'charity channel broadcaster newspaper daily weekly outlet magazine website agency company firm group network coalition alliance regulator operator union party movement organisation organization ngo ministry bank insurer airline carrier militia body authority watchdog institute foundation council commission association federation court tribunal mission consortium conglomerate cooperative co-operative producer manufacturer maker retailer exporter lender miner developer publisher station radio broadcaster fund campaign think-tank platform'.split(' '),
);
/** Heads of bodies named with the country they work in ("UN Mission in South Sudan"). */
const PLACED_HEADS = new Set(['mission', 'office', 'operation', 'force', 'delegation', 'embassy', 'representation', 'assistance']);
/** Capitalised adjectives made with a participle ("Bangkok-based", "Russian-occupied"): never part of a name. */
const PARTICIPLE_ADJECTIVE = /-(?:based|backed|led|funded|run|owned|born|appointed|controlled|occupied|held|allied|aligned|linked|registered|made|built|brokered|sponsored|supported|speaking|style)$/i;
/** Capitalised words that never start a name: weekdays, months, and words every sentence may begin with. */
const NOT_NAMES = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february april june july august september october november december i i\'m the a an this that these those it its in on at by for with from but and or yet so as if when while after before since during although though however meanwhile also earlier later today tomorrow yesterday last next there here what who where why how we they he she you our their his her my some many most all several more according under over between among about against despite through'.split(' '),
);
/** Words in a capitalised phrase that make it an event, document or thing rather than a person. */
export const NON_PERSON_WORDS = new Set(
  'operation day summit cyclone storm hurricane typhoon change conference agreement treaty convention act accord plan report declaration strategy goals goal prize award war crisis forum week year decade olympics cup games festival protocol resolution charter law street road square avenue palace hall building bridge tower airport port stadium museum station prison index fund covid-19 covid ebola programme agenda framework sdgs sdg compact pact review session initiative'.split(' '),
);
/** Last words that make a capitalised phrase a place. */
export const PLACE_HEADS = new Set('sea lake gulf bay cape mount province district region city county camp island islands river valley mountains mountain sea ocean lake state governorate prefecture municipality village town desert plateau coast strip corridor peninsula basin'.split(' '));

/** Lower-case words a known place name may start with ("occupied Palestinian territory"). */
const LOWER_STARTS = new Set(['occupied']);
const isAcronym = (w: Word) => /^[A-Z][A-Z0-9&.\-]{1,7}$/.test(w.text) && /[A-Z].*[A-Z0-9]/.test(w.text) && !/^[A-Z]\.$/.test(w.text);
const keyOf = (words: Word[], from: number, to: number) => {
  let key = words[from]!.lower;
  for (let i = from + 1; i < to; i++) key += ` ${words[i]!.lower}`;
  return key;
};

/** Whether a word can start or continue a capitalised stretch. */
export function capital(w: Word | undefined): boolean {
  return w !== undefined && w.cap && (w.alpha || /^[A-Z][A-Z0-9.\-]+$/.test(w.text)) && !PARTICIPLE_ADJECTIVE.test(w.text);
}

/** Cuts every sentence into spans. */
export function findSpans({ words, sentences }: Words): Span[] {
  const spans: Span[] = [];
  for (const { from, to } of sentences) {
    let i = from;
    while (i < to) {
      const w = words[i]!;
      if (LOWER_STARTS.has(w.lower)) {
        const span = longestKnown(words, i, to);
        if (span.kind === 'place') {
          spans.push(span);
          i = span.to;
          continue;
        }
      }
      if (!capital(w) || skippableStart(w)) {
        i++;
        continue;
      }
      const described = describedOrganisation(words, i, to);
      if (described) {
        spans.push(described);
        i = described.to;
        continue;
      }
      const span = longestKnown(words, i, to);
      spans.push(span);
      i = span.to;
    }
  }
  return mergeNames(words, spans);
}

/** "the tour operator Helios Holidays", "an alliance called Viv Ansanm": the capitalised stretch after an organisation noun. */
function describedOrganisation(words: Word[], i: number, to: number): Span | null {
  let d = i - 1;
  if (words[d]?.lower === 'called' || words[d]?.lower === 'named') d--;
  const descriptor = words[d];
  if (!descriptor || descriptor.cap || !ORG_DESCRIPTORS.has(descriptor.lower) || words[i]!.titleLine) return null;
  if (!['the', 'a', 'an', "'s"].some((x) => words.slice(Math.max(0, d - 4), d).some((w) => w.lower === x))) return null;
  let end = i;
  while (end < to && (capital(words[end]) || (NAME_PARTICLES.has(words[end]!.lower) && capital(words[end + 1])))) end++;
  if (HONORIFICS.has(words[i]!.lower.replace(/\.$/, '')) || ROLE_HEADS.has(words[i]!.lower)) return null;
  const key = keyOf(words, i, end);
  const place = findPlace(key);
  if (place && end - i === 1) return null; // "the agency's Geneva office": a place, not a name
  return { kind: 'organisation', from: i, to: end, entry: findOrganisation(key) ?? null };
}

/** A sentence's first word that is only capitalised because it starts the sentence. */
function skippableStart(w: Word): boolean {
  if (NOT_NAMES.has(w.lower)) return true;
  if (!w.sentenceStart && !w.afterOpening) return false;
  return w.pos !== 'PROPN' && !HONORIFICS.has(w.lower.replace(/\.$/, '')) && !ROLE_HEADS.has(w.lower) && !isAcronym(w) && !DEMONYMS.has(w.lower);
}

const MAX_KNOWN_WORDS = Math.max(MAX_PLACE_WORDS, MAX_ORGANISATION_WORDS);

function longestKnown(words: Word[], i: number, to: number): Span {
  const w = words[i]!;
  // An organisation named by its head noun: "Collective Security Treaty Organization", "Ministry of Health".
  const headed = w.titleLine ? null : organisationByHead(words, i, to);
  // Keys of every length worth trying, built once; no known name runs over punctuation.
  let max = 0;
  const keys: string[] = [''];
  while (max < Math.min(to - i, MAX_KNOWN_WORDS)) {
    const x = words[i + max]!;
    if (!/[\p{L}\p{N}&]/u.test(x.text) && x.lower !== "'s") break;
    keys.push(max === 0 ? x.lower : `${keys[max]} ${x.lower}`);
    max++;
  }
  for (let len = max; len >= 1; len--) {
    const last = words[i + len - 1]!;
    if (headed && headed.to - i > len) break;
    const key = keys[len]!;
    const alias = ROLE_ALIASES.get(key);
    if (alias && len > 1) return { kind: 'role-alias', from: i, to: i + len, role: alias };
    const org = findOrganisation(key);
    if (org && len > 1) return { kind: 'organisation', from: i, to: i + len, entry: org };
    if (!capital(last) && last.lower !== 'territory') continue;
    if (org) return { kind: 'organisation', from: i, to: i + len, entry: org };
    const place = findPlace(key);
    if (place && (place.kind !== 'city' || len > 1 || !capital(words[i + 1]) || !w.titleLine)) {
      if (place.kind === 'city' && len === 1 && capital(words[i - 1]) && !words[i]!.sentenceStart && !words[i - 1]!.sentenceStart) continue;
      if (place.kind === 'city' && len === 1 && i + 1 < to && capital(words[i + 1]) && !ORGANISATION_HEADS.has(words[i + 1]!.lower) && !ROLE_HEADS.has(words[i + 1]!.lower)) {
        continue; // "Victoria Nuland": a one-word city inside a longer name is part of the name
      }
      return { kind: 'place', from: i, to: i + len, entry: place };
    }
  }
  if (headed) return headed;
  const bare = w.lower.replace(/\.$/, '');
  if (HONORIFICS.has(bare) && capital(words[i + 1])) return { kind: 'honorific', from: i, to: i + 1 };
  if (isAcronym(w)) {
    const org = findAcronym(w.text);
    if (org) return { kind: 'organisation', from: i, to: i + 1, entry: org };
    return { kind: 'acronym', from: i, to: i + 1 };
  }
  // "Debt Justice": a role word inside a run of plain name words is part of the name.
  const prev = words[i - 1];
  const insideName = !TITLE_HEADS.has(w.lower) && prev !== undefined && capital(prev) && !prev.sentenceStart && !isAcronym(prev) && !DEMONYMS.has(prev.lower) && !ROLE_MODIFIERS.has(prev.lower) && !ROLE_HEADS.has(prev.lower) && !HONORIFICS.has(prev.lower.replace(/\.$/, '')) && !findPlace(prev.lower) && !findOrganisation(prev.lower);
  const role = insideName ? null : rolePhrase(words, i, to);
  if (role) return role;
  const demonym = DEMONYMS.get(w.lower);
  if (demonym) return { kind: 'demonym', from: i, to: i + 1, country: demonym };
  return { kind: 'name', from: i, to: i + 1 };
}

/** "Foreign Minister", "Secretary-General", "Special Envoy": modifiers then a head, all capitalised. */
function rolePhrase(words: Word[], i: number, to: number): Span | null {
  let j = i;
  let end = -1;
  while (j < to && capital(words[j]) && (ROLE_MODIFIERS.has(words[j]!.lower) || ROLE_HEADS.has(words[j]!.lower))) {
    if (ROLE_HEADS.has(words[j]!.lower)) end = j + 1;
    j++;
  }
  if (end < 0) return null;
  // "Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator": the title's complement, unless it names a place or a body.
  if ((words[end]?.lower === 'for' || words[end]?.lower === 'of') && capital(words[end + 1])) {
    let k = end + 1;
    while (k < to && (capital(words[k]) || (['and', 'of', 'for', '&'].includes(words[k]!.lower) && capital(words[k + 1])))) k++;
    const key = keyOf(words, end + 1, k);
    if (!findPlace(key) && !findOrganisation(key) && !words.slice(end + 1, k).some((w) => findPlace(w.lower)?.kind === 'country')) end = k;
  }
  const role = words.slice(i, end).map((w) => w.text).join(' ');
  return { kind: 'role', from: i, to: end, role };
}

function organisationByHead(words: Word[], i: number, to: number): Span | null {
  if (/^(?:AUX|VERB|PRON|DET|ADP|SCONJ|CCONJ)$/.test(words[i]!.pos) && !ORGANISATION_HEADS.has(words[i]!.lower)) return null;
  let j = i;
  let headEnd = -1;
  while (j < to) {
    const w = words[j]!;
    // "Workers' Union No. 1": a number belongs to the name.
    if (headEnd === j && w.text === 'No.' && /^\d+$/.test(words[j + 1]?.text ?? '')) {
      j += 2;
      headEnd = j;
      continue;
    }
    // "Support Mission in Libya", "Office in Haiti": a body placed in a country.
    if (headEnd === j && w.lower === 'in' && PLACED_HEADS.has(words[j - 1]!.lower) && findPlace(words[j + 1]?.lower ?? '')?.kind === 'country') {
      j += 2;
      headEnd = j;
      continue;
    }
    if (capital(w)) {
      if (ORGANISATION_HEADS.has(w.lower)) headEnd = j + 1;
      j++;
      continue;
    }
    // "of", "for", "and" inside the name, when a capitalised word follows.
    if (headEnd > 0 || j > i) {
      // "World Health Organization and UNICEF": two bodies; but "Division for Ocean Affairs and the Law of the Sea" is one.
      const next = words[j + 1]?.lower === 'the' ? j + 2 : j + 1;
      const insideComplement = words.slice(i, j).some((x) => x.lower === 'of' || x.lower === 'for');
      const joinsTwo = (w.lower === 'and' || w.lower === '&') && (startsKnownBody(words, next, to) || (headEnd === j && !insideComplement));
      const calendar = NOT_NAMES.has(words[j + 1]?.lower ?? '') || words[j + 1]?.lower === 'march' || words[j + 1]?.lower === 'may';
      if (ORG_CONNECTORS.has(w.lower) && !joinsTwo && !calendar && capital(words[j + 1]) && (headEnd > 0 || words.slice(j + 1, to).some((x) => capital(x) && ORGANISATION_HEADS.has(x.lower)))) {
        j++;
        continue;
      }
      if (ORG_CONNECTORS.has(w.lower) && !joinsTwo && words[j + 1]?.lower === 'the' && capital(words[j + 2]) && headEnd > 0) {
        j += 2;
        continue;
      }
      // "International Fund for Saving the Aral Sea": a gerund inside the name takes its object.
      if (w.lower === 'the' && headEnd > 0 && /ing$/.test(words[j - 1]!.lower) && capital(words[j - 1]) && capital(words[j + 1])) {
        j++;
        continue;
      }
      // "Ministry of Trade, Industry and Fisheries": a list of capitalised words ending in "and …".
      if (w.text === ',' && headEnd > 0 && words.slice(i, j).some((x) => x.lower === 'of' || x.lower === 'for')) {
        const listEnd = commaList(words, j, to);
        if (listEnd > 0) {
          j = listEnd;
          continue;
        }
      }
    }
    break;
  }
  if (headEnd < 0) return null;
  // The head's complements: "Ministry of Foreign Affairs" — keep capitalised words after the head.
  let end = headEnd;
  for (let k = headEnd; k < j; k++) {
    if (!capital(words[k])) continue;
    if (k === end) {
      // "Digital Services Act": the head names a law or an event, not a body.
      if (NON_PERSON_WORDS.has(words[k]!.lower) && !ORGANISATION_HEADS.has(words[k]!.lower)) return { kind: 'name', from: i, to: k + 1 };
      break; // a capitalised word straight after the head starts something else ("Federation President")
    }
    end = k + 1;
    while (end < j && capital(words[end])) end++;
    k = end - 1;
  }
  // A single head word ("Council") is not a name on its own.
  if (end - i === 1) return null;
  // A role-led stretch ("Under-Secretary-General for Humanitarian Affairs") is a title, not a body.
  if (ROLE_HEADS.has(words[i]!.lower) && !ORGANISATION_HEADS.has(words[i]!.lower) && (end - i <= 2 || ORG_CONNECTORS.has(words[i + 1]?.lower ?? ''))) return null;
  return { kind: 'organisation', from: i, to: end, entry: null };
}

/** Whether the words at `at` begin a body or place the gazetteers know ("the UN", "UNICEF", "the World Food Programme"). */
function startsKnownBody(words: Word[], at: number, to: number): boolean {
  if (isAcronym(words[at] ?? ({ text: '' } as Word))) return true;
  for (let len = Math.min(6, to - at); len >= 1; len--) if (findOrganisation(keyOf(words, at, at + len))) return true;
  return false;
}

/** ", Industry and Fisheries" after word `comma`: where the list ends, or -1 when it is not such a list. */
function commaList(words: Word[], comma: number, to: number): number {
  let k = comma;
  while (k < to && words[k]!.text === ',' && capital(words[k + 1])) {
    k++;
    while (k < to && capital(words[k])) k++;
  }
  if (words[k]?.lower !== 'and' || !capital(words[k + 1])) return -1;
  k++;
  while (k < to && capital(words[k])) k++;
  return k;
}

/** Joins neighbouring name spans into one chunk ("Ban" "Ki-moon"), with particles ("Osama bin Laden"). */
function mergeNames(words: Word[], spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const prev = out.at(-1);
    if (span.kind === 'name' && prev?.kind === 'name' && !words[span.from]!.titleLine && words[prev.from]!.sentence === words[span.from]!.sentence) {
      const gap = words.slice(prev.to, span.from);
      if (gap.length === 0 || (gap.length === 1 && NAME_PARTICLES.has(gap[0]!.lower))) {
        prev.to = span.to;
        continue;
      }
    }
    out.push({ ...span });
  }
  return out;
}
