/** A clock that tests move by hand, so dates in stories and lists are known in advance. */
export interface ManualClock {
  /** The current time; pass this function to createTestDatabase. */
  now: () => Date;
  /** Sets the time to an ISO 8601 instant. */
  set(iso: string): void;
  /** Moves the time forward by minutes (back when negative). */
  advance(minutes: number): void;
}

/** A clock standing at `startIso` until it is moved. */
export function manualClock(startIso: string): ManualClock {
  let ms = Date.parse(startIso);
  if (Number.isNaN(ms)) throw new Error(`not an instant: ${startIso}`);
  return {
    now: () => new Date(ms),
    set(iso) {
      ms = Date.parse(iso);
      if (Number.isNaN(ms)) throw new Error(`not an instant: ${iso}`);
    },
    advance(minutes) {
      ms += minutes * 60_000;
    },
  };
}
