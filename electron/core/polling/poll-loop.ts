import type { Clock } from '../ports/clock';
import { SLEEP_GAP_MS } from '../ports/system-events';
import { backoffDelayMs, resumeJitterMs } from './backoff';
import type { Timers } from '../ports/timers';

/** What a loop needs: its work, its pace, and time. */
export interface PollLoopOptions {
  readonly timers: Timers;
  readonly clock: Clock;
  readonly random: () => number;
  /** Milliseconds between polls in the current state, or undefined to make no calls at all. */
  readonly intervalMs: () => number | undefined;
  /** One poll. `isCurrent()` turns false when the poll was overtaken (sleep, offline) and its result must be dropped. */
  readonly poll: (isCurrent: () => boolean) => Promise<void>;
  /** Told about each failed poll; the loop then backs off. */
  readonly onFailure: (error: unknown) => void;
}


/**
 * A self-rescheduling poll: never two in flight, pace chosen after each poll, backoff on failure,
 * paused while asleep or offline (no timer at all, so no calls), resumed with jitter.
 */
export class PollLoop {
  private timer: unknown;
  private dueAt: number | undefined;
  private inFlight = false;
  private rerun = false;
  private paused = false;
  private generation = 0;
  private failures = 0;
  private lastFailure: unknown;
  private lastPollEnd = Number.NEGATIVE_INFINITY;
  private idleWaiters: Array<() => void> = [];

  constructor(private readonly options: PollLoopOptions) {}

  /** Polls as soon as possible (window opened, conference selected); never overlaps a running poll. */
  pollNow(): void {
    if (this.paused) return;
    if (this.inFlight) {
      this.rerun = true;
      return;
    }
    if (this.failures > 0) return; // a backoff is running; its timer decides
    this.schedule(0);
  }

  /** Re-reads the pace after a state change, keeping the time since the last poll. */
  reschedule(): void {
    if (this.paused || this.inFlight || this.failures > 0) return;
    const interval = this.options.intervalMs();
    if (interval === undefined) return this.cancel();
    const due = Math.max(0, this.lastPollEnd + interval - this.options.clock.now());
    this.schedule(due);
  }

  /** Stops polling until {@link resume}; a poll in flight has its result dropped. */
  pause(): void {
    this.paused = true;
    this.generation += 1;
    this.cancel();
  }

  /** Restarts after sleep or offline, soon but jittered; failures are forgotten. */
  resume(): void {
    this.paused = false;
    this.generation += 1;
    this.failures = 0;
    if (this.inFlight) {
      this.rerun = true;
      return;
    }
    if (this.options.intervalMs() !== undefined) this.schedule(resumeJitterMs(this.options.random));
  }

  /**
   * Starts over for another account: a poll in flight has its result dropped, backoff and the time of
   * the last poll are forgotten, and the pace is read again at once.
   */
  restart(): void {
    this.generation += 1;
    this.failures = 0;
    this.rerun = false;
    this.lastPollEnd = Number.NEGATIVE_INFINITY;
    this.reschedule();
  }

  /** Stops for good. */
  stop(): void {
    this.pause();
  }

  /** Resolves once no poll is running (tests and benchmarks use it to wait for real I/O). */
  whenIdle(): Promise<void> {
    return this.inFlight ? new Promise((resolve) => this.idleWaiters.push(resolve)) : Promise.resolve();
  }

  private schedule(delayMs: number): void {
    this.cancel();
    this.dueAt = this.options.clock.now() + delayMs;
    this.timer = this.options.timers.setTimeout(() => void this.run(), delayMs);
  }

  private cancel(): void {
    if (this.timer !== undefined) this.options.timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.dueAt = undefined;
  }

  private async run(): Promise<void> {
    const expected = this.dueAt;
    this.timer = undefined;
    this.dueAt = undefined;
    if (this.paused || this.inFlight) return;
    // Timers do not tick during sleep: a late timer means a wake the OS may not have reported.
    if (expected !== undefined && this.options.clock.now() - expected > SLEEP_GAP_MS) this.failures = 0;
    this.inFlight = true;
    const generation = this.generation;
    try {
      await this.options.poll(() => generation === this.generation);
      if (generation === this.generation) this.failures = 0;
    } catch (error) {
      if (generation === this.generation) {
        this.failures += 1;
        this.lastFailure = error;
        this.options.onFailure(error);
      }
    } finally {
      this.inFlight = false;
      this.lastPollEnd = this.options.clock.now();
      this.afterPoll();
      this.idleWaiters.splice(0).forEach((resolve) => resolve());
    }
  }

  private afterPoll(): void {
    if (this.paused) return;
    if (this.failures > 0) {
      this.rerun = false;
      return this.schedule(backoffDelayMs(this.failures, this.lastFailure, this.options.random));
    }
    if (this.rerun) {
      this.rerun = false;
      return this.schedule(0);
    }
    this.reschedule();
  }
}
