/**
 * A person's role as the story words it, from the words around one mention of their name: a
 * title before it ("Russian Foreign Minister Sergey Lavrov"), a role noun before it ("his
 * spokesperson Farhan Haq"), or an apposition before or after it ("The network's coordinator,
 * Álvaro Choque," / "Ibrahim Maïga, a herder,"). The article and the possessor are left out;
 * the possessor is remembered as the role's owner ("Mr. Ban's spokesperson").
 */
import type { Span } from './candidate-spans.js';
import { isRoleNoun } from './entity-context.js';
import { RANKS } from './people-words.js';
import type { Word } from './text-words.js';

/** A role found for a mention, and where its possessor is ("his", "Mr. Ban 's"). */
export interface FoundRole {
  role: string;
  /** Word index of the possessor ("his", or the "'s" after a name), when the role has one. */
  ownerAt?: number;
  /** A military rank only: an apposition's role is preferred to it. */
  rank?: boolean;
}

const ARTICLES = new Set(['the', 'a', 'an']);
const POSSESSIVES = new Set(['its', 'his', 'her', 'their', 'our', 'my']);
/** Words that end an apposition: the clause goes on past them. */
const APPOSITION_STOP = new Set(['who', 'which', 'whose', 'said', 'says', 'told', 'but', 'was', 'is', 'has', 'had', 'will', 'would', 'after', 'since', 'when', 'because', 'before', 'while', 'until']);

const textOf = (words: Word[], from: number, to: number) =>
  words.slice(from, to).map((w, i) => (i > 0 && w.start > words[from + i - 1]!.end ? ' ' : '') + w.text).join('');

/** The role stated next to the name at span `s` (a person's name), if any. */
export function roleAround(words: Word[], spans: Span[], s: number): FoundRole | null {
  const span = spans[s]!;
  const title = titleBefore(words, spans, s);
  if (title && !title.rank) return title;
  // The name with its title and honorifics: "Its spokesman, Police Colonel Somchai Rattanakorn,".
  let from = span.from;
  for (let p = s - 1; p >= 0 && spans[p]!.to === from && (spans[p]!.kind === 'role' || spans[p]!.kind === 'honorific'); p--) from = spans[p]!.from;
  const found = nounBefore(words, from) ?? appositionBefore(words, from) ?? appositionAfter(words, span.to);
  return found ?? title;
}

/** "Russian Foreign Minister Sergey Lavrov", "Secretary-General Ban Ki-moon". */
function titleBefore(words: Word[], spans: Span[], s: number): FoundRole | null {
  const prev = spans[s - 1];
  if (!prev || prev.to !== spans[s]!.from || prev.kind !== 'role') return null;
  const demonym = spans[s - 2];
  const from = demonym && demonym.kind === 'demonym' && demonym.to === prev.from ? demonym.from : prev.from;
  const role = textOf(words, from, prev.to);
  return RANKS.has(words[prev.to - 1]!.lower) ? { role, rank: true } : { role };
}

/** "his spokesperson Farhan Haq", "INGD spokeswoman Ana Matsinhe", "rice farmer Ghulam Rasool". */
function nounBefore(words: Word[], from: number): FoundRole | null {
  const noun = words[from - 1];
  if (!noun || noun.cap || !isRoleNoun(noun)) return null;
  let k = from - 1;
  while (k > 0 && !words[k - 1]!.cap && /^[a-z-]+$/.test(words[k - 1]!.text) && !ARTICLES.has(words[k - 1]!.lower) && !POSSESSIVES.has(words[k - 1]!.lower) && k > from - 3) k--;
  // Only modifiers that are themselves role-like or nouns stay: "rice farmer", not "said farmer".
  while (k < from - 1 && words[k]!.pos === 'VERB') k++;
  const owner = words[k - 1];
  const ownerAt = owner && (POSSESSIVES.has(owner.lower) || owner.lower === "'s") ? k - 1 : undefined;
  return { role: textOf(words, k, from), ...(ownerAt !== undefined ? { ownerAt } : {}) };
}

/** "The United Nations special envoy for Yemen, Karim Haddad," → the phrase before the comma. */
function appositionBefore(words: Word[], from: number): FoundRole | null {
  if (words[from - 1]?.text !== ',') return null;
  const end = from - 1;
  let k = end;
  while (k > 0 && k > end - 14) {
    const w = words[k - 1]!;
    if (/^[,;:.!?“”"«»(—–]$/.test(w.text) || w.sentence !== words[end]!.sentence || APPOSITION_STOP.has(w.lower) || w.lower === 'that') break;
    k--;
  }
  return rolePhrase(words, k, end, true);
}

/** "Ibrahim Maïga, a herder," / "Dewi Sari, director general of …," → the phrase after the comma. */
function appositionAfter(words: Word[], to: number): FoundRole | null {
  let k = to;
  if (words[k]?.text !== ',') return null;
  k++;
  if (/^\d+$/.test(words[k]?.text ?? '') && words[k + 1]?.text === ',') k += 2; // an age: "Juana Condori, 54, …"
  const start = k;
  while (words[k] && !/^[,;:.!?“”"«»()—–]$/.test(words[k]!.text) && !(APPOSITION_STOP.has(words[k]!.lower) && !words[k]!.cap) && words[k]!.sentence === words[to - 1]!.sentence && k < start + 16) k++;
  return rolePhrase(words, start, k, false);
}

/**
 * The role in words `from`..`to`: the article and possessor dropped. Before a name, the name
 * stands for the last role in the phrase ("a spokeswoman for the mayor, Salvatore Russo" →
 * "mayor"); after one, the phrase must start like a noun phrase.
 */
function rolePhrase(words: Word[], from: number, to: number, before: boolean): FoundRole | null {
  if (to - from < 1) return null;
  const firstRole = words.slice(from, to).findIndex((w) => isRoleNoun(w));
  if (firstRole < 0) return null;
  let k = from;
  let ownerAt: number | undefined;
  // "Kenya's Cabinet Secretary", "Its lead negotiator", "the Commission's spokesperson": a possessor before the role.
  for (let i = from; i < from + firstRole; i++) if (words[i]!.lower === "'s") { k = i + 1; ownerAt = i; }
  if (ownerAt === undefined) {
    if (ARTICLES.has(words[k]?.lower ?? '')) k++;
    else if (POSSESSIVES.has(words[k]?.lower ?? '')) { ownerAt = k; k++; }
    else if (!before && !isRoleNoun(words[k]) && !words[k]?.cap && !ROLE_ADJECTIVES.test(words[k]?.lower ?? '')) return null;
  }
  if (before) {
    // The name answers to the last role in the phrase: "a spokeswoman for the mayor".
    for (let i = to - 1; i > k; i--) {
      if (!['for', 'of', 'to'].includes(words[i]!.lower)) continue;
      const tail = ARTICLES.has(words[i + 1]?.lower ?? '') ? i + 2 : i + 1;
      if (words.slice(tail, to).some((w) => isRoleNoun(w) && !w.cap)) {
        k = tail;
        ownerAt = undefined;
      }
      break;
    }
  }
  if (k >= to) return null;
  return { role: textOf(words, k, to), ...(ownerAt !== undefined ? { ownerAt } : {}) };
}

const ROLE_ADJECTIVES = /^(?:deputy|chief|senior|junior|acting|former|lead|head|general|permanent|special|executive|state|country|regional|local|retired)$/;

/** The words of a role that say what the person is, before its complements: "ambassador to the UN" → ["ambassador"]. */
export function roleWords(role: string): string[] {
  return role
    .toLowerCase()
    .split(/\s+(?:for|of|to|in|at|from|with|on)\s+/)[0]!
    .split(/[\s-]+/)
    .filter(Boolean);
}
