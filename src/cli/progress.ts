import type { CliIo } from './command.js';

/** A one-line progress display for long work: redrawn on a terminal, silent in pipes and logs. */
export interface Progress {
  /** Shows that item `index` (0-based) of the total, named `label`, is under way. */
  show(index: number, label: string): void;
  /** Wipes the line, so a message can be printed in its place (the next `show` redraws it). */
  clear(): void;
  /** Wipes the line for good. */
  done(): void;
}

const ERASE_LINE = '\r\x1b[2K';

/** Progress on stderr when it is a terminal; a no-op otherwise. */
export function createProgress(io: CliIo, total: number): Progress {
  if (!io.errIsTty) return { show() {}, clear() {}, done() {} };
  let drawn = false;
  const clear = () => {
    if (drawn) io.errRaw(ERASE_LINE);
    drawn = false;
  };
  return {
    show(index, label) {
      io.errRaw(`${ERASE_LINE}[${index + 1}/${total}] ${label}`);
      drawn = true;
    },
    clear,
    done: clear,
  };
}
