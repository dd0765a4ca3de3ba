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
JSON: entities (people, organisations, places with their names and mentions), quotes and who
said them, dates ("last week" becomes the days it means), and suggested topics and regions.
In a Markdown file the headline, standfirst and body are analysed together; the front
matter's date, lang and dateline are used when the flags are absent.

Options:
  --lang CODE        language of the story (default: front matter lang, else en)
  --date YYYY-MM-DD  publication day, the reference for "today" and "last week"
                     (default: front matter date; without one, relative dates stay unresolved)
  --dateline PLACE   the dateline place, counted as a place of the story
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
    const input: AnalysisInput = { text: story.text };
    const lang = values.lang ?? story.lang;
    const date = values.date ?? story.date;
    const dateline = values.dateline ?? story.dateline;
    if (lang) input.lang = lang;
    if (date) input.publishedAt = date.length === 10 ? `${date}T12:00:00Z` : date;
    if (dateline) input.datelinePlace = dateline;
    // Loaded here, not at the top: the gazetteers take a second that other commands should not pay.
    const { analyze } = await import('../understand/analyze.js');
    io.out(JSON.stringify(analyze(input), null, 2));
    return 0;
  },
};

/** A story file's text to analyse and the metadata its front matter gives (if it has one). */
export interface StoryText {
  text: string;
  lang?: string;
  date?: string;
  dateline?: string;
}

/**
 * Splits Markdown front matter from the body: the text analysed is the headline, the
 * standfirst and the body, one per paragraph. A file without front matter is analysed whole.
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
  const parts = [str(fm.headline), str(fm.standfirst), match[2]!.replace(/^\n+|\n+$/g, '')].filter((p): p is string => !!p && p.trim() !== '');
  const out: StoryText = { text: parts.join('\n\n') };
  const lang = str(fm.lang);
  const date = str(fm.date);
  const dateline = str(fm.dateline);
  if (lang) out.lang = lang;
  if (date) out.date = date;
  if (dateline) out.dateline = dateline;
  return out;
}
