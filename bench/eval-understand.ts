/**
 * `npm run eval:understand`: measures the understanding room against gold files. Reads every
 * src/understand/testdata/*.md with its .gold.json (or, while that corpus is absent, our own
 * test/understand/fixtures/), runs `analyze`, and prints precision / recall / F1 per entity
 * type, quote-speaker accuracy, date accuracy and stories per second. Always exits 0: it
 * reports, it does not gate.
 *
 * Gold file shape (fields beyond these are ignored):
 *   { "entities": [{ "type": "person"|"organisation"|"place", "name": "…", "aliases": ["…"] }],
 *     "quotes":   [{ "text": "…", "speaker": "canonical name or null" }],
 *     "dates":    [{ "text": "…", "start": 0, "end": 5, "date": "YYYY-MM-DD", "endDate"?: "…" }] }
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readStoryText } from '../src/cli/analyze-command.js';
import { analyze } from '../src/understand/analyze.js';
import type { Analysis, AnalysisInput } from '../src/understand/types.js';

interface GoldEntity { type: string; name: string; aliases?: string[] }
interface GoldQuote { text: string; speaker: string | null }
interface GoldDate { text: string; start?: number; end?: number; date: string | null; endDate?: string }
interface Gold { entities?: GoldEntity[]; quotes?: GoldQuote[]; dates?: GoldDate[]; publishedAt?: string; date?: string; lang?: string; dateline?: string }
interface Case { file: string; input: AnalysisInput; body: string; gold: Gold }

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const norm = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’‘]/g, "'").replace(/^the /, '').replace(/[^\p{L}\p{N}']+/gu, ' ').trim();
const typeOf = (t: string) => (t === 'organization' || t === 'org' ? 'organisation' : t === 'location' || t === 'gpe' ? 'place' : t);

function loadCases(): { dir: string; cases: Case[] } {
  const corpus = join(root, 'src/understand/testdata');
  const dir = existsSync(corpus) && readdirSync(corpus).some((f) => f.endsWith('.gold.json')) ? corpus : join(root, 'test/understand/fixtures');
  const cases: Case[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
    const goldPath = join(dir, name.replace(/\.md$/, '.gold.json'));
    if (!existsSync(goldPath)) continue;
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
    const story = readStoryText(readFileSync(join(dir, name), 'utf8'));
    const input: AnalysisInput = { text: story.text };
    const date = gold.publishedAt ?? gold.date ?? story.date;
    if (date) input.publishedAt = /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T12:00:00Z` : date;
    const lang = gold.lang ?? story.lang;
    if (lang) input.lang = lang;
    const dateline = gold.dateline ?? story.dateline;
    if (dateline) input.datelinePlace = dateline;
    const fileText = readFileSync(join(dir, name), 'utf8');
    const bodyStart = fileText.replace(/^---\n[\s\S]*?\n---\n?/, '');
    cases.push({ file: name, input, body: bodyStart, gold });
  }
  return { dir, cases };
}

function score(cases: Case[], results: Analysis[]): void {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const misses: string[] = [];
  let quotesRight = 0;
  let quotesTotal = 0;
  let datesRight = 0;
  let datesTotal = 0;
  cases.forEach((c, k) => {
    const a = results[k]!;
    // Entities: a prediction matches a gold entity of its type by normalised name or a gold alias.
    for (const type of ['person', 'organisation', 'place']) {
      const gold = (c.gold.entities ?? []).filter((e) => typeOf(e.type) === type);
      const predicted = a.entities.filter((e) => e.type === type);
      const used = new Set<number>();
      const cnt = counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
      for (const p of predicted) {
        const names = [p.name, ...p.aliases].map(norm);
        const g = gold.findIndex((e, i) => !used.has(i) && [e.name, ...(e.aliases ?? [])].map(norm).some((n) => n === norm(p.name) || (names.includes(n) && n === norm(e.name))));
        if (g >= 0) {
          used.add(g);
          cnt.tp++;
        } else {
          cnt.fp++;
          misses.push(`${c.file}: extra ${type} "${p.name}"`);
        }
      }
      gold.forEach((e, i) => {
        if (!used.has(i)) {
          cnt.fn++;
          misses.push(`${c.file}: missed ${type} "${e.name}"`);
        }
      });
      counts.set(type, cnt);
    }
    // Quotes: a gold quote is found by ≥ 50 % word overlap; a missed quote counts as wrong.
    for (const gq of c.gold.quotes ?? []) {
      quotesTotal++;
      const gw = new Set(norm(gq.text).split(' '));
      const found = a.quotes.find((q) => {
        const qw = norm(q.text).split(' ');
        const common = qw.filter((w) => gw.has(w)).length;
        return common / Math.max(gw.size, 1) >= 0.5 && common / Math.max(qw.length, 1) >= 0.5;
      });
      const speaker = found?.speakerId ? a.entities.find((e) => e.id === found.speakerId) : undefined;
      const goldEntity = (c.gold.entities ?? []).find((e) => gq.speaker !== null && norm(e.name) === norm(gq.speaker));
      const goldNames = gq.speaker === null ? [] : [gq.speaker, ...(goldEntity?.aliases ?? [])].map(norm);
      const right = found !== undefined && (gq.speaker === null ? speaker === undefined : speaker !== undefined && [speaker.name, ...speaker.aliases].map(norm).some((n) => goldNames.includes(n)));
      if (right) quotesRight++;
      else misses.push(`${c.file}: quote "${gq.text.slice(0, 30)}…" → ${found ? (speaker?.name ?? 'nobody') : 'not found'}, gold ${gq.speaker}`);
    }
    // Dates: a gold date is right when a prediction has its start/end and its day(s).
    const shift = c.input.text.indexOf(c.body.slice(0, 40).trim());
    for (const gd of c.gold.dates ?? []) {
      datesTotal++;
      const at = (off: number) => a.dates.find((d) => gd.start !== undefined && d.start === gd.start + off && d.end === (gd.end ?? gd.start + gd.text.length) + off);
      const found = gd.start === undefined ? a.dates.find((d) => d.text.toLowerCase() === gd.text.toLowerCase()) : (at(0) ?? (shift > 0 ? at(shift) : undefined));
      const right = found !== undefined && found.date === gd.date && (gd.endDate === undefined || found.endDate === gd.endDate);
      if (right) datesRight++;
      else misses.push(`${c.file}: date "${gd.text}" → ${found ? `${found.date}${found.endDate ? `..${found.endDate}` : ''}` : 'not found'}, gold ${gd.date}${gd.endDate ? `..${gd.endDate}` : ''}`);
    }
  });
  const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '  –  ');
  console.log('type           precision  recall     F1    (tp/fp/fn)');
  for (const [type, { tp, fp, fn }] of counts) {
    const p = tp / (tp + fp);
    const r = tp / (tp + fn);
    console.log(`${type.padEnd(14)} ${pct(p).padStart(9)} ${pct(r).padStart(7)} ${pct((2 * p * r) / (p + r)).padStart(7)}    (${tp}/${fp}/${fn})`);
  }
  console.log(`quote speakers ${pct(quotesRight / quotesTotal)}  (${quotesRight}/${quotesTotal})`);
  console.log(`dates          ${pct(datesRight / datesTotal)}  (${datesRight}/${datesTotal})`);
  if (process.argv.includes('--misses')) for (const m of misses) console.log(`  ${m}`);
  else if (misses.length) console.log(`(${misses.length} differences; run with --misses to list them)`);
}

function speed(cases: Case[]): number {
  for (const c of cases) analyze(c.input); // warm-up: JIT and caches
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 2000) for (const c of cases) {
    analyze(c.input);
    n++;
  }
  return n / ((performance.now() - t0) / 1000);
}

const { dir, cases } = loadCases();
console.log(`${cases.length} stories from ${dir}`);
if (cases.length > 0) {
  const results = cases.map((c) => analyze(c.input));
  score(cases, results);
  console.log(`speed          ${speed(cases).toFixed(0)} stories/s (one core, analyze only)`);
}
process.exitCode = 0;
