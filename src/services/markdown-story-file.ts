/**
 * Reads one story from a Markdown file with YAML front matter: pure text in, a checked story
 * (or the line and reason of the first problem) out. Importers and tests share it; it does no I/O.
 *
 * ```
 * ---
 * headline: Rains return to the Sahel
 * lang: en
 * date: 2026-03-18T09:30:00Z
 * topics: [Climate change, health]
 * status: published
 * ---
 * The body, in CommonMark.
 * ```
 * Keys it does not know are left alone: files exported by other tools carry extras.
 */
import { LineCounter, parseDocument, isMap, isScalar, type Node } from 'yaml';
import { STORY_TYPES, type StoryType } from '../domain/story.js';
import { isValidSlug } from '../domain/slug.js';

/** A story as a Markdown file describes it; taxonomy and byline entries are still as written. */
export interface MarkdownStory {
  headline: string;
  standfirst: string;
  /** The Markdown after the front matter, without leading and trailing blank lines. */
  body: string;
  lang: string;
  type: StoryType;
  /** Publication time (`date`); null when the file gives none. */
  date: Date | null;
  status: 'draft' | 'published';
  /** The slug asked for; null means "made from the headline". */
  slug: string | null;
  featured: boolean;
  datelinePlace: string | null;
  /** Slugs or names ("climate", "Climate change"), as written. */
  topics: string[];
  regions: string[];
  tags: string[];
  /** Author slugs or names, as written. */
  authors: string[];
  /** Line (1-based, in the whole file) of each front-matter key, to point at it in a problem. */
  keyLines: Readonly<Record<string, number>>;
  /** Line on which the body starts. */
  bodyLine: number;
}

/** Why a file cannot be imported, and where. */
export interface FileProblem {
  /** 1-based line in the file: the offending key's line, or 1 when no key is to blame. */
  line: number;
  reason: string;
}

/** The result of reading one file: a story, or the first problem found. */
export type MarkdownStoryParse = { ok: true; story: MarkdownStory } | { ok: false; problem: FileProblem };

/** What the reader needs to know about the site. */
export interface MarkdownStoryOptions {
  /** The site's languages; the first is used when a file names none. */
  languages: readonly string[];
}

const STATUSES = ['draft', 'published'] as const;
const DATE_FORM = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

class Problem extends Error {
  constructor(readonly line: number, reason: string) {
    super(reason);
  }
}

/** Reads a Markdown story file; never throws for bad input, it returns the problem instead. */
export function parseMarkdownStory(text: string, options: MarkdownStoryOptions): MarkdownStoryParse {
  try {
    return { ok: true, story: read(text, options) };
  } catch (err) {
    if (err instanceof Problem) return { ok: false, problem: { line: err.line, reason: err.message } };
    throw err;
  }
}

function read(text: string, options: MarkdownStoryOptions): MarkdownStory {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trimEnd() !== '---') {
    throw new Problem(1, 'no front matter: the file must start with a line "---", then YAML, then "---"');
  }
  const close = lines.findIndex((line, i) => i > 0 && (line.trimEnd() === '---' || line.trimEnd() === '...'));
  if (close < 0) throw new Problem(1, 'the front matter is not closed: add a line "---" after it');
  const yamlText = lines.slice(1, close).join('\n');
  const body = trimBlankLines(lines.slice(close + 1));
  const fm = readFrontMatter(yamlText);
  const line = (key: string) => fm.keyLines[key] ?? 1;

  const headline = text1(fm, 'headline');
  if (headline === undefined || headline === '') throw new Problem(line('headline'), 'headline: is missing; every story needs one');
  const lang = text1(fm, 'lang') ?? options.languages[0];
  if (lang === undefined || !options.languages.includes(lang)) {
    throw new Problem(line('lang'), `lang: unknown language "${lang}"; this site publishes in ${options.languages.join(', ')}`);
  }
  const type = text1(fm, 'type') ?? 'news';
  if (!(STORY_TYPES as readonly string[]).includes(type)) {
    throw new Problem(line('type'), `type: unknown story type "${type}"; use one of ${STORY_TYPES.join(', ')}`);
  }
  const status = text1(fm, 'status') ?? 'draft';
  if (!(STATUSES as readonly string[]).includes(status)) {
    throw new Problem(line('status'), `status: must be draft or published, not "${status}"`);
  }
  const slug = text1(fm, 'slug');
  if (slug !== undefined && !isValidSlug(slug)) {
    throw new Problem(line('slug'), `slug: "${slug}" must be lower-case letters and digits joined by single hyphens`);
  }
  const featured = fm.values.featured;
  if (featured !== undefined && featured !== null && typeof featured !== 'boolean') {
    throw new Problem(line('featured'), 'featured: must be true or false');
  }
  const dateline = text1(fm, 'dateline');
  if (body.text === '') throw new Problem(close + 1, 'the story has no body: write it after the closing "---"');
  return {
    headline,
    standfirst: text1(fm, 'standfirst') ?? '',
    body: body.text,
    lang,
    type: type as StoryType,
    date: readDate(fm.values.date, line('date')),
    status: status as MarkdownStory['status'],
    slug: slug ?? null,
    featured: featured === true,
    datelinePlace: dateline === undefined || dateline === '' ? null : dateline,
    topics: list(fm, 'topics'),
    regions: list(fm, 'regions'),
    tags: list(fm, 'tags'),
    authors: list(fm, 'authors'),
    keyLines: fm.keyLines,
    bodyLine: close + 2 + body.skipped,
  };
}

interface FrontMatter {
  values: Record<string, unknown>;
  keyLines: Record<string, number>;
}

/** Parses the YAML between the fences; lines are counted in the file, where the YAML starts on line 2. */
function readFrontMatter(yamlText: string): FrontMatter {
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const at = counter.linePos(error.pos[0]).line;
    throw new Problem(at + 1, `bad YAML in the front matter: ${error.message.split('\n')[0]}`);
  }
  if (doc.contents === null) return { values: {}, keyLines: {} };
  if (!isMap(doc.contents)) throw new Problem(2, 'the front matter must be YAML keys and values ("headline: …")');
  const keyLines: Record<string, number> = {};
  for (const pair of doc.contents.items) {
    const key = pair.key as Node | null;
    if (isScalar(key) && key.range) keyLines[String(key.value)] = counter.linePos(key.range[0]).line + 1;
  }
  const values = doc.toJS() as Record<string, unknown>;
  return { values, keyLines };
}

/** A text field; numbers are accepted as text (`headline: 1984`), lists and maps are not. */
function text1(fm: FrontMatter, key: string): string | undefined {
  const value = fm.values[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new Problem(fm.keyLines[key] ?? 1, `${key}: must be text, not a ${Array.isArray(value) ? 'list' : 'map'}`);
}

/** A list field: a YAML list, or one comma-separated line ("climate, health"). */
function list(fm: FrontMatter, key: string): string[] {
  const value = fm.values[key];
  const at = fm.keyLines[key] ?? 1;
  if (value === undefined || value === null) return [];
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value];
  const out: string[] = [];
  for (const item of items) {
    if (typeof item !== 'string' && typeof item !== 'number') {
      throw new Problem(at, `${key}: each entry must be a name or slug, not a ${Array.isArray(item) ? 'list' : typeof item}`);
    }
    const entry = String(item).trim();
    if (entry === '') throw new Problem(at, `${key}: has an empty entry`);
    if (!out.includes(entry)) out.push(entry);
  }
  return out;
}

/**
 * `2026-03-18`, `2026-03-18T09:30`, `2026-03-18 09:30:00+02:00` …; without a zone the time is UTC.
 * YAML 1.1 parsers give timestamps as dates, so a Date is accepted too.
 */
function readDate(value: unknown, line: number): Date | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
  const text = String(value).trim();
  const m = DATE_FORM.exec(text);
  const bad = () =>
    new Problem(line, `date: "${text}" is not a date; write it as 2026-03-18 or 2026-03-18T09:30:00Z`);
  if (!m) throw bad();
  const [, y, mo, d, h = '00', mi = '00', s = '00', zone = 'Z'] = m;
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${s}${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`;
  const date = new Date(iso);
  // Date rolls 2026-02-30 over to March; a real calendar day reads back the same.
  const sameDay = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (
    Number.isNaN(date.getTime()) ||
    sameDay.getUTCMonth() !== Number(mo) - 1 ||
    sameDay.getUTCDate() !== Number(d) ||
    Number(h) > 23 || Number(mi) > 59 || Number(s) > 59
  ) {
    throw bad();
  }
  return date;
}

function trimBlankLines(lines: string[]): { text: string; skipped: number } {
  let start = 0;
  while (start < lines.length && lines[start]!.trim() === '') start++;
  let end = lines.length;
  while (end > start && lines[end - 1]!.trim() === '') end--;
  return { text: lines.slice(start, end).join('\n'), skipped: start };
}
