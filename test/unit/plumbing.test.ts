import { describe, expect, it } from 'vitest';
import { createSerialQueue } from '../../shared/async/serial-queue';
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

describe('the one serial write queue', () => {
  it('runs tasks one at a time in order, goes on after a failure, and is idle once all finished', async () => {
    const queue = createSerialQueue();
    const log: string[] = [];
    let release!: () => void;
    const first = queue.run(() => new Promise<void>((resolve) => (release = resolve)).then(() => void log.push('first')));
    const failing = queue.run(async () => {
      log.push('second');
      throw new Error('disk full');
    });
    const third = queue.run(async () => void log.push('third'));
    let idle = false;
    void queue.idle().then(() => (idle = true));
    await Promise.resolve();
    expect(log).toEqual([]);
    release();
    await first;
    await expect(failing).rejects.toThrow('disk full');
    await third;
    await queue.idle();
    expect(log).toEqual(['first', 'second', 'third']);
    expect(idle).toBe(true);
  });
});
