/**
 * Quotes and who said them. A quote is text between quotation marks (“…”, «…», „…“, "…"); one
 * left open at the end of a paragraph runs to the paragraph's end and goes on in the next.
 * Titles ("Locked Out of Sight") and labels (the "dawn attack") are not quotes. The speaker is
 * the subject of the speech verb after the quote (“…,” Mr. Ban said / said Mr. Ban), or of the
 * clause the quote sits in (Mr. Ban said: “…” / called for “restraint”); a quote with no
 * attribution of its own continues the quote before it, or the one it runs on into, or the
 * sentence before it that reports speech. See `speakers.ts` for how a subject becomes a speaker.
 */
import type { EntityFindings } from './entities.js';
import { clauseStart, isSpeechVerb, subjectAfter, subjectBefore, type Speaker, type SpeakerContext } from './speakers.js';
import type { Word } from './text-words.js';
import type { Attribution, Quote } from './types.js';

const PAIRS: Record<string, string> = { '“': '”', '«': '»', '„': '“', '"': '"' };
const MARK = /^[“”«»„"]$/;
/** Words before a quote that make it a name for something: the "dawn attack", so-called "ghost workers". */
const LABEL_BEFORE = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'so-called', 'dubbed', 'termed', 'titled', 'entitled', 'labelled', 'labeled', 'branded', 'nicknamed', 'called', 'named', 'word', 'words', 'term', 'phrase', 'slogan']);
const AFTER_BREAK = new Set(['and', 'but', 'then', 'while', 'which', 'who', 'that', 'after', 'before', 'when', 'because', 'so', 'with', 'in', 'on', 'to', 'for', 'of', 'from']);

interface RawQuote {
  start: number;
  end: number;
  /** No closing mark: the quote runs to the end of its paragraph. */
  open: boolean;
}

interface Found {
  raw: RawQuote;
  /** Index of the first word inside the marks and of the first word after them. */
  first: number;
  after: number;
  speaker: Speaker | null;
  how: Attribution;
}

/** Finds the quotes of `text` and attributes each to a speaker. */
export function findQuotes(text: string, words: Word[], found: EntityFindings): Quote[] {
  const raws = findQuoteSpans(text);
  const inQuote = words.map(() => false);
  const locate = (raw: RawQuote) => {
    let first = words.findIndex((w) => w.start >= raw.start);
    if (first < 0) first = words.length;
    let after = first;
    while (after < words.length && words[after]!.start < raw.end) inQuote[after++] = true;
    return { first, after };
  };
  const spans = raws.map((raw) => ({ raw, ...locate(raw) }));
  const ctx: SpeakerContext = { words, found, inQuote };
  const quotes: Found[] = [];
  for (const { raw, first, after } of spans) {
    const inner = text.slice(raw.start, raw.end).trim();
    if (inner.split(/\s+/).length < 2 || isTitleOrLabel(words, first, after, inner)) continue;
    const closeMark = raw.open ? after - 1 : after; // the word after the closing mark's position
    const attributed = attribute(ctx, first - 1, closeMark, raw.open);
    quotes.push({ raw, first, after, ...attributed });
  }
  // A quote with no attribution of its own: the one it runs on into, the one before it, or the sentence before it.
  for (let i = quotes.length - 1; i >= 0; i--) {
    const q = quotes[i]!;
    const next = quotes[i + 1];
    if (q.how === 'none' && q.raw.open && next && next.how !== 'none' && words[next.first]?.line === (words[q.first]?.line ?? 0) + 1) {
      q.speaker = next.speaker;
      q.how = 'continuation';
    }
  }
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i]!;
    if (q.how !== 'none') continue;
    const prev = quotes[i - 1];
    if (prev && prev.how !== 'none' && continues(ctx, prev, q)) {
      q.speaker = prev.speaker;
      q.how = 'continuation';
      continue;
    }
    const reported = reportedBefore(ctx, q.first);
    if (reported) {
      q.speaker = reported;
      q.how = 'continuation';
    }
  }
  return quotes.map((q) => {
    const entity = q.speaker?.id ? found.entities.get(q.speaker.id) : undefined;
    const role = entity?.role ?? (entity ? undefined : q.speaker?.description);
    return {
      text: text.slice(q.raw.start, q.raw.end).trim(),
      speaker: entity?.name ?? null,
      ...(role ? { speakerRole: role } : {}),
      start: q.raw.start,
      end: q.raw.end,
      speakerId: entity?.id ?? null,
      attribution: q.how,
    };
  });
}

/** Character spans (inside the marks) of every quotation. */
function findQuoteSpans(text: string): RawQuote[] {
  const out: RawQuote[] = [];
  let open: { mark: string; at: number } | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      if (open && text[i + 1] === '\n') {
        out.push({ start: open.at, end: i, open: true });
        open = null;
      }
      continue;
    }
    if (open) {
      if (c === PAIRS[open.mark] && !(c === '"' && /\p{L}/u.test(text[i + 1] ?? ''))) {
        out.push({ start: open.at, end: i, open: false });
        open = null;
      }
      continue;
    }
    if (c in PAIRS && (c !== '"' || !/\p{L}/u.test(text[i - 1] ?? ''))) open = { mark: c, at: i + 1 };
  }
  if (open) out.push({ start: open.at, end: text.length, open: true });
  return out;
}

/** "Locked Out of Sight" (a title: every word capitalised) and the "dawn attack" (a label: a name for something). */
function isTitleOrLabel(words: Word[], first: number, after: number, inner: string): boolean {
  const inside = words.slice(first, after).filter((w) => w.alpha);
  if (inside.length <= 8 && inside.length >= 2 && !/[.!?,]$/.test(inner) && inside.every((w) => w.cap || ['of', 'the', 'a', 'an', 'and', 'in', 'on', 'for', 'to', 'at'].includes(w.lower))) return true;
  if (inside.length > 3 || /[.!?]$/.test(inner) || inside.some((w) => ['i', 'we', 'you', 'us', 'our', 'my'].includes(w.lower))) return false;
  const before = words[first - 2];
  if (before && LABEL_BEFORE.has(before.lower)) return true;
  // "a law on "foreign agents"": a noun, then a preposition, then the quote.
  return before !== undefined && ['on', 'against', 'about', 'over'].includes(before.lower) && words[first - 3]?.pos === 'NOUN';
}

/** The speaker of the quote between mark words `open` and `close`, from its own sentence. */
function attribute(ctx: SpeakerContext, open: number, close: number, runsOn: boolean): { speaker: Speaker | null; how: Attribution } {
  const { words } = ctx;
  // After the quote: “…,” X said / “…,” said X / “…”, as one diplomat put it.
  if (!runsOn) {
    let k = close + 1;
    while (words[k] && /^[,—–]$/.test(words[k]!.text)) k++;
    const breaks = words[k] && AFTER_BREAK.has(words[k]!.lower);
    if (!breaks) {
      for (let v = k; v < Math.min(words.length, k + 24); v++) {
        const w = words[v]!;
        if (/^[.!?;:]$/.test(w.text) || MARK.test(w.text) || w.line !== words[close]?.line) break;
        if (!isSpeechVerb(words, v)) continue;
        const subject = v === k || words[v - 1]?.lower === 'according' ? subjectAfter(ctx, v) : subjectBefore(ctx, k, v);
        if (subject) return { speaker: subject, how: subject.pronoun ? 'pronoun' : v === k ? 'inverted' : 'after' };
        break;
      }
    }
  }
  // Before the quote, in its sentence: X said: “…” / X said the delays were “…” / and urged donors not to “…”.
  const sentence = words[open]?.sentence ?? words[open + 1]?.sentence;
  for (let v = open - 1; v >= 0 && words[v]!.sentence === sentence; v--) {
    if (MARK.test(words[v]!.text)) break;
    if (ctx.inQuote[v] || !isSpeechVerb(words, v)) continue;
    const subject = subjectOfVerb(ctx, v);
    if (subject) return { speaker: subject, how: subject.pronoun ? 'pronoun' : 'before' };
    return { speaker: null, how: 'none' };
  }
  return { speaker: null, how: 'none' };
}

/** The subject of the speech verb at `v`; a verb joined by "and" to an earlier one shares its subject. */
function subjectOfVerb(ctx: SpeakerContext, v: number): Speaker | null {
  const { words } = ctx;
  // "…, stressing that …": a participle after a comma shares the sentence's subject.
  if (words[v - 1]?.text === ',' && words[v]!.lower.endsWith('ing')) return sentenceSubject(ctx, v);
  const start = clauseStart(words, v, 0);
  if (start < v) {
    const subject = subjectBefore(ctx, start, v);
    if (subject) return subject;
  }
  if (words[v]!.lower === 'according' || words[v - 1]?.lower === ',') return subjectAfter(ctx, v);
  // "… said X and urged donors": back to the verb before, in the same sentence.
  for (let u = start - 1; u >= 0 && words[u]!.sentence === words[v]!.sentence; u--) {
    if (!ctx.inQuote[u] && isSpeechVerb(words, u)) return subjectOfVerb(ctx, u);
  }
  // No earlier verb: the sentence's subject ("China's ambassador, Liu Mingzhe, called for … and said …").
  const from = words.findIndex((w) => w.sentence === words[v]!.sentence);
  return start > from ? subjectBefore(ctx, from, start - 1) : null;
}

/** The subject of the sentence holding word `v`: the words before its first verb, an opening phrase left out. */
function sentenceSubject(ctx: SpeakerContext, v: number): Speaker | null {
  const { words } = ctx;
  const from = words.findIndex((w) => w.sentence === words[v]!.sentence);
  let verb = from;
  while (verb < v && !/^(?:VERB|AUX)$/.test(words[verb]!.pos)) verb++;
  return verb > from ? subjectBefore(ctx, from, verb) : null;
}

/** Nobody else speaks between two quotes, and they are in one paragraph or the second opens the next. */
function continues(ctx: SpeakerContext, prev: Found, q: Found): boolean {
  const { words } = ctx;
  const line = words[q.first]?.line ?? 0;
  const prevLine = words[prev.first]?.line ?? 0;
  if (line !== prevLine && !(line === prevLine + 1 && isParagraphStart(words, q.first - 1))) return false;
  // Between them, only the first quote's own attribution: no sentence of its own with a speech verb.
  const attributionSentence = words[prev.after]?.sentence;
  for (let k = prev.after; k < q.first - 1; k++) {
    if (words[k]!.sentence === attributionSentence || ctx.inQuote[k]) continue;
    if (isSpeechVerb(words, k)) return false;
    if (ctx.found.references.some((r) => r.from === k && ctx.found.entities.get(r.entityId)?.type === 'person' && r.entityId !== prev.speaker?.id)) return false;
  }
  return q.first - prev.after < 60;
}

const isParagraphStart = (words: Word[], mark: number) => mark <= 0 || words[mark - 1]!.line !== words[mark]!.line;

/** A quote that stands alone after a sentence reporting someone's words: "He said the agency … \n\n “…”". */
function reportedBefore(ctx: SpeakerContext, first: number): Speaker | null {
  const { words } = ctx;
  const mark = first - 1;
  const sentence = words[mark]?.sentence;
  if (sentence === undefined || (mark > 0 && words[mark - 1]!.sentence === sentence)) return null;
  for (let v = mark - 1; v >= 0 && words[v]!.sentence === sentence - 1; v--) {
    if (ctx.inQuote[v] || !isSpeechVerb(words, v)) continue;
    const subject = subjectOfVerb(ctx, v);
    return subject?.id ? subject : null;
  }
  return null;
}
