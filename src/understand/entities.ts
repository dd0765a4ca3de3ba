/**
 * From candidate spans to entities: organisations (gazetteer, head noun, acronym defined in
 * brackets), places, and people (a name after an honorific or a role, in apposition, before a
 * speech verb, or two or more capitalised words), then coreference: "Mr. Ban" and "Ban" join
 * "Ban Ki-moon", "the Secretary-General" and "the UN chief" join whoever holds that role,
 * "the Institute" joins the institute named before, "CSTO" joins its definition.
 */
import { NON_PERSON_WORDS, PLACE_HEADS, type Span } from './candidate-spans.js';
import { findPlace } from './place-gazetteer.js';
import { LOWER_ROLES, ROLE_HEADS, SPEECH_VERBS } from './people-words.js';
import type { RegionSlug } from './region-of-country.js';
import type { Word } from './text-words.js';
import type { EntityType, Mention } from './types.js';

/** An entity while it is being built. */
export interface EntityDraft {
  id: string;
  type: EntityType;
  name: string;
  aliases: Set<string>;
  mentions: Mention[];
  role?: string;
  /** People: whose spokesperson, envoy… they are (an entity id). */
  ownerId?: string;
  countryCode?: string;
  region?: RegionSlug;
  /** Lower-case name words, for matching "Mr. Ban" and "the Institute". */
  tokens: string[];
}

/** One place in the text that refers to an entity (word indexes, end exclusive). */
export interface Reference {
  entityId: string;
  from: number;
  to: number;
  /** How it refers: by name, by role ("the Secretary-General"). */
  by: 'name' | 'role';
}

/** Entities found and every reference to them, in text order. */
export interface EntityFindings {
  entities: Map<string, EntityDraft>;
  references: Reference[];
}

/** All-capital words that are not organisations. */
const NOT_ACRONYMS = new Set('TV OK AIDS HIV GDP CEO NGO NGOS SDG SDGS COVID COVID-19 CO2 AM PM BC AD US UK EU UN'.split(' '));
const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9\p{L}]+/gu, '-')
    .replace(/^-|-$/g, '');
const textOf = (words: Word[], from: number, to: number) => words.slice(from, to).map((w, i) => (i > 0 && w.start > words[from + i - 1]!.end ? ' ' : '') + w.text).join('');

/** Turns spans into entities and references, resolving short names and roles. */
export function findEntities(words: Word[], spans: Span[], source: string): EntityFindings {
  const entities = new Map<string, EntityDraft>();
  const references: Reference[] = [];
  const acronyms = new Map<string, string>();

  const mentionOf = (from: number, to: number): Mention => {
    const start = words[from]!.start;
    const end = words[to - 1]!.end;
    return { start, end, text: source.slice(start, end) };
  };
  const upsert = (type: EntityType, name: string, init: Partial<EntityDraft> = {}): EntityDraft => {
    const id = `${type}:${slug(name)}`;
    let e = entities.get(id);
    if (!e) {
      e = { id, type, name, aliases: new Set(), mentions: [], tokens: name.toLowerCase().replace(/[’']s\b/g, '').split(/\s+/), ...init };
      entities.set(id, e);
    }
    return e;
  };
  const refer = (e: EntityDraft, from: number, to: number, by: Reference['by'] = 'name') => {
    const m = mentionOf(from, to);
    e.mentions.push(m);
    if (m.text !== e.name && by === 'name') e.aliases.add(m.text);
    if (by === 'role') e.aliases.add(m.text.replace(/^(the|The) /, ''));
    references.push({ entityId: e.id, from, to, by });
  };
  /** "(CSTO)" right after a span: the acronym it is also called. */
  const definedAcronym = (to: number): string | null => {
    const open = words[to];
    const inner = words[to + 1];
    const close = words[to + 2];
    if (open?.text === '(' && close?.text === ')' && inner && /^[A-Z][A-Za-z0-9\-]{1,9}$/.test(inner.text) && /[A-Z].*[A-Z]/.test(inner.text)) return inner.text;
    return null;
  };

  // Pass 1: full names.
  const deferred: Span[] = [];
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s]!;
    const prev = spans[s - 1];
    const before = prev && prev.to === span.from ? prev : undefined;
    if (span.kind === 'organisation') {
      const name = span.entry?.name ?? textOf(words, span.from, span.to);
      const e = upsert('organisation', name);
      refer(e, span.from, span.to);
      const acronym = definedAcronym(span.to) ?? span.entry?.acronym;
      if (acronym) acronyms.set(acronym, e.id);
      if (definedAcronym(span.to)) e.aliases.add(acronym!);
    } else if (span.kind === 'place') {
      const e = upsert('place', span.entry.name, { countryCode: span.entry.countryCode, region: span.entry.region });
      refer(e, span.from, span.to);
      const acronym = definedAcronym(span.to);
      if (acronym) {
        acronyms.set(acronym, e.id);
        e.aliases.add(acronym);
      }
    } else if (span.kind === 'name' && !words[span.from]!.titleLine && (span.to - span.from > 1 || placeByContext(words, span))) {
      const kind = classifyName(words, span, before);
      const name = textOf(words, span.from, span.to);
      if (kind === 'person') {
        const e = upsert('person', name);
        refer(e, span.from, span.to);
        const role = roleFor(words, spans, s);
        if (role && !e.role) {
          e.role = role.role;
          if (role.ownerFrom !== undefined) deferredOwners.push({ person: e, at: role.ownerFrom });
        }
      } else if (kind === 'organisation' || definedAcronym(span.to)) {
        const e = upsert('organisation', name);
        refer(e, span.from, span.to);
        const acronym = definedAcronym(span.to);
        if (acronym) {
          acronyms.set(acronym, e.id);
          e.aliases.add(acronym);
        }
      } else if (kind === 'place') {
        const e = upsert('place', name);
        refer(e, span.from, span.to);
      } else deferred.push(span);
    } else deferred.push(span);
  }

  // Pass 2: short names, roles and acronyms, in text order.
  const people = () => [...entities.values()].filter((e) => e.type === 'person');
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s]!;
    if (!deferred.includes(span)) continue;
    const before = spans[s - 1] && spans[s - 1]!.to === span.from ? spans[s - 1] : undefined;
    if (span.kind === 'name') {
      const token = words[span.from]!.lower.replace(/[’']s$/, '');
      const single = span.to - span.from === 1;
      const person = single ? people().find((p) => p.tokens.length > 1 && p.tokens.includes(token)) : people().find((p) => p.name === textOf(words, span.from, span.to));
      if (person) {
        refer(person, before?.kind === 'honorific' ? before.from : span.from, span.to);
        continue;
      }
      const org = single && words[span.from - 1]?.lower === 'the' ? [...entities.values()].find((e) => e.type === 'organisation' && e.tokens.includes(token)) : undefined;
      if (org) {
        refer(org, span.from - 1, span.to, 'role');
        continue;
      }
      if (words[span.from]!.titleLine) continue;
      if (before?.kind === 'honorific' || before?.kind === 'role') {
        if (single && NON_PERSON_WORDS.has(token)) continue;
        const e = upsert('person', textOf(words, span.from, span.to));
        refer(e, before?.kind === 'honorific' ? before.from : span.from, span.to);
        if (before?.kind === 'role' && !e.role) e.role = before.role;
      }
    } else if (span.kind === 'acronym') {
      const id = acronyms.get(words[span.from]!.text);
      const definition = words[span.from - 1]?.text === '(' && spans[s - 1]?.to === span.from - 1;
      if (id && definition) continue; // "(CSTO)" right after the name it abbreviates is not another mention
      if (id) refer(entities.get(id)!, span.from, span.to);
      else if (!NOT_ACRONYMS.has(words[span.from]!.text.toUpperCase()) && !words[span.from]!.titleLine && words[span.from - 1]?.text !== '(') {
        refer(upsert('organisation', words[span.from]!.text), span.from, span.to);
      }
    } else if (span.kind === 'role' || span.kind === 'role-alias') {
      const next = spans[s + 1];
      if (next && next.from === span.to && next.kind === 'name') continue; // "President Medvedev": the name carries it
      const head = span.role.toLowerCase().split(' ').at(-1)!;
      const holder = people().find((p) => p.role !== undefined && (p.role.toLowerCase() === span.role.toLowerCase() || p.role.toLowerCase().split(' ').at(-1) === head && span.kind === 'role' && head !== 'minister'));
      if (holder) {
        const from = words[span.from - 1]?.lower === 'the' ? span.from - 1 : span.from;
        refer(holder, from, span.to, 'role');
      }
    }
  }
  mergeShortNames(entities, references);
  for (const { person, at } of deferredOwners) person.ownerId = ownerAt(words, references, entities, at);
  deferredOwners.length = 0;
  references.sort((a, b) => a.from - b.from);
  return { entities, references };
}

/** "De Smet" found as a name of its own is "Katrien De Smet" when the story names her in full. */
function mergeShortNames(entities: Map<string, EntityDraft>, references: Reference[]): void {
  const people = [...entities.values()].filter((e) => e.type === 'person');
  for (const short of people) {
    const full = people.find((p) => p !== short && entities.has(p.id) && p.tokens.length > short.tokens.length && p.tokens.slice(-short.tokens.length).join(' ') === short.tokens.join(' '));
    if (!full) continue;
    full.mentions.push(...short.mentions);
    full.aliases.add(short.name);
    for (const a of short.aliases) full.aliases.add(a);
    full.role ??= short.role;
    for (const r of references) if (r.entityId === short.id) r.entityId = full.id;
    entities.delete(short.id);
  }
}

const deferredOwners: Array<{ person: EntityDraft; at: number }> = [];

/** Who owns the role at word `at` ("his" → the last person subject before it; "Mr. Ban's" → Ban). */
function ownerAt(words: Word[], references: Reference[], entities: Map<string, EntityDraft>, at: number): string | undefined {
  const w = words[at]!;
  if (w.lower === "'s") {
    const ref = references.find((r) => r.to === at);
    return ref?.entityId;
  }
  // A possessive pronoun: the closest person referred to before it.
  let best: Reference | undefined;
  for (const r of references) if (r.to <= at && entities.get(r.entityId)?.type === 'person' && (!best || r.from > best.from)) best = r;
  return best?.entityId;
}

/** The role a person gets from the words around their name, and where its owner is named. */
function roleFor(words: Word[], spans: Span[], s: number): { role: string; ownerFrom?: number } | null {
  const span = spans[s]!;
  const prev = spans[s - 1];
  if (prev && prev.to === span.from && prev.kind === 'role') return { role: prev.role };
  const w1 = words[span.from - 1];
  if (w1 && LOWER_ROLES.has(w1.lower) && !w1.cap) {
    const w2 = words[span.from - 2];
    const owner = w2 && (w2.lower === 'his' || w2.lower === 'her' || w2.lower === "'s") ? span.from - 2 : undefined;
    return owner !== undefined ? { role: w1.lower, ownerFrom: owner } : { role: w1.lower };
  }
  // Apposition: "Farhan Haq, the spokesperson for …," / "Jane Doe, WFP's country director,".
  if (words[span.to]?.text === ',') {
    for (let i = span.to + 1; i < Math.min(words.length, span.to + 7); i++) {
      const w = words[i]!;
      if (w.text === ',' || w.text === '.' || w.sentence !== words[span.from]!.sentence) break;
      if (ROLE_HEADS.has(w.lower) && (LOWER_ROLES.has(w.lower) || w.cap)) {
        const owner = words[i - 1]?.lower === "'s" ? i - 1 : undefined;
        return { role: roleText(words, span.to + 1, i + 1), ...(owner !== undefined ? { ownerFrom: owner } : {}) };
      }
    }
  }
  return null;
}

/** The role words of an apposition, without the article and possessor: "the UN's chief economist" → "chief economist". */
function roleText(words: Word[], from: number, to: number): string {
  let i = to - 1;
  while (i > from && !['the', 'a', 'an', "'s", 'his', 'her', 'its', 'their'].includes(words[i - 1]!.lower) && words[i - 1]!.text !== ',') i--;
  return words.slice(i, to).map((w) => w.text).join(' ');
}

/** Words before a single unknown name that make it a place: "the town of Ayorou", "near Kaolack". */
const MONTHS = new Set(['march', 'may']);
const PLACE_FIRST = new Set(['east', 'west', 'north', 'south', 'central', 'northern', 'southern', 'eastern', 'western', 'upper', 'lower', 'greater']);
const PLACE_BEFORE = new Set(['in', 'near', 'from']);
const PLACE_OF = new Set(['town', 'city', 'village', 'region', 'province', 'district', 'state', 'capital', 'port', 'camp', 'island', 'county', 'municipality', 'settlement', 'area']);

/** A one-word name the words around it mark as a place. */
function placeByContext(words: Word[], span: Span): boolean {
  if (span.to - span.from !== 1 || words[span.from]!.sentenceStart || MONTHS.has(words[span.from]!.lower)) return false;
  const after = words[span.to];
  if (after && !after.cap && PLACE_HEADS.has(after.lower)) return true;
  if (after?.cap) return false;
  const b1 = words[span.from - 1];
  const b2 = words[span.from - 2];
  if (b1?.lower === 'of' && b2 && PLACE_OF.has(b2.lower)) return true;
  return b1 !== undefined && PLACE_BEFORE.has(b1.lower) && !b1.cap;
}

/** Decides what a capitalised name chunk is from its shape and neighbours. */
function classifyName(words: Word[], span: Span, before: Span | undefined): EntityType | 'unknown' {
  const chunk = words.slice(span.from, span.to);
  const lowers = chunk.map((w) => w.lower);
  const last = lowers.at(-1)!;
  if (lowers.some((l) => NON_PERSON_WORDS.has(l))) return 'unknown';
  if (PLACE_HEADS.has(last) && chunk.length > 1) return 'place';
  if (chunk.length > 1 && (PLACE_FIRST.has(lowers[0]!) || PLACE_HEADS.has(lowers[0]!))) return 'place'; // "East Java", "Lake Victoria"
  if (placeByContext(words, span)) return 'place';
  const after = words[span.to];
  if (after && !after.cap && PLACE_HEADS.has(after.lower) && chunk.length >= 1) return 'place';
  if (before?.kind === 'honorific' || before?.kind === 'role') return 'person';
  const prevWord = words[span.from - 1];
  if (prevWord && LOWER_ROLES.has(prevWord.lower) && !prevWord.cap) return 'person';
  if (chunk.length < 2 || chunk.length > 4) return 'unknown';
  if (prevWord?.lower === 'the' || prevWord?.lower === 'of' && before === undefined && !SPEECH_VERBS.has(after?.lower ?? '')) {
    return prevWord?.lower === 'the' ? 'unknown' : 'person';
  }
  if (before?.kind === 'place' && findPlace(lowers.join(' '))) return 'place';
  return 'person';
}
