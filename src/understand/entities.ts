/**
 * From candidate spans to entities: organisations (gazetteer, head noun, a descriptor, an
 * acronym defined in brackets or "known by its initials"), places (gazetteers and the words
 * around a name), and people (a name after an honorific or a title, with a role, speaking, or
 * two to four capitalised words). Then coreference: "Mr. Ban" and "Ban" join "Ban Ki-moon",
 * "the Secretary-General" and "the UN chief" join whoever holds that role, "the Institute"
 * joins the institute named before, "Vela" joins "Vela Media Group", "CSTO" its definition.
 */
import { NON_PERSON_WORDS, type Span } from './candidate-spans.js';
import { classifyName, eventLabel, hasDemonym, organisationByContext, PLACE_FIRST, siteAfter, speechSubject } from './entity-context.js';
import { findPlace, type PlaceEntry } from './place-gazetteer.js';
import type { RegionSlug } from './region-of-country.js';
import { roleAround, roleWords } from './roles.js';
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
  /** The role is only a rank ("Colonel"): a stated role replaces it. */
  rankOnly?: boolean;
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
  /** How it refers: by name, or by role or description ("the Secretary-General", "the agency"). */
  by: 'name' | 'role';
}

/** Entities found and every reference to them, in text order. */
export interface EntityFindings {
  entities: Map<string, EntityDraft>;
  references: Reference[];
}

/** All-capital words that are not organisations. */
const NOT_ACRONYMS = new Set('TV OK AIDS HIV GDP CEO NGO NGOS SDG SDGS COVID COVID-19 CO2 AM PM BC AD US UK EU UN GMT UTC ID PhD CT MRI DNA'.split(' '));
/** First words of organisation names too common to stand for the organisation alone ("National", "World"). */
const GENERIC_FIRST = new Set('national international world united european african asian american arab global federal central supreme general royal state public new the joint interim independent islamic democratic people\'s popular socialist republican'.split(' '));
/** Country abbreviations that, before another word, only qualify it ("U.S. foreign aid"). */
const MODIFIER_COUNTRIES = new Set(['U.S.', 'US', 'U.K.', 'UK', 'UAE']);

const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9\p{L}]+/gu, '-')
    .replace(/^-|-$/g, '');
/** The words `from`..`to` as the text writes them (spaces only where the text has them). */
export const textOf = (words: Word[], from: number, to: number) =>
  words.slice(from, to).map((w, i) => (i > 0 && w.start > words[from + i - 1]!.end ? ' ' : '') + w.text).join('');

/** Turns spans into entities and references, resolving short names, roles and descriptions. */
export function findEntities(words: Word[], spans: Span[], source: string): EntityFindings {
  const entities = new Map<string, EntityDraft>();
  const references: Reference[] = [];
  const acronyms = new Map<string, string>();
  const owners: Array<{ person: EntityDraft; at: number }> = [];
  const deferred: number[] = [];
  const placed = new Set<number>();

  const upsert = (type: EntityType, name: string, init: Partial<EntityDraft> = {}): EntityDraft => {
    const id = `${type}:${slug(name)}`;
    let e = entities.get(id);
    if (!e) {
      e = { id, type, name, aliases: new Set(), mentions: [], tokens: name.toLowerCase().replace(/[’']s\b/g, '').split(/[\s]+/), ...init };
      entities.set(id, e);
    }
    return e;
  };
  const refer = (e: EntityDraft, from: number, to: number, by: Reference['by'] = 'name', end?: number) => {
    const start = words[from]!.start;
    const stop = end ?? words[to - 1]!.end;
    const m: Mention = { start, end: stop, text: source.slice(start, stop) };
    if (e.mentions.some((x) => x.start === m.start)) return;
    e.mentions.push(m);
    if (by === 'name' && m.text !== e.name) e.aliases.add(m.text);
    if (by === 'role') e.aliases.add(m.text.replace(/^(the|The) /, ''));
    references.push({ entityId: e.id, from, to, by });
  };
  const giveRole = (e: EntityDraft, s: number) => {
    const found = roleAround(words, spans, s);
    if (!found || (e.role && !e.rankOnly)) return;
    e.role = found.role;
    e.rankOnly = found.rank === true;
    if (found.ownerAt !== undefined) owners.push({ person: e, at: found.ownerAt });
  };
  /** "(CSTO)" right after a name, or ", known by its French initials MSF". */
  const definedAcronym = (to: number): { acronym: string; end: number } | null => {
    const [open, inner, close] = [words[to], words[to + 1], words[to + 2]];
    if (open?.text === '(' && close?.text === ')' && inner && /^[A-Z][A-Za-z0-9\-]{1,9}$/.test(inner.text) && /[A-Z].*[A-Z0-9]/.test(inner.text)) return { acronym: inner.text, end: to + 3 };
    if (words[to]?.text !== ',' || words[to + 1]?.lower !== 'known') return null;
    for (let k = to + 2; k < to + 8 && words[k]; k++) {
      const w = words[k]!;
      if (/^[A-Z][A-Za-z0-9\-]{1,9}$/.test(w.text) && /[A-Z].*[A-Z]/.test(w.text)) return ['initials', 'acronym', 'abbreviation', 'as'].includes(words[k - 1]!.lower) ? { acronym: w.text, end: k + 1 } : null;
      if (w.text === ',' || w.text === '.') return null;
    }
    return null;
  };
  const organisation = (name: string, from: number, to: number, entryAcronym?: string) => {
    const e = upsert('organisation', name);
    refer(e, from, to);
    const defined = definedAcronym(to);
    if (defined) {
      acronyms.set(defined.acronym, e.id);
      e.aliases.add(defined.acronym);
    }
    if (entryAcronym && !acronyms.has(entryAcronym)) acronyms.set(entryAcronym, e.id);
    return e;
  };
  const place = (entry: PlaceEntry | null, name: string, from: number, to: number) => {
    const site = siteAfter(words, to);
    if (site?.withHead && !words[to]!.cap) {
      // "the Kakhovka dam": the site is the place; the bare name is another name for it unless it is a known place.
      // "Zaporizhzhia plant" and "Zaporizhzhia nuclear power plant" are one site.
      const head = words[site.end - 1]!.lower.replace(/s$/, '');
      const same = [...entities.values()].find((x) => x.type === 'place' && x.tokens[0] === words[from]!.lower && x.tokens.at(-1)!.replace(/s$/, '') === head);
      const e = same ?? upsert('place', textOf(words, from, site.end), entry?.countryCode ? { countryCode: entry.countryCode } : {});
      if (same && site.end - from > same.tokens.length) {
        same.aliases.add(same.name);
        same.name = textOf(words, from, site.end);
      }
      refer(e, from, site.end);
      if (!entry) e.aliases.add(name);
      return e;
    }
    const e = upsert('place', entry?.name ?? name, entry ? { countryCode: entry.countryCode, region: entry.region } : {});
    refer(e, from, to);
    return e;
  };

  // Pass 1: full names.
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s]!;
    const prev = spans[s - 1];
    const before = prev && prev.to === span.from ? prev : undefined;
    if (span.kind === 'organisation') {
      organisation(span.entry?.name ?? textOf(words, span.from, span.to), span.from, span.to, span.entry?.acronym);
    } else if (span.kind === 'place' && (before?.kind === 'honorific' || (before?.kind === 'role' && span.to - span.from === 1 && span.entry.kind === 'city'))) {
      // "Mr. Ibarra", "President Lincoln": a title makes a town's name a person's.
      const e = upsert('person', textOf(words, span.from, span.to));
      refer(e, before.kind === 'honorific' ? before.from : span.from, span.to);
      giveRole(e, s);
    } else if (span.kind === 'place') {
      if (MODIFIER_COUNTRIES.has(words[span.from]!.text) && span.to - span.from === 1 && capitalOrWord(words[span.to])) continue;
      placed.add(s);
      const merged = placeThenName(words, spans, s);
      if (merged) {
        organisation(textOf(words, merged.from, merged.to), merged.from, merged.to);
        s = merged.next - 1;
        continue;
      }
      const e = place(span.entry, span.entry.name, span.from, span.to);
      const defined = definedAcronym(span.to);
      if (defined) {
        acronyms.set(defined.acronym, e.id);
        e.aliases.add(defined.acronym);
      }
    } else if (span.kind === 'name' && !words[span.from]!.titleLine) {
      const next = spans[s + 1];
      // "Debt Justice Zambia, a coalition …": a name that runs on into a place name.
      if (next && next.from === span.to && next.kind === 'place' && organisationByContext(words, span.from, next.to)) {
        organisation(textOf(words, span.from, next.to), span.from, next.to);
        s++;
        continue;
      }
      const kind = classifyName(words, spans, s, before);
      const name = textOf(words, span.from, span.to);
      if (kind === 'person') {
        const e = upsert('person', name);
        refer(e, before?.kind === 'honorific' ? before.from : span.from, span.to);
        giveRole(e, s);
      } else if (kind === 'organisation' || (kind !== 'place' && definedAcronym(span.to))) organisation(name, span.from, span.to); else if (kind === 'place') {
        place(null, name, span.from, span.to);
        placed.add(s);
      } else deferred.push(s);
    } else deferred.push(s);
  }

  // Pass 2: short names, roles, descriptions and acronyms, in text order.
  const people = () => [...entities.values()].filter((e) => e.type === 'person');
  const organisations = () => [...entities.values()].filter((e) => e.type === 'organisation');
  const undecided: number[] = [];
  const skipped = new Set<number>();
  for (let d = 0; d < deferred.length; d++) {
    let s = deferred[d]!;
    if (skipped.has(s)) continue;
    const span = spans[s]!;
    const before = spans[s - 1] && spans[s - 1]!.to === span.from ? spans[s - 1] : undefined;
    if (span.kind === 'name') {
      const token = words[span.from]!.lower.replace(/[’']s$/, '');
      const single = span.to - span.from === 1;
      const name = textOf(words, span.from, span.to);
      const person = single ? people().find((p) => p.tokens.length > 1 && p.tokens.includes(token)) : people().find((p) => p.name === name);
      if (person) {
        // In a Title Case headline the name's words stand apart: "Amina" "Osei" is one mention.
        let to = span.to;
        while (spans[s + 1]?.kind === 'name' && spans[s + 1]!.from === to && person.tokens.includes(words[to]!.lower) && deferred.includes(s + 1)) {
          to = spans[s + 1]!.to;
          skipped.add(s + 1);
          s++;
        }
        refer(person, before?.kind === 'honorific' ? before.from : span.from, to);
        continue;
      }
      const the = words[span.from - 1]?.lower === 'the';
      const org = single ? organisations().find((e) => (the && e.tokens.includes(token)) || (e.tokens.length > 1 && e.tokens[0] === token && !GENERIC_FIRST.has(token) && !findPlace(token))) : undefined;
      if (org) {
        refer(org, the ? span.from - 1 : span.from, span.to, the ? 'role' : 'name');
        continue;
      }
      if (words[span.from]!.titleLine || eventLabel(words, span.from)) continue;
      if (before?.kind === 'honorific' || before?.kind === 'role' || (single && speechSubject(words, span.from, span.to) && !NON_PERSON_WORDS.has(token) && !hasDemonym(words, span.from, span.to))) {
        if (single && NON_PERSON_WORDS.has(token)) continue;
        const e = upsert('person', name);
        refer(e, before?.kind === 'honorific' ? before.from : span.from, span.to);
        giveRole(e, s);
        continue;
      }
      undecided.push(s);
    } else if (span.kind === 'acronym') {
      const text = words[span.from]!.text;
      const id = acronyms.get(text);
      if (id && words[span.from - 1]?.text === '(') continue; // "(CSTO)" right after the name it abbreviates is not another mention
      if (id) refer(entities.get(id)!, span.from, span.to);
      else if (!NOT_ACRONYMS.has(text.toUpperCase()) && !words[span.from]!.titleLine && words[span.from - 1]?.text !== '(' && !eventLabel(words, span.from)) {
        if (/\d/.test(text) && !/^[A-Z]{1,3}\d{1,3}$/.test(text)) continue; // "COP25" is a meeting; "M23" a group
        refer(upsert('organisation', text), span.from, span.to);
      }
    } else if (span.kind === 'role' || span.kind === 'role-alias') {
      const next = spans[s + 1];
      if (next && next.from === span.to && next.kind === 'name') continue; // "President Medvedev": the name carries it
      const holder = holderOfRole(people(), span.role);
      if (holder) refer(holder, words[span.from - 1]?.lower === 'the' ? span.from - 1 : span.from, span.to, 'role');
    }
  }
  placesInLists(words, spans, placed, undecided, (s) => {
    const span = spans[s]!;
    place(null, textOf(words, span.from, span.to), span.from, span.to);
  });
  placesFromCompounds(words, (entry, from, end) => refer(upsert('place', entry.name, { countryCode: entry.countryCode, region: entry.region }), from, from + 1, 'name', end));
  mergeShortNames(entities, references);
  mergeShortOrganisations(entities, references);
  for (const { person, at } of owners) {
    const id = ownerAt(words, references, entities, at);
    if (id) person.ownerId = id;
  }
  references.sort((a, b) => a.from - b.from);
  return { entities, references };
}

/** The next word is a word (not punctuation): "U.S. aid", "U.S. State Department". */
const capitalOrWord = (w: Word | undefined) => w !== undefined && /^\p{L}/u.test(w.text);

/** A place span that runs on into a name and is an organisation by apposition: "Debt Justice Zambia," is not caught here; "Kenya Red Cross Society," is a head-noun name. */
function placeThenName(words: Word[], spans: Span[], s: number): { from: number; to: number; next: number } | null {
  const span = spans[s]!;
  const next = spans[s + 1];
  if (!next || next.from !== span.to || next.kind !== 'name' || words[span.from]!.titleLine) return null;
  return organisationByContext(words, span.from, next.to) ? { from: span.from, to: next.to, next: s + 2 } : null;
}

/** The person whose role is `role` or ends in the same word ("the Secretary-General", "the envoy"). */
export function holderOfRole(people: EntityDraft[], role: string): EntityDraft | undefined {
  const want = roleWords(role);
  const exact = people.find((p) => p.role !== undefined && p.role.toLowerCase() === role.toLowerCase());
  if (exact) return exact;
  const head = want.at(-1)!;
  if (head === 'minister' || head === 'president') return undefined; // too many hold these to guess
  const holders = people.filter((p) => p.role !== undefined && roleWords(p.role).includes(head));
  return holders.length === 1 ? holders[0] : undefined;
}

/** Unknown names listed with places are places: "Odesa, Chornomorsk and Pivdennyi", "Turkana and Marsabit". */
function placesInLists(words: Word[], spans: Span[], placed: Set<number>, undecided: number[], toPlace: (s: number) => void): void {
  const placeSpans = new Set(placed);
  let changed = true;
  while (changed) {
    changed = false;
    for (const s of undecided) {
      if (placeSpans.has(s)) continue;
      const span = spans[s]!;
      if (span.to - span.from > 3 || words[span.from]!.titleLine || NON_PERSON_WORDS.has(words[span.to - 1]!.lower) || words[span.from]!.pos !== 'PROPN' || PLACE_FIRST.has(words[span.from]!.lower)) continue;
      const listedWith = (o: number) => {
        const other = spans[o];
        if (!other || !placeSpans.has(o)) return false;
        const gap = other.from > span.from ? words.slice(span.to, other.from) : words.slice(other.to, span.from);
        return gap.length >= 1 && gap.length <= 2 && gap.every((w) => w.text === ',' || w.lower === 'and' || w.lower === 'or');
      };
      if (listedWith(s - 1) || listedWith(s + 1)) {
        placeSpans.add(s);
        toPlace(s);
        changed = true;
      }
    }
  }
}

/** "Bangkok-based": the place inside a compound adjective. */
function placesFromCompounds(words: Word[], add: (entry: PlaceEntry, from: number, end: number) => void): void {
  words.forEach((w, i) => {
    const m = /^(\p{Lu}[\p{L}.]*)-(?:based|born|bound|headquartered|registered)$/u.exec(w.text);
    if (!m || w.titleLine) return;
    const entry = findPlace(m[1]!.toLowerCase());
    if (entry) add(entry, i, w.start + m[1]!.length);
  });
}

/** "De Smet" found as a name of its own is "Katrien De Smet" when the story names her in full. */
function mergeShortNames(entities: Map<string, EntityDraft>, references: Reference[]): void {
  const people = [...entities.values()].filter((e) => e.type === 'person');
  for (const short of people) {
    // "Liu" is "Liu Mingzhe" and "Tapia" is "Marisol Tapia Araya": a one-word name joins the fuller name holding it.
    const full = people.find(
      (p) =>
        p !== short &&
        entities.has(p.id) &&
        p.tokens.length > short.tokens.length &&
        (short.tokens.length === 1 ? p.tokens.includes(short.tokens[0]!) : p.tokens.slice(-short.tokens.length).join(' ') === short.tokens.join(' ')),
    );
    if (!full) continue;
    full.mentions.push(...short.mentions);
    full.aliases.add(short.name);
    for (const a of short.aliases) full.aliases.add(a);
    if (!full.role || (full.rankOnly && short.role && !short.rankOnly)) full.role = short.role;
    for (const r of references) if (r.entityId === short.id) r.entityId = full.id;
    entities.delete(short.id);
  }
}

/** "Vela", found on its own, is "Vela Media Group" when the story names it in full. */
function mergeShortOrganisations(entities: Map<string, EntityDraft>, references: Reference[]): void {
  const orgs = [...entities.values()].filter((e) => e.type === 'organisation');
  for (const short of orgs) {
    if (short.tokens.length !== 1 || GENERIC_FIRST.has(short.tokens[0]!) || /^[A-Z0-9]+$/.test(short.name) || findPlace(short.tokens[0]!)) continue;
    const full = orgs.find((o) => o !== short && entities.has(o.id) && o.tokens.length > 1 && o.tokens[0] === short.tokens[0]);
    if (!full) continue;
    full.mentions.push(...short.mentions);
    full.aliases.add(short.name);
    for (const a of short.aliases) full.aliases.add(a);
    for (const r of references) if (r.entityId === short.id) r.entityId = full.id;
    entities.delete(short.id);
  }
}

/** Who owns the role at word `at` ("his" → the closest person before; "Mr. Ban 's" → Ban). */
function ownerAt(words: Word[], references: Reference[], entities: Map<string, EntityDraft>, at: number): string | undefined {
  if (words[at]!.lower === "'s") return references.find((r) => r.to === at)?.entityId;
  let best: Reference | undefined;
  const wanted = words[at]!.lower === 'its' ? 'organisation' : 'person';
  for (const r of references) if (r.to <= at && entities.get(r.entityId)?.type === wanted && (!best || r.from > best.from)) best = r;
  return best?.entityId;
}
