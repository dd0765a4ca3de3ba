/**
 * Quotes and who said them. A quote is text between quotation marks (“…”, «…», „…“, "…"; one
 * left open at the end of a paragraph runs to the paragraph's end). Its speaker is looked for
 * after it (“…,” Mr. Ban said / said Mr. Ban), then before it (Mr. Ban said: “…”), and a quote
 * with neither continues the previous quote's speaker. "He said" means the last person who was
 * the subject of a sentence; "Mr. Ban's spokesperson said" means the spokesperson, not Mr. Ban.
 */
import type { EntityDraft, EntityFindings, Reference } from './entities.js';
import { LOWER_ROLES, PERSON_PRONOUNS, SPEECH_VERBS } from './people-words.js';
import type { Word } from './text-words.js';
import type { Attribution, Quote } from './types.js';

const PAIRS: Record<string, string> = { '“': '”', '«': '»', '„': '“', '"': '"', '‘': '’' };
const NOT_SUBJECT_BEFORE = new Set(['with', 'between', 'by', 'to', 'of', 'from', 'and', 'for', "'s", 'about', 'on', 'at', 'met', 'than', 'including']);
const WINDOW = 12;

interface RawQuote {
  start: number;
  end: number;
  /** Index of the mark's line, to find continuations. */
  line: number;
}

/** Finds the quotes of `text` and attributes each to a speaker. */
export function findQuotes(text: string, words: Word[], found: EntityFindings): Quote[] {
  const raws = findQuoteSpans(text);
  const quotes: Quote[] = [];
  let previous: { quote: Quote; line: number; closeWord: number } | null = null;
  for (const raw of raws) {
    const inner = text.slice(raw.start, raw.end);
    if (inner.trim().split(/\s+/).length < 2) continue;
    const openWord = words.findIndex((w) => w.end > raw.start) ;
    let closeWord = words.findIndex((w) => w.start >= raw.end);
    if (closeWord < 0) closeWord = words.length;
    const firstInside = openWord < 0 ? words.length : openWord;
    const speaker = attribute(words, found, firstInside - 1, closeWord, raws, raw);
    let result: { id: string | null; how: Attribution } = { id: speaker.id, how: speaker.how };
    const line = words[firstInside]?.line ?? 0;
    if (!speaker.id && !speaker.attributed && previous && previous.quote.speakerId && line - previous.line <= 1 && noOtherSpeaker(found, previous.quote.speakerId, previous.closeWord, firstInside)) {
      result = { id: previous.quote.speakerId, how: 'continuation' };
    }
    const entity = result.id ? found.entities.get(result.id) : undefined;
    const quote: Quote = {
      text: inner.replace(/^\s+|\s+$/g, ''),
      start: raw.start,
      end: raw.end,
      speakerId: entity?.id ?? null,
      speaker: entity?.name ?? null,
      attribution: entity ? result.how : 'none',
    };
    quotes.push(quote);
    previous = { quote, line, closeWord };
  }
  return quotes;
}

/** Character spans (inside the marks) of every quotation. */
function findQuoteSpans(text: string): RawQuote[] {
  const out: RawQuote[] = [];
  let line = 0;
  let open: { mark: string; at: number } | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      if (open && text[i + 1] === '\n') {
        out.push({ start: open.at, end: i, line });
        open = null;
      }
      line++;
      continue;
    }
    if (open) {
      if (c === PAIRS[open.mark] && !(c === '’' && /\p{L}/u.test(text[i + 1] ?? ''))) {
        out.push({ start: open.at, end: i, line });
        open = null;
      }
      continue;
    }
    if (c === '‘' && /\p{L}/u.test(text[i - 1] ?? '')) continue;
    if (c in PAIRS && (c !== '"' || !/\p{L}/u.test(text[i - 1] ?? ''))) open = { mark: c, at: i + 1 };
  }
  if (open) out.push({ start: open.at, end: text.length, line });
  return out;
}

/** Nobody but `speakerId` is named between two quotes: the second one continues the first. */
function noOtherSpeaker(found: EntityFindings, speakerId: string, from: number, to: number): boolean {
  if (to - from > 40) return false;
  return !found.references.some((r) => r.from >= from && r.to <= to && r.entityId !== speakerId && speaks(found.entities.get(r.entityId)));
}

/** The speaker of the quote whose opening mark is word `open` and whose closing mark is word `close`. */
function attribute(words: Word[], found: EntityFindings, open: number, close: number, raws: RawQuote[], raw: RawQuote): { id: string | null; how: Attribution; attributed?: boolean } {
  // After: from the closing mark to the end of the sentence (or the next quote).
  let end = close + 1;
  while (end < words.length && end < close + 1 + WINDOW && !/^[.!?]$/.test(words[end]!.text) && !isQuoteMark(words[end]!) && words[end]!.line === words[close]?.line) end++;
  const verb = indexOfSpeech(words, close + 1, end);
  if (verb >= 0) {
    const who = speakerBefore(words, found, close + 1, verb);
    if (who) return { id: who.id, how: who.pronoun ? 'pronoun' : 'after' };
    const ref = found.references.find((r) => r.from > verb && r.from <= verb + 4 && r.to <= end && speaks(found.entities.get(r.entityId)));
    if (ref) return { id: ref.entityId, how: 'inverted' };
    return { id: null, how: 'none', attributed: true };
  }
  // Before: from the start of the sentence (or the previous closing mark) to the opening mark.
  let start = open;
  while (start > 0 && start > open - 3 * WINDOW && !/^[.!?]$/.test(words[start - 1]!.text) && !isQuoteMark(words[start - 1]!) && words[start - 1]!.line === words[open]?.line) start--;
  if (open >= 0 && words[open]) {
    let v = -1;
    for (let i = open - 1; i >= start; i--) if (SPEECH_VERBS.has(words[i]!.lower)) { v = i; break; }
    if (v >= 0) {
      const who = speakerBefore(words, found, start, v, true);
      if (who) return { id: who.id, how: who.pronoun ? 'pronoun' : 'before' };
      return { id: null, how: 'none', attributed: true };
    }
  }
  void raws;
  return { id: null, how: 'none' };
}

function isQuoteMark(w: Word): boolean {
  return /^[“”«»„"]$/.test(w.text);
}

function indexOfSpeech(words: Word[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (SPEECH_VERBS.has(words[i]!.lower)) return i;
  return -1;
}

const speaks = (e: EntityDraft | undefined) => e !== undefined && (e.type === 'person' || e.type === 'organisation');

/**
 * Who is the subject of the speech verb at `verb`, looking at words `from`..`verb`: a named
 * person or organisation, "X's spokesperson" (the spokesperson), or a pronoun. With `first`,
 * the earliest candidate (the sentence's subject) wins rather than the nearest.
 */
function speakerBefore(words: Word[], found: EntityFindings, from: number, verb: number, first = false): { id: string; pronoun: boolean } | null {
  const refs = found.references.filter((r) => r.from >= from && r.to <= verb && speaks(found.entities.get(r.entityId)));
  // "Mr. Ban's spokesperson said" / "his spokesperson said": the holder of the role.
  for (let i = verb - 1; i >= from && i >= verb - 4; i--) {
    const w = words[i]!;
    if (!LOWER_ROLES.has(w.lower) || w.cap) continue;
    if (refs.some((r) => r.from > i)) break; // "his spokesperson Farhan Haq said": the name speaks
    const possessor = words[i - 1];
    let ownerId: string | undefined;
    if (possessor?.lower === "'s") ownerId = refs.find((r) => r.to === i - 1)?.entityId;
    else if (possessor && PERSON_PRONOUNS.has(possessor.lower)) ownerId = lastSubject(words, found, i - 1);
    if (possessor && !ownerId && !['a', 'an', 'the', 'one'].includes(possessor.lower)) ownerId = refs.find((r) => r.to === i)?.entityId; // "a UNHCR spokesperson"
    const holder = holderOf(found, w.lower, ownerId, i);
    if (holder) return { id: holder, pronoun: false };
    const owner = ownerId ? found.entities.get(ownerId) : undefined;
    return owner?.type === 'organisation' ? { id: owner.id, pronoun: false } : null;
  }
  const pick = first ? refs[0] : refs.at(-1);
  if (first) {
    const w0 = words[from];
    if (w0 && DETERMINERS.has(w0.lower) && !refs.some((r) => r.from <= from + 1)) return null; // "A member of the team … said"
    for (let i = from; i < verb; i++) {
      const r = refs.find((x) => x.from === i);
      if (r && subjectLike(words, r) && !(found.entities.get(r.entityId)?.type === 'organisation' && modifiesNext(words, found, r))) return { id: r.entityId, pronoun: false };
      if (['he', 'she'].includes(words[i]!.lower)) {
        const id = lastSubject(words, found, i);
        if (id) return { id, pronoun: true };
      }
    }
  }
  if (pick && (!first || subjectLike(words, pick))) return { id: pick.entityId, pronoun: false };
  for (let i = verb - 1; i >= from && i >= verb - 3; i--) {
    const l = words[i]!.lower;
    if (l === 'he' || l === 'she') {
      const id = lastSubject(words, found, i);
      return id ? { id, pronoun: true } : null;
    }
    if (l === 'it' || l === 'they' || (ORG_NOUNS.has(l) && ['the', 'its'].includes(words[i - 1]?.lower ?? ''))) {
      const ref = [...found.references].reverse().find((r) => r.to <= i && found.entities.get(r.entityId)?.type === 'organisation');
      return ref ? { id: ref.entityId, pronoun: true } : null;
    }
  }
  return null;
}

const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'some', 'another', 'many', 'several']);
/** Nouns that stand for an organisation already named: "the agency said". */
const ORG_NOUNS = new Set(['organisation', 'organization', 'agency', 'group', 'committee', 'council', 'ministry', 'office', 'programme', 'body', 'fund', 'government', 'mission', 'company', 'bank', 'union']);

/** An organisation named only to qualify what follows: "the United Nations special envoy …". */
function modifiesNext(words: Word[], found: EntityFindings, r: Reference): boolean {
  const next = words[r.to];
  if (!next) return false;
  if (LOWER_ROLES.has(next.lower) || (next.cap && found.references.some((x) => x.from === r.to))) return true;
  return !next.cap && LOWER_ROLES.has(words[r.to + 1]?.lower ?? '');
}

/** The person holding `role` for `ownerId` (or the only one holding it). */
function holderOf(found: EntityFindings, role: string, ownerId: string | undefined, at: number): string | undefined {
  const holders = [...found.entities.values()].filter((e) => e.type === 'person' && (e.role?.toLowerCase() === role || e.role?.toLowerCase().split(' ').at(-1) === role));
  const named = holders.find((e) => ownerId !== undefined && e.ownerId === ownerId);
  if (named) return named.id;
  if (ownerId !== undefined && found.entities.get(ownerId)?.type === 'organisation') return undefined;
  if (holders.length === 1) return holders[0]!.id;
  // Several: the one mentioned last before this point.
  const last = [...found.references].reverse().find((r) => r.to <= at && holders.some((h) => h.id === r.entityId));
  return last?.entityId;
}

function subjectLike(words: Word[], r: Reference): boolean {
  const before = words[r.from - 1];
  return !before || !NOT_SUBJECT_BEFORE.has(before.lower);
}

/** The last person who was a sentence's subject before word `at`: what "he" and "she" stand for. */
export function lastSubject(words: Word[], found: EntityFindings, at: number): string | undefined {
  const persons = found.references.filter((r) => r.to <= at && found.entities.get(r.entityId)?.type === 'person');
  if (persons.length === 0) return undefined;
  // Walk back sentence by sentence; in each, the first subject-like person is the subject.
  let sentence = words[at]?.sentence ?? 0;
  for (let k = persons.length - 1; k >= 0; ) {
    const inSentence = persons.filter((r) => words[r.from]!.sentence === sentence);
    const subject = inSentence.find((r) => subjectLike(words, r));
    if (subject) return subject.entityId;
    k -= inSentence.length;
    sentence--;
    if (sentence < 0) break;
  }
  return persons.at(-1)!.entityId;
}
