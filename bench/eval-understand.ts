/**
 * `npm run eval:understand`: measures the understanding room against the hand-made gold of
 * src/understand/testdata/ (conventions and matching rules in its README.md). Prints precision,
 * recall and F1 per entity type, quote-speaker accuracy over all gold quotes (a missed quote
 * counts as wrong), date detection and date accuracy (a missed date counts as wrong), and
 * stories per second on one core. `-- --misses` lists every difference. Always exits 0: it
 * reports, it does not gate.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readStoryText } from '../src/cli/analyze-command.js';
import { analyze } from '../src/understand/analyze.js';
import type { Analysis, AnalysisInput, Entity } from '../src/understand/types.js';

interface GoldEntity { type: string; name: string; role?: string; aliases?: string[] }
interface GoldQuote { text: string; speaker: string | null }
interface GoldDate { text: string; start: string; end: string }
interface Gold { entities: GoldEntity[]; quotes: GoldQuote[]; dates: GoldDate[] }
interface Case { file: string; input: AnalysisInput; gold: Gold }
interface Tally { tp: number; fp: number; fn: number }

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dir = join(root, 'src/understand/testdata');
const TYPES = ['person', 'organisation', 'place'] as const;

/** Entity names compare ignoring case, apostrophe style and a leading "the". */
const nameKey = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase().replace(/[’‘`]/g, "'").replace(/^the /, '');
/** Quotes compare with whitespace collapsed, curly marks folded and end punctuation trimmed. */
const quoteKey = (s: string) =>
  s.replace(/\s+/g, ' ').replace(/[“”«»„]/g, '"').replace(/[’‘]/g, "'").replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '').toLowerCase();
const namesOf = (e: { name: string; aliases?: string[] }) => new Set([e.name, ...(e.aliases ?? [])].map(nameKey));
const sameThing = (a: Set<string>, b: Set<string>) => [...a].some((n) => b.has(n));

function loadCases(): Case[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort()
    .map((file) => {
      const story = readStoryText(readFileSync(join(dir, file), 'utf8'));
      const gold = JSON.parse(readFileSync(join(dir, file.replace(/\.md$/, '.gold.json')), 'utf8')) as Gold;
      const input: AnalysisInput = { text: story.text, lang: story.lang ?? 'en', publishedAt: `${story.date}T12:00:00Z` };
      if (story.headline) input.headline = story.headline;
      if (story.dateline) input.datelinePlace = story.dateline;
      return { file, input, gold };
    });
}

/** One-to-one matches between gold items and found items, by a predicate, first come first served. */
function pair<G, F>(gold: G[], found: F[], same: (g: G, f: F) => boolean): Map<number, number> {
  const pairs = new Map<number, number>();
  const used = new Set<number>();
  gold.forEach((g, i) => {
    const j = found.findIndex((f, k) => !used.has(k) && same(g, f));
    if (j >= 0) {
      used.add(j);
      pairs.set(i, j);
    }
  });
  return pairs;
}

/**
 * Where each gold date's text is in the body, as a multiset: longer texts are placed first, and
 * a text takes the first occurrence that no other gold date holds ("Tuesday" is not the one
 * inside "on Tuesday" when both are listed).
 */
function locate(body: string, dates: GoldDate[]): Array<{ start: number; end: number } | null> {
  const out: Array<{ start: number; end: number } | null> = dates.map(() => null);
  const taken: Array<{ start: number; end: number }> = [];
  const order = dates.map((_, i) => i).sort((a, b) => dates[b]!.text.length - dates[a]!.text.length || a - b);
  const lower = body.toLowerCase();
  for (const i of order) {
    const text = dates[i]!.text;
    for (const hay of [body, lower]) {
      const needle = hay === body ? text : text.toLowerCase();
      let at = hay.indexOf(needle);
      while (at >= 0 && taken.some((t) => t.start < at + text.length && at < t.end)) at = hay.indexOf(needle, at + 1);
      if (at < 0) continue;
      taken.push({ start: at, end: at + text.length });
      out[i] = trimLead(body, at, at + text.length);
      break;
    }
  }
  return out;
}

/** A leading "on" or "in" does not count when texts are compared by where they are. */
function trimLead(body: string, start: number, end: number): { start: number; end: number } {
  const lead = /^(?:on|in) /i.exec(body.slice(start, end));
  return lead && start + lead[0].length < end ? { start: start + lead[0].length, end } : { start, end };
}

function score(cases: Case[], results: Analysis[]): string[] {
  const tally = new Map<string, Tally>(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const roles = { right: 0, total: 0 };
  const quotes = { found: 0, right: 0, total: 0, extra: 0 };
  const dates: Tally & { right: number } = { tp: 0, fp: 0, fn: 0, right: 0 };
  const misses: string[] = [];
  cases.forEach((c, k) => {
    const a = results[k]!;
    const at = (what: string) => misses.push(`${c.file}: ${what}`);
    // Entities, per type, one to one.
    for (const type of TYPES) {
      const gold = c.gold.entities.filter((e) => e.type === type);
      const found = a.entities.filter((e) => e.type === type);
      const pairs = pair(gold, found, (g, f) => sameThing(namesOf(g), namesOf(f)));
      const t = tally.get(type)!;
      t.tp += pairs.size;
      t.fn += gold.length - pairs.size;
      t.fp += found.length - pairs.size;
      gold.forEach((g, i) => {
        const j = pairs.get(i);
        if (j === undefined) return at(`missed ${type} "${g.name}"`);
        if (type !== 'person' || !g.role) return;
        roles.total++;
        const role = found[j]!.role?.toLowerCase();
        const want = g.role.toLowerCase();
        if (role && (role.includes(want) || want.includes(role))) roles.right++;
        else at(`role of "${g.name}": "${found[j]!.role ?? ''}", gold "${g.role}"`);
      });
      const matched = new Set(pairs.values());
      found.forEach((f, j) => matched.has(j) || at(`extra ${type} "${f.name}"`));
    }
    // Quotes: by normalised text, as a multiset; the speaker must name the gold speaker.
    const qPairs = pair(c.gold.quotes, a.quotes, (g, f) => quoteKey(g.text) === quoteKey(f.text));
    quotes.total += c.gold.quotes.length;
    quotes.found += qPairs.size;
    quotes.extra += a.quotes.length - qPairs.size;
    c.gold.quotes.forEach((g, i) => {
      const j = qPairs.get(i);
      const q = j === undefined ? undefined : a.quotes[j];
      const speaker: Entity | undefined = q?.speakerId ? a.entities.find((e) => e.id === q.speakerId) : undefined;
      const goldEntity = c.gold.entities.find((e) => g.speaker !== null && e.name === g.speaker);
      const right = q !== undefined && (g.speaker === null ? q.speaker === null : speaker !== undefined && sameThing(namesOf(speaker), namesOf(goldEntity ?? { name: g.speaker })));
      if (right) quotes.right++;
      else at(`quote "${g.text.slice(0, 40)}…" → ${q ? (q.speaker ?? 'null') : 'not found'}, gold ${g.speaker}`);
    });
    const matchedQuotes = new Set(qPairs.values());
    a.quotes.forEach((q, j) => matchedQuotes.has(j) || at(`extra quote "${q.text.slice(0, 40)}…"`));
    // Dates: by overlapping position in the body; resolved right when start and end are equal.
    const places = locate(c.input.text, c.gold.dates);
    places.forEach((p, i) => p || at(`gold date "${c.gold.dates[i]!.text}" is not in the story`));
    const found = a.dates.map((d) => trimLead(c.input.text, d.offset.start, d.offset.end));
    const dPairs = pair(places, found, (g, f) => g !== null && g.start < f.end && f.start < g.end);
    dates.tp += dPairs.size;
    dates.fn += c.gold.dates.length - dPairs.size;
    dates.fp += a.dates.length - dPairs.size;
    c.gold.dates.forEach((g, i) => {
      const j = dPairs.get(i);
      const d = j === undefined ? undefined : a.dates[j];
      if (d && d.start === g.start && d.end === g.end) dates.right++;
      else at(`date "${g.text}" → ${d ? `"${d.text}" ${d.start}..${d.end}` : 'not found'}, gold ${g.start}..${g.end}`);
    });
    const matchedDates = new Set(dPairs.values());
    a.dates.forEach((d, j) => matchedDates.has(j) || at(`extra date "${d.text}" ${d.start}..${d.end}`));
  });

  const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '  –  ');
  const prf = ({ tp, fp, fn }: Tally) => {
    const p = tp / (tp + fp);
    const r = tp / (tp + fn);
    return `${f3(p).padStart(9)} ${f3(r).padStart(7)} ${f3((2 * p * r) / (p + r)).padStart(7)}    (${tp}/${fp}/${fn})`;
  };
  console.log('                 precision  recall     F1    (tp/fp/fn)');
  for (const [type, t] of tally) console.log(`${type.padEnd(16)} ${prf(t)}`);
  console.log(`date detection   ${prf(dates)}`);
  console.log(`quote speakers   ${f3(quotes.right / quotes.total)}  (${quotes.right}/${quotes.total} right; ${quotes.found} quotes found, ${quotes.extra} extra)`);
  console.log(`dates resolved   ${f3(dates.right / (dates.tp + dates.fn))}  (${dates.right}/${dates.tp + dates.fn} right)`);
  console.log(`person roles     ${f3(roles.right / roles.total)}  (${roles.right}/${roles.total} of the matched people with a gold role)`);
  return misses;
}

/**
 * Stories analysed per second of this process's CPU time, after a warm-up: one core's rate, and
 * steady when other work shares the machine (wall-clock time would count their turns too).
 */
function speed(cases: Case[]): number {
  for (const c of cases) analyze(c.input);
  let n = 0;
  const t0 = process.cpuUsage();
  const cpuSeconds = () => {
    const { user, system } = process.cpuUsage(t0);
    return (user + system) / 1e6;
  };
  while (cpuSeconds() < 2) {
    for (const c of cases) analyze(c.input);
    n += cases.length;
  }
  return n / cpuSeconds();
}

const cases = loadCases();
console.log(`${cases.length} stories from ${dir}`);
const misses = score(cases, cases.map((c) => analyze(c.input)));
console.log(`speed            ${speed(cases).toFixed(0)} stories/s per core (analyze only, CPU time)`);
if (process.argv.includes('--misses')) for (const m of misses) console.log(`  ${m}`);
else if (misses.length) console.log(`(${misses.length} differences; run with -- --misses to list them)`);
process.exitCode = 0;
