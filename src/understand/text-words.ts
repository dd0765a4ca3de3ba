/**
 * Tokenising and sentences: wink-nlp splits the text into tokens, sentences and parts of
 * speech; this file turns them into "words" with character offsets (hyphenated names such as
 * "Ki-moon" and "Al-Shabaab" are one word) and marks the line-level facts later rules need:
 * a new line also ends a sentence, and a line written in Title Case is flagged so that its
 * capitalised words are not read as one long name.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

// Loaded once per process: the model is the costly part (~150 ms).
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

/** One word or punctuation mark of the text. */
export interface Word {
  text: string;
  /** Lower case, with curly apostrophes made straight. */
  lower: string;
  start: number;
  end: number;
  /** Universal part of speech from wink ("PROPN", "VERB", "PUNCT", …). */
  pos: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Made of letters (and inner hyphens or apostrophes). */
  alpha: boolean;
  sentence: number;
  /** First word of its sentence. */
  sentenceStart: boolean;
  /** Right after an opening quotation mark or bracket that starts a clause: capitalised like a sentence start. */
  afterOpening: boolean;
  /** Index of the line (paragraph) it is on. */
  line: number;
  /** The line is a Title Case headline: every content word capitalised. */
  titleLine: boolean;
}

/** The words of a text and where its sentences start and end (word indexes, end exclusive). */
export interface Words {
  words: Word[];
  sentences: Array<{ from: number; to: number }>;
}

const LETTER = /\p{L}/u;
const UPPER = /^\p{Lu}/u;
const ALPHA = /^[\p{L}][\p{L}\p{M}'’\-.]*$/u;
/** "al-Sharabi", "el-Sisi", "bin-Zayed": a name that starts with a lower-case particle. */
const PARTICLE_NAME = /^(?:al|el|ad|ar|as|an|ash|at|az|bin|ibn|abu|ben|da|de|di|du|van|von|ul)-\p{Lu}/u;
const JOINERS = new Set(['-', '‐', '–']);
/** Small words a Title Case headline may leave in lower case, or capitalise. */
const MINOR = new Set('a an the and or but nor of in on at to for by with from as into over after amid than via vs'.split(' '));

/** Splits `text` into words and sentences. */
export function readWords(text: string): Words {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const poses = doc.tokens().out(its.pos) as string[];
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  const sentenceOfToken = new Int32Array(values.length);
  spans.forEach(([a, b], s) => {
    for (let i = a; i <= b; i++) sentenceOfToken[i] = s;
  });

  const words: Word[] = [];
  let offset = 0;
  let line = 0;
  let sentence = -1;
  let lastWinkSentence = -1;
  let prevEnd = -1;
  for (let i = 0; i < values.length; i++) {
    const space = spaces[i] ?? '';
    const value = values[i] ?? '';
    offset += space.length;
    const start = offset;
    offset += value.length;
    if (space.includes('\n')) line++;
    const pos = poses[i] ?? 'X';
    if (pos === 'SPACE' || value.trim() === '') {
      if (value.includes('\n')) line++;
      prevEnd = -1;
      continue;
    }
    const last = words.at(-1);
    // Join "Ki" "-" "moon" and "Ha" "’" "assera" into one word when nothing separates them.
    if (last && start === prevEnd && last.line === line && joinable(last.text, value, values[i + 1], spaces[i + 1] ?? ' ')) {
      last.text += value;
      last.end = offset;
      last.lower = normalise(last.text);
      last.alpha = ALPHA.test(last.text);
      last.cap = UPPER.test(last.text) || PARTICLE_NAME.test(last.text);
      prevEnd = offset;
      continue;
    }
    const winkSentence = sentenceOfToken[i] ?? 0;
    const newSentence = winkSentence !== lastWinkSentence || !last || last.line !== line;
    // After an opening mark, or a colon ("Q: Is the …"), a capital letter may only start a clause.
    const afterOpening = last !== undefined && ((/^[“"«„(‘]$/.test(last.text) && (last.sentenceStart || words.at(-2)?.text.match(/^[.:,;!?—–]$/) !== null)) || last.text === ':');
    if (newSentence) sentence++;
    lastWinkSentence = winkSentence;
    words.push({
      text: value,
      lower: normalise(value),
      start,
      end: offset,
      pos,
      cap: UPPER.test(value) || PARTICLE_NAME.test(value),
      alpha: ALPHA.test(value),
      sentence,
      sentenceStart: newSentence,
      afterOpening,
      line,
      titleLine: false,
    });
    prevEnd = offset;
  }
  markTitleLines(words);
  markTitleQuotes(words);
  const sentences: Array<{ from: number; to: number }> = [];
  words.forEach((w, i) => {
    if (w.sentenceStart) sentences.push({ from: i, to: i + 1 });
    else sentences[sentences.length - 1]!.to = i + 1;
  });
  return { words, sentences };
}

/** Lower case with straight apostrophes: the key every gazetteer uses. */
export function normalise(s: string): string {
  // "U.N." and "U.S." key like "UN" and "US".
  const plain = /^(?:\p{Lu}\.){2,}$/u.test(s) ? s.replace(/\./g, '') : s;
  return plain.toLowerCase().replace(/[’‘]/g, "'");
}

function joinable(prev: string, value: string, next: string | undefined, nextSpace: string): boolean {
  const prevEndsLetter = LETTER.test(prev.at(-1) ?? '');
  // "Cannot" is one word, though the tokenizer reads "Can" "not".
  if (value.toLowerCase() === 'not' && prev.toLowerCase() === 'can') return true;
  // Letters the tokenizer does not know split a word ("Yıldırım" → "Y" "ı" "ld"…): join across a non-ASCII letter.
  const a = prev.at(-1) ?? '';
  const b = value[0] ?? '';
  if (LETTER.test(a) && LETTER.test(b) && (/[^\x00-\x7f]/.test(a) || /[^\x00-\x7f]/.test(b))) return true;
  if (JOINERS.has(value)) return prevEndsLetter && nextSpace === '' && next !== undefined && LETTER.test(next[0] ?? '');
  if (JOINERS.has(prev.at(-1) ?? '')) return LETTER.test(value[0] ?? '');
  // An apostrophe inside a name (O'Brien, Ha'assera), but not the possessive 's.
  // "Workers' Union": a plural possessive keeps its apostrophe.
  if ((value === "'" || value === '’') && /s$/.test(prev) && nextSpace !== '' && /^\p{Lu}/u.test(next ?? '')) return true;
  if ((value === "'" || value === '’') && prevEndsLetter) return nextSpace === '' && next !== undefined && /^\p{L}{2,}/u.test(next) && next.toLowerCase() !== 's';
  if (prev.endsWith("'") || prev.endsWith('’')) return /^\p{L}/u.test(value) && prev.length > 1 && value.toLowerCase() !== 's';
  return false;
}

/** Flags lines (headlines) whose content words are all capitalised: "Ban Meets Medvedev In Moscow". */
function markTitleLines(words: Word[]): void {
  let from = 0;
  while (from < words.length) {
    const line = words[from]!.line;
    let to = from;
    while (to < words.length && words[to]!.line === line) to++;
    let content = 0;
    let capital = 0;
    let minorCapital = 0;
    for (let i = from; i < to; i++) {
      const w = words[i]!;
      if (!w.alpha) continue;
      if (MINOR.has(w.lower)) {
        if (w.cap && i > from) minorCapital++;
        continue;
      }
      content++;
      if (w.cap) capital++;
    }
    const endsSentence = /[.!?]["”’]?$/.test(words[to - 1]!.text);
    const title = content >= 3 && capital === content && (minorCapital > 0 || !endsSentence) && to - from <= 25;
    if (title) for (let i = from; i < to; i++) words[i]!.titleLine = true;
    from = to;
  }
}

/** Words in quotation marks that read as a title ("Locked Out of Sight"): like a headline, they make no new names. */
function markTitleQuotes(words: Word[]): void {
  for (let i = 0; i < words.length; i++) {
    if (!/^[“"«]$/.test(words[i]!.text)) continue;
    let j = i + 1;
    while (j < words.length && j < i + 10 && !/^[”"»]$/.test(words[j]!.text) && words[j]!.line === words[i]!.line) j++;
    if (!/^[”"»]$/.test(words[j]?.text ?? '')) continue;
    const inside = words.slice(i + 1, j).filter((w) => w.alpha);
    if (inside.length >= 2 && inside[0]!.cap && inside.every((w) => w.cap || MINOR.has(w.lower))) for (let k = i + 1; k < j; k++) words[k]!.titleLine = true;
    i = j;
  }
}
