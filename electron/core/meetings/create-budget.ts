import type { Clock } from '../ports/clock';

/** Google's per-user limit for spaces.create: 10 per minute. */
export const CREATES_PER_MINUTE = 10;
const WINDOW_MS = 60_000;

/**
 * Either a slot was taken, or how long to wait for the next one, and why: Quickmeet's own pacing
 * (`local`), or Google's last 429 still running (`google`).
 */
export type BudgetDecision = { readonly granted: true } | { readonly granted: false; readonly waitMs: number; readonly cause?: 'google' };

/**
 * Client-side budget for spaces.create over a sliding one-minute window, shared by user clicks and
 * background refills, so Quickmeet never asks Google for an 11th space within a minute. A 429 from
 * Google blocks the budget until its Retry-After has passed.
 */
export class CreateBudget {
  private readonly taken: number[] = [];
  private blockedUntil = 0;

  constructor(
    private readonly clock: Clock,
    private readonly limit: number = CREATES_PER_MINUTE,
  ) {}

  /** Slots left right now. */
  remaining(): number {
    const now = this.clock.now();
    if (now < this.blockedUntil) return 0;
    this.expire(now);
    return Math.max(0, this.limit - this.taken.length);
  }

  /** Takes a slot if `reserve` slots would still be left for others afterwards. */
  tryTake(reserve = 0): BudgetDecision {
    const now = this.clock.now();
    if (now < this.blockedUntil) return { granted: false, waitMs: this.blockedUntil - now, cause: 'google' };
    this.expire(now);
    if (this.taken.length + reserve < this.limit) {
      this.taken.push(now);
      return { granted: true };
    }
    const oldest = this.taken[Math.min(this.taken.length - 1, this.taken.length + reserve - this.limit)] ?? now;
    return { granted: false, waitMs: Math.max(1, oldest + WINDOW_MS - now) };
  }

  /**
   * Gives back the newest slot: the create failed before its request left the machine (offline),
   * so Google counted nothing.
   */
  release(): void {
    this.taken.pop();
  }

  /** Google said 429: no creates until `seconds` have passed. */
  blockFor(seconds: number): void {
    this.blockedUntil = Math.max(this.blockedUntil, this.clock.now() + seconds * 1000);
  }

  private expire(now: number): void {
    while (this.taken.length > 0 && (this.taken[0] ?? 0) <= now - WINDOW_MS) this.taken.shift();
  }
}
