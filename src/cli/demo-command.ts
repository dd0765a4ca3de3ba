import { loadConfig } from '../config/config.js';
import { loadMain } from './load-main.js';
import { writeDemoContentIfEmpty, type DemoContentCounts } from '../services/write-demo-content.js';
import { DATABASE_OPTION, parseCommandArgs, type Command } from './command.js';

const OPTIONS = { ...DATABASE_OPTION } as const;

/** `dateline demo`: writes the demo newsroom into a database that has no stories yet. */
export const demoCommand: Command = {
  name: 'demo',
  summary: 'Write the demo content into a database without stories',
  help: `Usage: dateline demo [--database URL]

Writes the demo newsroom (topics and regions named in six languages, authors, and some
forty published stories) so the site has something to show. A database that already has
stories is left alone: the command says so and exits 0.

Options:
  --database URL    sqlite:./file.db or postgres://… (default: DATELINE_DATABASE_URL)
  -h, --help        show this help

Example:
  DATELINE_DATABASE_URL=sqlite:./demo.db dateline demo`,

  async run(args, io) {
    const { values } = parseCommandArgs('demo', args, OPTIONS);
    const config = loadConfig(io.env, { database: values.database });
    const { openRuntime } = await loadMain();
    const runtime = await openRuntime(config);
    try {
      const counts = await writeDemoContentIfEmpty(runtime.contextFor(), new Date());
      io.out(
        counts
          ? `wrote the demo content: ${describeDemoCounts(counts)}`
          : 'the database already has stories; the demo content was not written',
      );
      return 0;
    } finally {
      await runtime.close();
    }
  },
};

/** "44 stories, 6 topics, 5 regions, 7 authors". */
export function describeDemoCounts(c: DemoContentCounts): string {
  return `${c.stories} stories, ${c.translations} translations, ${c.topics} topics, ${c.regions} regions, ${c.authors} authors`;
}
