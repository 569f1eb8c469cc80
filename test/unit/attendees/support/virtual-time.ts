import type { Clock } from '../../../../electron/core/ports/clock';
import type { Timers } from '../../../../electron/core/ports/timers';

interface Pending {
  readonly id: number;
  readonly at: number;
  readonly callback: () => void;
}

/** Lets pending promise callbacks (fake API answers, cache writes) run before time moves on. */
const settleMicrotasks = async () => {
  for (let i = 0; i < 5; i += 1) await new Promise<void>((resolve) => setImmediate(resolve));
};

/**
 * A clock and timers that move only when told: an hour of polling runs in milliseconds. Between
 * timers it waits for `settle` (e.g. a poll loop's `whenIdle`) so real I/O can finish first.
 */
export class VirtualTime implements Clock, Timers {
  private time: number;
  private nextId = 1;
  private queue: Pending[] = [];
  settle: () => Promise<void> = async () => undefined;

  constructor(start = Date.parse('2026-11-24T09:00:00Z')) {
    this.time = start;
  }

  now = (): number => this.time;

  setTimeout = (callback: () => void, delayMs: number): unknown => {
    const pending = { id: this.nextId++, at: this.time + Math.max(0, delayMs), callback };
    this.queue.push(pending);
    return pending.id;
  };

  clearTimeout = (handle: unknown): void => {
    this.queue = this.queue.filter((pending) => pending.id !== handle);
  };

  /** Timers waiting to fire. */
  get pendingCount(): number {
    return this.queue.length;
  }

  /** Moves time forward by `ms`, firing every timer that falls due on the way, in order. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    await this.flush();
    for (;;) {
      const due = this.queue.filter((pending) => pending.at <= end).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.queue = this.queue.filter((pending) => pending !== due);
      this.time = Math.max(this.time, due.at);
      due.callback();
      await this.flush();
    }
    this.time = end;
    await this.flush();
  }

  /** Jumps the wall clock without firing timers, as a sleeping laptop sees it. */
  jump(ms: number): void {
    this.time += ms;
  }

  private async flush(): Promise<void> {
    await settleMicrotasks();
    await this.settle();
    await settleMicrotasks();
  }
}
