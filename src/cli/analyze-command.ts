import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import type { AnalysisInput } from '../understand/types.js';
import { parseCommandArgs, UsageError, type Command } from './command.js';

const OPTIONS = { lang: { type: 'string' }, date: { type: 'string' }, dateline: { type: 'string' } } as const;

/** `dateline analyze`: prints the understanding of one story file as JSON. */
export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'Print what a story says (people, organisations, places, quotes, dates) as JSON',
  help: `Usage: dateline analyze <file> [--lang en] [--date YYYY-MM-DD] [--dateline PLACE]

Reads one story, plain text or Markdown with YAML front matter, and prints its analysis as
JSON: entities (people, organisations and places, with role, aliases and mentions), quotes
and who said them, dates with the days they mean ("last week" becomes its Monday to Sunday),
and suggested topics and regions with the reason for each. In a Markdown file the front
matter's headline is analysed with the standfirst and body, and its date, lang and dateline
are used when the flags are absent. Offsets index the analysed text (standfirst and body), or
the headline where a mention says "field": "headline".

Options:
  --lang CODE        language of the story (default: front matter lang, else en)
  --date YYYY-MM-DD  publication day, the reference for "today", "last week", "Aug. 25"
                     (default: front matter date, else today, with a note on stderr)
  --dateline PLACE   the dateline place (default: front matter dateline): it weighs in the
                     suggested regions; it is an entity only where the text names it
  -h, --help         show this help

Example:
  dateline analyze stories/ban-in-moscow.md --date 2010-03-18`,

  async run(args, io) {
    const { values, positionals } = parseCommandArgs('analyze', args, OPTIONS, true);
    if (positionals.length !== 1) throw new UsageError('analyze needs exactly one file (see dateline analyze --help)');
    if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
      throw new UsageError(`analyze: --date must look like 2010-03-18, not "${values.date}"`);
    }
    const file = positionals[0]!;
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new Error(`${file}: cannot read the file${code === 'ENOENT' ? ': no such file' : code ? ` (${code})` : ''}`);
    }
    const story = readStoryText(text);
    let date = values.date ?? story.date;
    if (!date) {
      date = new Date().toISOString().slice(0, 10);
      io.err(`analyze: no --date and no date in the front matter: relative dates are read against today, ${date}`);
    }
    const publishedAt = /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T12:00:00Z` : date;
    if (Number.isNaN(new Date(publishedAt).getTime())) throw new Error(`${file}: the front matter date "${date}" is not a date (use YYYY-MM-DD)`);
    const input: AnalysisInput = { text: story.text, lang: values.lang ?? story.lang ?? 'en', publishedAt };
    const dateline = values.dateline ?? story.dateline;
    if (dateline) input.datelinePlace = dateline;
    if (story.headline) input.headline = story.headline;
    // Loaded here, not at the top: the gazetteers take a second that other commands should not pay.
    const { analyze } = await import('../understand/analyze.js');
    io.out(JSON.stringify(analyze(input), null, 2));
    return 0;
  },
};

/** A story file's text to analyse and the metadata its front matter gives (if it has one). */
export interface StoryText {
  /** The standfirst and body (or the whole file when it has no front matter). */
  text: string;
  headline?: string;
  lang?: string;
  date?: string;
  dateline?: string;
}

/**
 * Splits Markdown front matter from the body: the text analysed is the standfirst and the
 * body, one per paragraph, and the headline goes alongside. A file without front matter is
 * analysed whole.
 */
export function readStoryText(file: string): StoryText {
  const source = file.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const match = /^---\n([\s\S]*?)\n(?:---|\.\.\.)\n?([\s\S]*)$/.exec(source);
  if (!match) return { text: source };
  let fm: Record<string, unknown> = {};
  try {
    const parsed: unknown = parseYaml(match[1]!);
    if (parsed && typeof parsed === 'object') fm = parsed as Record<string, unknown>;
  } catch {
    throw new Error('the front matter is not valid YAML');
  }
  const str = (v: unknown) => (v instanceof Date ? v.toISOString() : typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
  const body = match[2]!.replace(/^\n+/, '');
  const standfirst = str(fm.standfirst);
  const out: StoryText = { text: standfirst?.trim() ? `${standfirst}\n\n${body}` : body };
  const headline = str(fm.headline);
  if (headline?.trim()) out.headline = headline;
  const lang = str(fm.lang);
  const date = str(fm.date);
  const dateline = str(fm.dateline);
  if (lang) out.lang = lang;
  if (date) out.date = date;
  if (dateline) out.dateline = dateline;
  return out;
}
