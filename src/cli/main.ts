/**
 * The `dateline` command line: picks the command, answers `--help`, and turns every failure
 * into one line on stderr with an exit code (2: the command line or configuration is wrong,
 * 1: the work failed). No stack traces: the message says what to fix.
 */
import { ConfigError } from '../config/config.js';
import { analyzeCommand } from './analyze-command.js';
import { apikeyCommand } from './apikey-command.js';
import { USAGE_EXIT, UsageError, type CliIo, type Command } from './command.js';
import { demoCommand } from './demo-command.js';
import { importCommand } from './import-command.js';
import { migrateCommand } from './migrate-command.js';
import { serveCommand } from './serve-command.js';
import { userCommand } from './user-command.js';

const COMMANDS: readonly Command[] = [serveCommand, migrateCommand, demoCommand, userCommand, apikeyCommand, importCommand, analyzeCommand];

const PROGRAM_HELP = `Usage: dateline <command> [options]

Dateline, a newsroom publishing platform for international, multilingual news.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n')}

Run "dateline <command> --help" for a command's options and an example.

Configuration comes from the environment; a command's flags win:
  DATELINE_DATABASE_URL   sqlite:./data/dateline.db (default) or postgres://user@host/db
  PORT, HOST              where serve listens (3000, 127.0.0.1)
  DATELINE_SITE_URL       the public origin used in links and feeds
  DATELINE_LANGUAGES      content languages, the first the default (en,fr,es,ar,zh,ru)

Example:
  dateline serve --demo`;

/** Runs the command named by `argv` (the arguments after the program) and returns the exit code. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (err) {
    if (err instanceof UsageError || err instanceof ConfigError) {
      io.err(`dateline: ${err.message}`);
      return USAGE_EXIT;
    }
    io.err(`dateline: ${describeFailure(err)}`);
    return 1;
  }
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    io.err(PROGRAM_HELP);
    return USAGE_EXIT;
  }
  if (name === '--help' || name === '-h') {
    io.out(PROGRAM_HELP);
    return 0;
  }
  if (name === 'help') {
    const topic = args[0];
    io.out(topic === undefined ? PROGRAM_HELP : findCommand(topic).help);
    return 0;
  }
  if (name.startsWith('-')) throw new UsageError(`unknown option ${name} (see dateline --help)`);
  const command = findCommand(name);
  if (asksForHelp(args)) {
    io.out(command.help);
    return 0;
  }
  return command.run(args, io);
}

function findCommand(name: string): Command {
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new UsageError(`unknown command "${name}" (see dateline --help)`);
  return command;
}

/** True when `--help` or `-h` comes before any `--` (after which arguments are taken literally). */
function asksForHelp(args: string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/** One line for a failure; a failed connection to several addresses has only an empty message of its own. */
function describeFailure(err: unknown): string {
  if (err instanceof AggregateError && err.message === '') {
    return err.errors.map((e: unknown) => describeFailure(e)).join('; ');
  }
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0] ?? message;
}

function processIo(): CliIo {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    errRaw: (text) => process.stderr.write(text),
    errIsTty: process.stderr.isTTY === true,
    env: process.env,
  };
}
