/** The shape of an exponential backoff: first wait, longest wait, and jitter. */
export interface BackoffShape {
  readonly firstMs: number;
  readonly maxMs: number;
  /** Random extra wait, up to this fraction of the wait, so clients do not come back in step. */
  readonly jitterRatio: number;
  /** A poll loop caps even the server's Retry-After at `maxMs`; a one-off read waits as long as asked. */
  readonly capRetryAfter: boolean;
}

/**
 * The wait before attempt number `attempt` after a failure (1-based): `firstMs` doubling up to
 * `maxMs`, at least the server's Retry-After, plus jitter. The one formula for polls and read retries.
 */
export function backoffDelayMs(shape: BackoffShape, attempt: number, retryAfterMs: number | undefined, random: () => number): number {
  const exponential = Math.min(shape.maxMs, shape.firstMs * 2 ** Math.max(0, attempt - 1));
  const floor = Math.max(exponential, retryAfterMs ?? 0);
  const wait = shape.capRetryAfter ? Math.min(shape.maxMs, floor) : floor;
  return Math.round(wait * (1 + shape.jitterRatio * random()));
}
