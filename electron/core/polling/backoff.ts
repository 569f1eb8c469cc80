import { AppError } from '../../../shared/ipc/result';
import { backoffDelayMs as backoff, type BackoffShape } from '../../../shared/time/backoff';

/** Longest wait between attempts after repeated failures. */
export const MAX_BACKOFF_MS = 5 * 60 * 1000;
const POLL_BACKOFF: BackoffShape = { firstMs: 5_000, maxMs: MAX_BACKOFF_MS, jitterRatio: 0.2, capRetryAfter: true };

/**
 * How long to wait after the `failures`-th consecutive failure: exponential from 5 s, at least the
 * server's Retry-After, capped at {@link MAX_BACKOFF_MS}, plus up to 20 % jitter so many clients do
 * not come back in step.
 */
export function backoffDelayMs(failures: number, error: unknown, random: () => number): number {
  const retryAfterMs = error instanceof AppError && error.retryAfterSeconds !== undefined ? error.retryAfterSeconds * 1000 : undefined;
  return backoff(POLL_BACKOFF, failures, retryAfterMs, random);
}

/** Up to 1.5 s, so polls restarted on wake do not all leave at the same instant. */
export function resumeJitterMs(random: () => number): number {
  return Math.round(1_500 * random());
}
