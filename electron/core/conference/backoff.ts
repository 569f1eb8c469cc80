import { AppError } from '../../../shared/ipc/result';

/** Longest wait between attempts after repeated failures. */
export const MAX_BACKOFF_MS = 5 * 60 * 1000;
const FIRST_BACKOFF_MS = 5_000;

/**
 * How long to wait after the `failures`-th consecutive failure: exponential from 5 s, at least the
 * server's Retry-After, capped at {@link MAX_BACKOFF_MS}, plus up to 20 % jitter so many clients do
 * not come back in step.
 */
export function backoffDelayMs(failures: number, error: unknown, random: () => number): number {
  const exponential = FIRST_BACKOFF_MS * 2 ** Math.max(0, failures - 1);
  const retryAfterMs = error instanceof AppError && error.retryAfterSeconds !== undefined ? error.retryAfterSeconds * 1000 : 0;
  const base = Math.min(MAX_BACKOFF_MS, Math.max(exponential, retryAfterMs));
  return Math.round(base * (1 + 0.2 * random()));
}

/** Up to 1.5 s, so polls restarted on wake do not all leave at the same instant. */
export function resumeJitterMs(random: () => number): number {
  return Math.round(1_500 * random());
}
