import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';

/** A server running in a child process. */
export interface ChildServer {
  pid: number;
  /** `http://127.0.0.1:<port>` */
  address: string;
  /** Resident memory of the process now, in bytes (from /proc/<pid>/status). */
  rss(): number | undefined;
  /** Asks it to stop (SIGTERM) and waits until it has, killing it after 5 s. */
  stop(): Promise<void>;
}

const canPin = availableParallelism() >= 2 && spawnSync('taskset', ['-V']).status === 0;

/**
 * Keeps the load generator (this process) on CPU 0 so that a server pinned to CPU 1 never
 * shares a core with it. Returns a line saying what was done.
 */
export function pinLoadGenerator(): string {
  if (!canPin) return 'not pinned to cores (needs taskset and 2 CPUs)';
  spawnSync('taskset', ['-pc', '0', String(process.pid)]);
  return 'load generator on CPU 0, servers on CPU 1';
}

/**
 * Starts `node <script> <args…>` (on CPU 1 when pinning is possible) and waits for the JSON line
 * with its address on stdout. Rejects if it exits or says nothing within `timeoutMs`.
 */
export function startChildServer(script: string, args: string[], timeoutMs = 20_000): Promise<ChildServer> {
  const command = canPin ? 'taskset' : process.execPath;
  const argv = canPin ? ['-c', '1', process.execPath, script, ...args] : [script, ...args];
  const child = spawn(command, argv, { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} did not start within ${timeoutMs} ms`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with code ${code} before listening`));
    });
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => {
      clearTimeout(timer);
      child.removeAllListeners('exit');
      let address: string;
      try {
        address = (JSON.parse(line) as { address: string }).address;
      } catch {
        child.kill('SIGKILL');
        reject(new Error(`${script} said ${JSON.stringify(line)} instead of its address`));
        return;
      }
      // taskset execs node, so the child's pid is the server's.
      resolve({ pid: child.pid!, address, rss: () => readRss(child.pid!), stop: () => stopChild(child) });
    });
  });
}

function readRss(pid: number): number | undefined {
  try {
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Number(kb) * 1024;
  } catch {
    return undefined;
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
