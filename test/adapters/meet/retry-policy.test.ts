import { describe, expect, it } from 'vitest';
import { retryDelayMs, withRetry, type RetryEnvironment } from '../../../electron/adapters/retry-policy';

/** A clock that moves only when the code under test sleeps. */
function fakeEnvironment(random = 0.5): RetryEnvironment & { sleeps: number[] } {
  let time = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => time,
    sleep: async (ms) => {
      sleeps.push(ms);
      time += ms;
    },
    random: () => random,
  };
}

const policy = { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 8_000, totalCapMs: 30_000, jitterRatio: 0.2 };

describe('withRetry', () => {
  it('repeats transient failures with growing, jittered waits and then succeeds', async () => {
    const env = fakeEnvironment();
    let attempts = 0;
    const value = await withRetry(
      async () => {
        attempts += 1;
        if (attempts < 3) throw new Error('503');
        return 'ok';
      },
      () => ({ retry: true }),
      policy,
      env,
    );
    expect(value).toBe('ok');
    expect(attempts).toBe(3);
    expect(env.sleeps).toEqual([550, 1100]);
  });

  it('waits at least Retry-After before the next attempt', async () => {
    const env = fakeEnvironment(0);
    let attempts = 0;
    await withRetry(
      async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('429');
      },
      () => ({ retry: true, retryAfterMs: 2_000 }),
      policy,
      env,
    );
    expect(env.sleeps).toEqual([2_000]);
  });

  it('gives up after the attempt limit, on a permanent failure, or when the wait would pass the cap', async () => {
    const env = fakeEnvironment();
    let attempts = 0;
    const failing = async () => {
      attempts += 1;
      throw new Error(`attempt ${attempts}`);
    };
    await expect(withRetry(failing, () => ({ retry: true }), policy, env)).rejects.toThrow('attempt 4');
    attempts = 0;
    await expect(withRetry(failing, () => ({ retry: false }), policy, env)).rejects.toThrow('attempt 1');
    attempts = 0;
    await expect(withRetry(failing, () => ({ retry: true, retryAfterMs: 60_000 }), policy, fakeEnvironment())).rejects.toThrow('attempt 1');
  });

  it('never waits longer than the cap allows, whatever the jitter', () => {
    for (const random of [0, 0.3, 0.999]) {
      const delay = retryDelayMs(policy, 10, undefined, () => random);
      expect(delay).toBeGreaterThanOrEqual(8_000);
      expect(delay).toBeLessThanOrEqual(9_600);
    }
  });
});
