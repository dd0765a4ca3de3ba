/**
 * The wiring module (src/main.ts), loaded when a command first needs the database or the
 * server: it pulls in the whole web room, and `--help` or a usage error should answer at once.
 */
export function loadMain(): Promise<typeof import('../main.js')> {
  return import('../main.js');
}
