import { loadConfig } from '../config/config.js';
import { DATABASE_OPTION, parseCommandArgs, type Command } from './command.js';

const OPTIONS = { ...DATABASE_OPTION } as const;

/** `dateline migrate`: brings the schema up to date and says which migrations it applied. */
export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'Bring the database schema up to date',
  help: `Usage: dateline migrate [--database URL]

Applies the migrations the database has not had yet, each in its own transaction, and
prints their names (or "up to date"). \`dateline serve\` does the same on start; run this
as a deploy step before new processes start.

Options:
  --database URL    sqlite:./file.db or postgres://… (default: DATELINE_DATABASE_URL)
  -h, --help        show this help

Example:
  DATELINE_DATABASE_URL=postgres://dateline@db/dateline dateline migrate`,

  async run(args, io) {
    const { values } = parseCommandArgs('migrate', args, OPTIONS);
    const config = loadConfig(io.env, { database: values.database });
    // Opened here rather than through openRuntime, which migrates too but keeps no report;
    // loaded on use, like main.js, so that --help does not wait for the database drivers.
    const [{ openDatabase }, { migrateToLatest }] = await Promise.all([import('../store/database.js'), import('../store/migrate.js')]);
    const database = openDatabase(config.database);
    try {
      const { applied } = await migrateToLatest(database);
      if (applied.length === 0) io.out('the database is up to date');
      for (const name of applied) io.out(`applied ${name}`);
      return 0;
    } finally {
      await database.close();
    }
  },
};
