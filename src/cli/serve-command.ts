import { loadConfig } from '../config/config.js';
import { loadMain } from './load-main.js';
import { enqueueUnanalysedStories } from '../services/enqueue-unanalysed-stories.js';
import { writeDemoContentIfEmpty } from '../services/write-demo-content.js';
import { writeDemoPeopleIfNone } from '../services/write-demo-people.js';
import { DATABASE_OPTION, parseCommandArgs, type Command } from './command.js';
import { describeDemoCounts } from './demo-command.js';

const OPTIONS = {
  ...DATABASE_OPTION,
  port: { type: 'string' },
  host: { type: 'string' },
  demo: { type: 'boolean' },
} as const;

/** `dateline serve`: migrates, optionally writes the demo content, and serves until SIGINT or SIGTERM. */
export const serveCommand: Command = {
  name: 'serve',
  summary: 'Start the web server (reader site, APIs, admin)',
  help: `Usage: dateline serve [--port N] [--host H] [--database URL] [--demo]

Migrates the database, then serves the reader site, the feeds, the APIs and the admin
until it receives SIGINT (Ctrl-C) or SIGTERM. Prints one line with the address it listens on.

Options:
  --port N          TCP port (default: PORT, else 3000; 0 picks a free port)
  --host H          interface to bind (default: HOST, else 127.0.0.1)
  --database URL    sqlite:./file.db or postgres://… (default: DATELINE_DATABASE_URL,
                    else sqlite:./data/dateline.db)
  --demo            write the demo content first when the database has no stories, and
                    demo accounts (printed once) when nobody can sign in yet
  -h, --help        show this help

Example:
  dateline serve --port 8080 --demo`,

  async run(args, io) {
    const { values } = parseCommandArgs('serve', args, OPTIONS);
    const config = loadConfig(io.env, { port: values.port, host: values.host, database: values.database });
    const { openRuntime, serve } = await loadMain();
    const runtime = await openRuntime(config);
    let address: string;
    try {
      if (values.demo) {
        const counts = await writeDemoContentIfEmpty(runtime.contextFor(), new Date());
        if (counts) io.err(`wrote the demo content: ${describeDemoCounts(counts)}`);
        // Its stories are analysed by the job runner once serving (entity pages follow within seconds),
        // including those of a demo database written before the analysis existed.
        await enqueueUnanalysedStories(runtime.contextFor());
      }
      ({ address } = await serve(runtime));
      if (values.demo) {
        const people = await writeDemoPeopleIfNone(runtime.contextFor());
        if (people) {
          io.err(`demo newsroom: sign in at ${config.siteUrl}/admin (passwords are shown only now; change one with dateline user reset-password EMAIL)`);
          for (const p of people) io.err(`  ${p.role.padEnd(11)} ${p.email.padEnd(26)} ${p.password}`);
        }
      }
    } catch (err) {
      await runtime.close();
      throw err;
    }
    io.out(`Dateline listening on ${address}`);
    // Resolving does not end the process: the server keeps it alive until a signal closes it.
    return 0;
  },
};
