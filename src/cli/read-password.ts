/**
 * Reads a password for `dateline user`: from stdin when it is piped (`… | dateline user create`),
 * or typed at the terminal without echo. It never comes from the command line, where it would
 * stay in the shell's history and show in the process list.
 */
import { UsageError } from './command.js';

/** Where the password comes from: the process's stdin and stderr (for the prompt), passed in. */
export interface PasswordSource {
  stdin: NodeJS.ReadStream;
  stderr: NodeJS.WriteStream;
}

/** The process's own streams. */
export function processPasswordSource(): PasswordSource {
  return { stdin: process.stdin, stderr: process.stderr };
}

/**
 * The password: typed twice on a terminal (the second time to catch a typo), or the whole of
 * piped stdin without its final line break.
 * @throws UsageError when nothing was given or the two typed passwords differ.
 */
export async function readNewPassword(source: PasswordSource, what: string): Promise<string> {
  if (!source.stdin.isTTY) {
    const text = await readAll(source.stdin);
    const password = text.replace(/\r?\n$/, '');
    if (password === '') throw new UsageError(`${what}: no password on stdin (pipe it in, or run on a terminal to type it)`);
    return password;
  }
  const first = await typeHidden(source, 'Password: ');
  const second = await typeHidden(source, 'Repeat the password: ');
  if (first !== second) throw new UsageError(`${what}: the two passwords typed differ; nothing was changed`);
  if (first === '') throw new UsageError(`${what}: no password typed`);
  return first;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads one line from the terminal in raw mode, echoing nothing; Ctrl-C gives up. */
function typeHidden(source: PasswordSource, prompt: string): Promise<string> {
  const { stdin, stderr } = source;
  stderr.write(prompt);
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (error?: Error) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (data: Buffer) => {
      for (const ch of data.toString('utf8')) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') return finish();
        if (ch === '\u0003') return finish(new UsageError('cancelled'));
        if (ch === '\u007f' || ch === '\b') typed = [...typed].slice(0, -1).join('');
        else if (ch >= ' ') typed += ch;
      }
    };
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on('data', onData);
  });
}
