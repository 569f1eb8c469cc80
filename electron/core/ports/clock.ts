/** Wall-clock time, injectable so tests can move it (token expiry survives sleep by using it). */
export interface Clock {
  now(): number;
}

/** The real clock. */
export const systemClock: Clock = { now: () => Date.now() };
