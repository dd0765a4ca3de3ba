import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig } from '../config/config.js';
import { loadMain } from './load-main.js';
import { importMarkdownStory, type ImportOutcome } from '../services/import-markdown.js';
import { DATABASE_OPTION, parseCommandArgs, UsageError, type Command } from './command.js';
import { createProgress } from './progress.js';

const OPTIONS = { ...DATABASE_OPTION, format: { type: 'string', default: 'md' } } as const;
const FORMATS = ['md'];

/** `dateline import`: reads story files and hands each to the import service; prints problems and a summary. */
export const importCommand: Command = {
  name: 'import',
  summary: 'Import stories from Markdown files with YAML front matter',
  help: `Usage: dateline import <files or directories…> [--format md] [--database URL]

Imports each Markdown file (a directory stands for the .md files under it) as a story.
The YAML front matter between two "---" lines says:
  headline (required), standfirst, date (2026-03-18 or 2026-03-18T09:30:00Z), lang,
  type (news|feature|interview|audio|photo|brief), topics, regions, tags, authors,
  dateline, status (draft|published), slug, featured (true|false)
Topics, regions and tags may be given by slug or by name ("Climate change"); missing ones
are created. A story is known by its language and slug (front matter slug, else made from
the headline): importing a file again updates its story only where something changed.
A published story gets date as its publication time.

Each file that cannot be imported is reported as "file:line: reason" on stderr while the
others import. Exit code 1 when any file failed.

Options:
  --format md       the file format (only md, Markdown with front matter, for now)
  --database URL    sqlite:./file.db or postgres://… (default: DATELINE_DATABASE_URL)
  -h, --help        show this help

Example:
  dateline import stories/*.md`,

  async run(args, io) {
    const { values, positionals } = parseCommandArgs('import', args, OPTIONS, true);
    if (!FORMATS.includes(values.format)) {
      throw new UsageError(`import: format "${values.format}" is not supported; use ${FORMATS.join(', ')}`);
    }
    if (positionals.length === 0) throw new UsageError('import needs at least one file (see dateline import --help)');
    const config = loadConfig(io.env, { database: values.database });
    const files = await expandPaths(positionals);
    const { openRuntime } = await loadMain();
    const runtime = await openRuntime(config);
    const counts: Record<ImportOutcome | 'failed', number> = { created: 0, updated: 0, unchanged: 0, failed: 0 };
    const progress = createProgress(io, files.length);
    const fail = (line: string) => {
      progress.clear();
      io.err(line);
      counts.failed++;
    };
    try {
      const ctx = runtime.contextFor();
      for (const [i, file] of files.entries()) {
        progress.show(i, file);
        const text = await readText(file);
        if (typeof text !== 'string') {
          fail(`${file}:1: ${text.reason}`);
          continue;
        }
        const result = await importMarkdownStory(ctx, text);
        if (result.ok) counts[result.outcome]++;
        else fail(`${file}:${result.problem.line}: ${result.problem.reason}`);
      }
    } finally {
      progress.done();
      await runtime.close();
    }
    const imported = counts.created + counts.updated + counts.unchanged;
    io.out(
      `${imported} imported (${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged), ` +
        `${counts.failed} failed`,
    );
    return counts.failed > 0 ? 1 : 0;
  },
};

/** The files named, with each directory replaced by the .md files under it, in name order. */
async function expandPaths(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info?.isDirectory()) {
      out.push(path); // a missing file is reported with the others, as file:1
      continue;
    }
    const entries = await readdir(path, { recursive: true, withFileTypes: true });
    const found = entries
      .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.md'))
      .map((e) => join(e.parentPath, e.name))
      .sort();
    out.push(...found);
  }
  return out;
}

async function readText(file: string): Promise<string | { reason: string }> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : (err as Error).message;
    return { reason: `cannot read the file: ${why}` };
  }
}
