/**
 * Runs the real `bin/dateline` as a subprocess, the way a person or a script does, with a
 * clean environment (only what the test gives plus PATH), and collects its output.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (compiled tests live in dist/test/cli/). */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The executable users run. */
export const BIN = join(ROOT, 'bin', 'dateline');
/** Our own Markdown stories for the importer. */
export const IMPORT_FIXTURES = join(ROOT, 'test', 'fixtures', 'import');

/** What a finished run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

let mediaDir: string | undefined;

/** Where the commands' pictures (the demo's) go: a temporary directory, never the working tree's ./data/media. */
function testMediaDir(): string {
  if (!mediaDir) {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-cli-media-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    mediaDir = dir;
  }
  return mediaDir;
}

/** The environment every run starts from: no DATELINE_* of the developer's shell leaks in. */
export function baseEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', DATELINE_LOG_LEVEL: 'warn', DATELINE_MEDIA_DIR: testMediaDir(), ...extra };
}

/** Runs `dateline args…` to completion. */
export function runCli(args: string[], env: Record<string, string> = {}, cwd = ROOT): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [BIN, ...args], { env: baseEnv(env), cwd, timeout: 60_000 }, (err, stdout, stderr) => {
      if (err && typeof err.code !== 'number') return reject(err);
      resolve({ code: err ? (err.code as number) : 0, stdout, stderr });
    });
  });
}

/** A temporary directory with an SQLite URL inside it (the file is made by the first command). */
export function tempSqlite(): { dir: string; url: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-cli-'));
  return { dir, url: `sqlite:${join(dir, 'dateline.db')}`, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
