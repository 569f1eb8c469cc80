import { describe, expect, it } from 'vitest';
import { createListeners } from '../../shared/events/listeners';
import { backoffDelayMs, type BackoffShape } from '../../shared/time/backoff';

describe('the one backoff formula', () => {
  const poll: BackoffShape = { firstMs: 5_000, maxMs: 300_000, jitterRatio: 0.2, capRetryAfter: true };
  const read: BackoffShape = { ...poll, firstMs: 500, maxMs: 8_000, capRetryAfter: false };
  const noJitter = () => 0;

  it('doubles from the first wait up to the longest', () => {
    expect([1, 2, 3, 4, 10].map((attempt) => backoffDelayMs(read, attempt, undefined, noJitter))).toEqual([500, 1_000, 2_000, 4_000, 8_000]);
  });

  it("waits at least the server's Retry-After; a poll loop caps even that, a read does not", () => {
    expect(backoffDelayMs(read, 1, 30_000, noJitter)).toBe(30_000);
    expect(backoffDelayMs(poll, 1, 30_000, noJitter)).toBe(30_000);
    expect(backoffDelayMs(poll, 1, 3_600_000, noJitter)).toBe(300_000);
    expect(backoffDelayMs(read, 1, 3_600_000, noJitter)).toBe(3_600_000);
  });

  it('adds at most the jitter fraction', () => {
    expect(backoffDelayMs(poll, 1, undefined, () => 1)).toBe(6_000);
    expect(backoffDelayMs(poll, 1, undefined, () => 0.5)).toBe(5_500);
  });
});

describe('the one typed emitter', () => {
  it('calls listeners in the order added, and not after their remove', () => {
    const listeners = createListeners<[value: number]>();
    const seen: string[] = [];
    const removeA = listeners.add((value) => seen.push(`a${value}`));
    listeners.add((value) => seen.push(`b${value}`));
    listeners.emit(1);
    removeA();
    listeners.emit(2);
    listeners.clear();
    listeners.emit(3);
    expect(seen).toEqual(['a1', 'b1', 'b2']);
  });
});
