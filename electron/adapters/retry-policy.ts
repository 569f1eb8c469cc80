import { backoffDelayMs } from '../../shared/time/backoff';

/**
 * When to repeat a failed read. gaxios ignores Retry-After and retries with fixed delays, so reads
 * use this loop instead: exponential backoff with jitter, Retry-After as a floor, and a total cap.
 */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** No retry starts once this much time (first attempt included) would have passed. */
  readonly totalCapMs: number;
  /** Random extra delay, up to this fraction of the delay, so clients do not retry in lockstep. */
  readonly jitterRatio: number;
}

/** Reads: 4 attempts (1 + 3 retries), 0.5 s doubling to 8 s, at most 30 s in all. */
export const DEFAULT_READ_RETRY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 8_000, totalCapMs: 30_000, jitterRatio: 0.2 };

/** A failure's verdict: retry or not, and the server's requested wait if any. */
export interface RetryVerdict {
  readonly retry: boolean;
  readonly retryAfterMs?: number;
}

/** Time and randomness, injectable for tests. */
export interface RetryEnvironment {
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly random: () => number;
}

/** The real clock, timers and Math.random. */
export const realRetryEnvironment: RetryEnvironment = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

/** The wait before retry number `retry` (1-based): backoff or Retry-After, whichever is longer, plus jitter. */
export function retryDelayMs(policy: RetryPolicy, retry: number, retryAfterMs: number | undefined, random: () => number): number {
  const shape = { firstMs: policy.baseDelayMs, maxMs: policy.maxDelayMs, jitterRatio: policy.jitterRatio, capRetryAfter: false };
  return backoffDelayMs(shape, retry, retryAfterMs, random);
}

/** Runs `attempt` until it succeeds, `classify` says stop, attempts run out, or the next wait would pass the cap. */
export async function withRetry<T>(
  attempt: () => Promise<T>,
  classify: (error: unknown) => RetryVerdict,
  policy: RetryPolicy = DEFAULT_READ_RETRY,
  env: RetryEnvironment = realRetryEnvironment,
): Promise<T> {
  const started = env.now();
  for (let number = 1; ; number += 1) {
    try {
      return await attempt();
    } catch (error) {
      const verdict = classify(error);
      if (!verdict.retry || number >= policy.maxAttempts) throw error;
      const delay = retryDelayMs(policy, number, verdict.retryAfterMs, env.random);
      if (env.now() - started + delay > policy.totalCapMs) throw error;
      await env.sleep(delay);
    }
  }
}
