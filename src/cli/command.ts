/**
 * What every `dateline` command is made of: a name, a help text, and a run function that gets
 * its arguments and the process's streams and returns an exit code.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** The process as a command sees it: passed in, so commands never reach for globals. */
export interface CliIo {
  /** Writes one line of output (results a script may read). */
  out(line: string): void;
  /** Writes one line of diagnostics (progress, problems, notes). */
  err(line: string): void;
  /** Writes raw text to stderr (progress that redraws its line). */
  errRaw(text: string): void;
  /** True when stderr is a terminal: only then is progress shown. */
  errIsTty: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

/** One `dateline` command. */
export interface Command {
  name: string;
  /** One line for the program's command list. */
  summary: string;
  /** The full `--help` text: usage, options, an example. */
  help: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** Exit code for a command line that cannot be understood (unknown command, option or value). */
export const USAGE_EXIT = 2;

/** A mistake in the command line; printed as one line, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** The `--database` option of commands that open the database. */
export const DATABASE_OPTION = { database: { type: 'string' } } as const satisfies Options;

/**
 * Parses a command's arguments strictly; an unknown option, a missing value or an unexpected
 * argument becomes a {@link UsageError} naming it and the command.
 */
export function parseCommandArgs<O extends Options>(command: string, args: string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (err) {
    const e = err as Error & { code?: string };
    const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? '';
    const hint = `(see dateline ${command} --help)`;
    switch (e.code) {
      case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
        throw new UsageError(`unknown option ${quoted} for "${command}" ${hint}`);
      case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
        throw new UsageError(`unexpected argument "${quoted}" for "${command}" ${hint}`);
      case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
        throw new UsageError(`${e.message.split('. ')[0]} ${hint}`);
      default:
        throw err;
    }
  }
}
