/**
 * Who is speaking at a speech verb: the subject of its clause. The words before the verb (back
 * to the clause's start) or after it ("said Sutrisno") are read as a noun phrase: a named person
 * heads it unless only named in an aside; otherwise "Mr. Ban's spokesperson" is whoever holds
 * that post for Mr. Ban, "the coordinator" the person with that role, "the army" the
 * organisation whose name ends so, "he" the last person who was a subject, and "a European
 * negotiator" nobody the story names (the speaker is null, the description its role).
 */
import type { EntityDraft, EntityFindings, Reference } from './entities.js';
import { holderOfRole, textOf } from './entities.js';
import { isRoleNoun } from './entity-context.js';
import { SPEECH_VERBS } from './people-words.js';
import { roleWords } from './roles.js';
import type { Word } from './text-words.js';

/** The speaker found for a clause: an entity id, or null with how the story describes them. */
export interface Speaker {
  id: string | null;
  /** Found through a pronoun ("he said"). */
  pronoun?: boolean;
  /** How an unnamed speaker is described ("a European negotiator"), or the holder's role. */
  description?: string;
}

/** The words and entities a speaker is looked for in, and which words are inside quotation marks. */
export interface SpeakerContext {
  words: Word[];
  found: EntityFindings;
  inQuote: boolean[];
}

const PREPOSITIONS = new Set(['of', 'for', 'to', 'with', 'by', 'from', 'at', 'in', 'on', 'about', 'between', 'against', 'than', 'including', 'among', 'near', 'across', 'over', 'under', 'via', 'like']);
const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'some', 'several', 'many', 'two', 'three', 'four', 'five', 'other', 'most', 'few']);
const CLAUSE_BREAK = new Set(['and', 'but', 'that', 'while', 'when', 'because', 'so', 'then', 'where', 'after', 'before', 'although', 'though', 'if', 'since', 'whether', 'until', 'as']);
const AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'also', 'later', 'earlier', 'then', 'again', 'only', 'repeatedly', 'previously', 'once', 'had', 'did', 'does', 'do', 'has']);
/** Nouns that stand for an organisation already named: "the agency said". */
const ORG_NOUNS = new Set(['organisation', 'organization', 'agency', 'group', 'committee', 'council', 'ministry', 'office', 'programme', 'body', 'fund', 'mission', 'company', 'bank', 'union', 'charity', 'network', 'coalition', 'alliance', 'court', 'tribunal', 'commission', 'department', 'authority', 'regulator', 'firm', 'operator', 'service', 'movement', 'institute', 'centre', 'center', 'force', 'forces', 'army', 'navy', 'police', 'militia', 'party', 'broadcaster', 'newspaper', 'platform', 'federation', 'association', 'board', 'panel', 'secretariat']);
/** Nouns for people, so that "a farmer near Kisumu" is someone unnamed rather than no one. */
const PEOPLE_NOUNS = new Set(['man', 'woman', 'men', 'women', 'people', 'person', 'boy', 'girl', 'child', 'officials', 'diplomats', 'residents', 'witnesses', 'sources', 'source', 'analysts', 'experts', 'observers', 'delegates', 'negotiators', 'activists', 'workers', 'survivors', 'villagers', 'relatives', 'family', 'families', 'neighbour', 'neighbor', 'someone', 'anyone', 'nobody']);

/** Whether word `i` is a speech verb used as a verb ("said", "put it", not "the appeals body"). */
export function isSpeechVerb(words: Word[], i: number): boolean {
  const w = words[i];
  if (!w || w.cap && !w.sentenceStart) return false;
  if (w.lower === 'put') return words[i + 1]?.lower === 'it';
  if (!SPEECH_VERBS.has(w.lower)) return false;
  if (w.lower === 'according') return words[i + 1]?.lower === 'to';
  return w.pos !== 'NOUN' && w.pos !== 'PROPN' && w.pos !== 'ADJ' || /^(?:said|says|told|added|stressed)$/.test(w.lower);
}

/** The start of the clause whose verb is at `verb`: back over its subject, asides between commas and relative clauses. */
export function clauseStart(words: Word[], verb: number, limit: number): number {
  let k = verb;
  while (k > limit) {
    const w = words[k - 1]!;
    if (/^[.;:!?“”"«»„—–]$/.test(w.text) || w.sentence !== words[verb - 1]?.sentence) break;
    if (w.lower === 'who' || w.lower === 'which' || w.lower === 'whose') {
      // ", who gave only his first name," is an aside: keep going before its comma.
      if (words[k - 2]?.text === ',') {
        k -= 2;
        continue;
      }
      break;
    }
    // "and"/"or" join clauses only right before the verb ("… and said"); elsewhere they join nouns ("a biologist and director").
    if ((w.lower === 'and' || w.lower === 'or') && k !== verb) {
      k--;
      continue;
    }
    if (CLAUSE_BREAK.has(w.lower) && !(w.lower === 'as' && isAsideAs(words, k - 1))) break;
    k--;
  }
  return k;
}

/** "known as", "such as" inside a subject are no clause break. */
const isAsideAs = (words: Word[], i: number) => ['known', 'such', 'well'].includes(words[i - 1]?.lower ?? '');

/** The subject of the speech verb at `verb`, read from words `from`..`verb` (before it). */
export function subjectBefore(ctx: SpeakerContext, from: number, verb: number): Speaker | null {
  const { words } = ctx;
  let end = verb;
  // "In April, the ministry said" / "Asked about the walkout, she said": an opening phrase is not the subject.
  if (/^(?:ADP|VERB|ADV)$/.test(words[from]!.pos) || /^(?:in|on|at|after|before|during|earlier|later|asked|speaking|meanwhile|separately)$/i.test(words[from]!.lower)) {
    for (let k = from; k < verb - 1; k++) {
      if (words[k]!.text !== ',') continue;
      if (!found(ctx, from, k)) from = k + 1;
      break;
    }
  }
  while (end > from && AUXILIARIES.has(words[end - 1]!.lower)) end--;
  if (words[end - 1]?.lower === 'quoted' || words[end - 1]?.lower === 'reportedly') end--;
  while (end > from && AUXILIARIES.has(words[end - 1]!.lower)) end--;
  if (end <= from) return null;
  // "Asked whether …, he said": a pronoun right before the verb is the whole subject.
  if (['he', 'she', 'it', 'they'].includes(words[end - 1]!.lower)) from = end - 1;
  return readPhrase(ctx, from, end, verb);
}

/** Whether a person or organisation is named in words `from`..`to` (outside quotation marks). */
function found(ctx: SpeakerContext, from: number, to: number): boolean {
  return ctx.found.references.some((r) => r.from >= from && r.to <= to && !ctx.inQuote[r.from] && ctx.found.entities.get(r.entityId)?.type !== 'place');
}

/** The subject after an inverted speech verb: "said Sutrisno, a shift supervisor". */
export function subjectAfter(ctx: SpeakerContext, verb: number): Speaker | null {
  const { words } = ctx;
  let from = verb + 1;
  if (words[verb]!.lower === 'according') from++;
  let end = from;
  while (words[end] && !/^[.;:!?“”"«»„(—–]$/.test(words[end]!.text) && words[end]!.sentence === words[from]?.sentence && end < from + 20) {
    if (end > from && (words[end]!.lower === 'that' || words[end]!.lower === 'in' && words[end - 1]?.text !== ',')) break;
    end++;
  }
  return end > from ? readPhrase(ctx, from, end, verb) : null;
}

/** Reads words `from`..`to` as the subject noun phrase of the verb at `verb`. */
function readPhrase(ctx: SpeakerContext, from: number, to: number, verb: number): Speaker | null {
  const { words, found, inQuote } = ctx;
  const refs = found.references.filter((r) => r.from >= from && r.to <= to && !inQuote[r.from]);
  const entity = (r: Reference) => found.entities.get(r.entityId);
  const complement = (r: Reference) => {
    const before = words[r.from - 1];
    return (before !== undefined && r.from > from && PREPOSITIONS.has(before.lower)) || words[r.to]?.lower === "'s";
  };
  // A named person heads the phrase, or stands in apposition to its head.
  const person = refs.find((r) => entity(r)?.type === 'person' && !complement(r));
  if (person) return { id: person.entityId };
  const first = words[from]!;
  let phraseEnd = from;
  while (phraseEnd < to && words[phraseEnd]!.text !== ',') phraseEnd++;
  const phrase = textOf(words, from, phraseEnd);
  // Pronouns.
  if (to - from === 1 && (first.lower === 'he' || first.lower === 'she')) {
    const id = lastSubject(ctx, from);
    return id === undefined ? null : { id, pronoun: true };
  }
  if (to - from === 1 && (first.lower === 'it' || first.lower === 'they')) {
    const org = lastOrganisation(ctx, from);
    return org ? { id: org, pronoun: true } : null;
  }
  // "Mr. Ban's spokesperson", "his spokesperson", "a UNHCR spokesperson", "the coordinator".
  const roleAt = headRoleNoun(words, from, to);
  if (roleAt >= 0) {
    const possessor = words[roleAt - 1];
    const indefinite = INDEFINITE.has(first.lower);
    let ownerId: string | undefined;
    if (possessor?.lower === "'s") ownerId = refs.find((r) => r.to === roleAt - 1)?.entityId;
    else if (possessor && (possessor.lower === 'his' || possessor.lower === 'her')) ownerId = lastSubject(ctx, roleAt - 1) ?? undefined;
    else if (possessor?.lower === 'its') ownerId = lastOrganisation(ctx, roleAt - 1);
    const role = words[roleAt]!.lower;
    const people = [...found.entities.values()].filter((e) => e.type === 'person');
    const holders = people.filter((p) => p.role !== undefined && roleWords(p.role).includes(role));
    const owned = ownerId ? holders.find((p) => p.ownerId === ownerId) : undefined;
    if (owned) return { id: owned.id, description: phrase };
    if (indefinite) return { id: null, description: phrase };
    if (ownerId && found.entities.get(ownerId)?.type === 'person' && holders.length === 0) return { id: null, description: phrase };
    const holder = holders.length === 1 ? holders[0]! : holders.length > 1 ? lastMentioned(found, holders, from) : holderOfRole(people, phrase.replace(/^(?:the|The) /, ''));
    if (holder) return { id: holder.id, description: phrase };
    const introduced = introducedNext(ctx, verb);
    return { id: introduced ?? null, description: phrase };
  }
  // An organisation heads the phrase ("The International Committee of the Red Cross (ICRC), which …").
  const org = refs.find((r) => entity(r)?.type === 'organisation' && !complement(r) && !modifier(words, r));
  if (org) return { id: org.entityId };
  // "the army", "the agency": the organisation named before whose name ends so, or the last one named.
  const head = words[to - 1]!;
  if ((first.lower === 'the' || first.lower === 'its') && ORG_NOUNS.has(head.lower) && to - from <= 4) {
    const orgs = [...found.entities.values()].filter((e) => e.type === 'organisation');
    const named = orgs.filter((e) => e.tokens.at(-1) === head.lower || e.tokens.includes(head.lower));
    const pick = named.length > 0 ? lastMentioned(found, named, from) : lastOrganisation(ctx, from);
    return pick ? { id: typeof pick === 'string' ? pick : pick.id } : null;
  }
  // "A member of the Houthi team", "one trade diplomat": someone the story does not name.
  if (INDEFINITE.has(first.lower) || PEOPLE_NOUNS.has(head.lower) || /s$/.test(head.lower) && !head.cap) return { id: null, description: phrase };
  return refs.length > 0 ? { id: null } : null;
}

/** Index of the role noun that heads words `from`..`to` (before any "of"/"for" complement), or -1. */
function headRoleNoun(words: Word[], from: number, to: number): number {
  let end = to;
  for (let k = from; k < to; k++) if (words[k]!.text === ',' || PREPOSITIONS.has(words[k]!.lower)) { end = k; break; }
  for (let k = end - 1; k >= from; k--) if (isRoleNoun(words[k]) && !words[k]!.cap) return k;
  return -1;
}

/** An organisation named only to qualify what follows: "the United Nations peacekeeping mission", "a Taliban official". */
function modifier(words: Word[], r: Reference): boolean {
  const next = words[r.to];
  return next !== undefined && !next.cap && /^\p{L}/u.test(next.text) && !SPEECH_VERBS.has(next.lower) && !['who', 'which', 'and', 'or', 'has', 'had', 'was', 'is', 'also'].includes(next.lower);
}

/** Of several entities, the one mentioned last before word `at`. */
function lastMentioned(found: EntityFindings, among: EntityDraft[], at: number): EntityDraft | undefined {
  const ids = new Set(among.map((e) => e.id));
  const last = [...found.references].reverse().find((r) => r.to <= at && ids.has(r.entityId));
  return last ? found.entities.get(last.entityId) : among[0];
}

/** The organisation most recently named as a subject (or at all) before word `at`: what "it" and "the agency" stand for. */
function lastOrganisation(ctx: SpeakerContext, at: number): string | undefined {
  const { found, words, inQuote } = ctx;
  const orgs = found.references.filter((r) => r.to <= at && found.entities.get(r.entityId)?.type === 'organisation' && !inQuote[r.from] && !modifier(words, r));
  const subject = [...orgs].reverse().find((r) => !PREPOSITIONS.has(words[r.from - 1]?.lower ?? '') && words[r.to]?.lower !== "'s");
  return (subject ?? orgs.at(-1))?.entityId;
}

/** The delayed lede: "The UN's top humanitarian official said …" — the person introduced in the next two sentences. */
function introducedNext(ctx: SpeakerContext, verb: number): string | undefined {
  const { words, found } = ctx;
  const sentence = words[verb]!.sentence;
  // Only a story's opening sentence holds back a name this way.
  const opening = words.findIndex((w) => w.line === words[verb]!.line);
  if (words[verb]!.line > 2 || words[opening]!.sentence !== sentence) return undefined;
  const next = found.references.find((r) => r.from > verb && words[r.from]!.sentence > sentence && words[r.from]!.sentence <= sentence + 2 && found.entities.get(r.entityId)?.type === 'person');
  if (!next || !words[next.from]!.sentenceStart) return undefined;
  const first = found.references.find((r) => r.entityId === next.entityId);
  return first === next ? next.entityId : undefined;
}

/**
 * The last person who was the subject of a sentence before word `at`: what "he" and "she" stand
 * for. undefined when none is found; null when the last subject was someone unnamed ("One man
 * told researchers …" — then "he was quoted as saying" is that man).
 */
export function lastSubject(ctx: SpeakerContext, at: number): string | null | undefined {
  const { words, found, inQuote } = ctx;
  let sentence = words[at]?.sentence ?? 0;
  const stop = Math.max(0, sentence - 5);
  for (; sentence >= stop; sentence--) {
    let from = words.findIndex((w) => w.sentence === sentence);
    if (from < 0) continue;
    let to = from;
    while (to < words.length && words[to]!.sentence === sentence && to < at) to++;
    // A speech verb outside quotation marks: its subject is the sentence's subject.
    for (let v = from; v < to; v++) {
      if (inQuote[v] || !isSpeechVerb(words, v)) continue;
      const start = clauseStart(words, v, from);
      if (start === v) continue;
      const who = subjectBefore(ctx, start, v);
      if (who && who.id && found.entities.get(who.id)?.type === 'person') return who.id;
      if (who?.pronoun) return who.id;
      if (who && who.id === null && who.description) return null;
    }
    const person = found.references.find((r) => r.from >= from && r.to <= to && !inQuote[r.from] && found.entities.get(r.entityId)?.type === 'person' && !PREPOSITIONS.has(words[r.from - 1]?.lower ?? '') && words[r.to]?.lower !== "'s");
    if (person) return person.entityId;
    from = to;
  }
  return undefined;
}
