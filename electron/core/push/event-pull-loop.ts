import { AppError } from '../../../shared/ipc/result';
import { backoffDelayMs, type BackoffShape } from '../../../shared/time/backoff';
import type { Clock } from '../ports/clock';
import type { PubSubApi, PulledMessage } from '../ports/pub-sub-api';
import type { Timers } from '../ports/timers';

/** Messages asked for per pull. */
export const MAX_MESSAGES_PER_PULL = 100;
/** A pull that answers nothing sooner than this is followed by a pause of this length, never a busy loop. */
export const MIN_EMPTY_PULL_MS = 1_000;
/** After failed pulls: 2 s doubling to 5 minutes, at least Google's Retry-After, with jitter. */
export const PULL_BACKOFF: BackoffShape = { firstMs: 2_000, maxMs: 5 * 60_000, jitterRatio: 0.2, capRetryAfter: true };

/** What the loop needs. */
export interface EventPullLoopDeps {
  readonly pubsub: PubSubApi;
  readonly clock: Clock;
  readonly timers: Timers;
  readonly random: () => number;
  /** Handles one batch and answers the ack ids to acknowledge (every message handled, malformed or duplicate). */
  readonly handle: (messages: ReadonlyArray<PulledMessage>) => Promise<ReadonlyArray<string>>;
  /** A pull or acknowledge failed; the loop backs off. */
  readonly onFailure: (error: unknown) => void;
  /** A pull succeeded (after failures this means delivery is back). */
  readonly onSuccess: () => void;
}

/**
 * Long pulls from Quickmeet's own Pub/Sub subscription, one at a time: handle, then acknowledge, then
 * pull again. Paused (the pull in flight cut short, no timer) across sleep and offline, and resumed
 * at once; failures back off through the app's one backoff formula.
 */
export class EventPullLoop {
  private subscription: string | undefined;
  private running = false;
  private generation = 0;
  private abort: AbortController | undefined;
  private wake: (() => void) | undefined;
  private done: Promise<void> = Promise.resolve();

  constructor(private readonly deps: EventPullLoopDeps) {}

  /** Starts pulling from `subscription` (restarts when it was pulling another). */
  start(subscription: string): void {
    this.subscription = subscription;
    this.restart();
  }

  /** Stops pulling; a pull in flight is cut short and its messages are left for redelivery. */
  pause(): void {
    this.running = false;
    this.generation += 1;
    this.abort?.abort();
    this.wake?.();
  }

  /** Pulls again after a pause (when started). */
  resume(): void {
    if (this.subscription && !this.running) this.restart();
  }

  /** Stops for good until the next `start`. */
  stop(): void {
    this.subscription = undefined;
    this.pause();
  }

  /** True while pulls run. */
  get active(): boolean {
    return this.running;
  }

  /** Settles once the current run has stopped (tests). */
  whenStopped(): Promise<void> {
    return this.done;
  }

  private restart(): void {
    this.pause();
    this.running = true;
    const generation = this.generation;
    const previous = this.done;
    this.done = previous.then(() => this.run(generation));
  }

  private async run(generation: number): Promise<void> {
    const current = () => generation === this.generation;
    let failures = 0;
    while (current() && this.subscription) {
      const subscription = this.subscription;
      const abort = new AbortController();
      this.abort = abort;
      const started = this.deps.clock.now();
      try {
        const messages = await this.deps.pubsub.pull(subscription, MAX_MESSAGES_PER_PULL, abort.signal);
        if (!current()) return;
        failures = 0;
        this.deps.onSuccess();
        const acks = await this.deps.handle(messages);
        if (acks.length > 0) await this.deps.pubsub.acknowledge(subscription, acks);
        if (messages.length === 0 && this.deps.clock.now() - started < MIN_EMPTY_PULL_MS) await this.sleep(MIN_EMPTY_PULL_MS, current);
      } catch (error) {
        if (!current()) return;
        failures += 1;
        this.deps.onFailure(error);
        const retryAfterMs = error instanceof AppError && error.retryAfterSeconds !== undefined ? error.retryAfterSeconds * 1000 : undefined;
        await this.sleep(backoffDelayMs(PULL_BACKOFF, failures, retryAfterMs, this.deps.random), current);
      }
    }
  }

  /** Waits `ms` on the injected timers, or less when paused. */
  private sleep(ms: number, current: () => boolean): Promise<void> {
    if (!current()) return Promise.resolve();
    return new Promise((resolve) => {
      const handle = this.deps.timers.setTimeout(() => {
        this.wake = undefined;
        resolve();
      }, ms);
      this.wake = () => {
        this.deps.timers.clearTimeout(handle);
        this.wake = undefined;
        resolve();
      };
    });
  }
}
