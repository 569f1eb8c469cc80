import type { Clock } from '../ports/clock';
import type { CreateLedger, CreateRecord } from '../ports/create-ledger';

/** Google's per-user limit for spaces.create: 10 per minute. */
export const CREATES_PER_MINUTE = 10;
const WINDOW_MS = 60_000;

/**
 * Either a slot was taken (at `at`), or how long to wait for the next one, and why: Quickmeet's own
 * pacing (no cause), or Google's last 429 still running (`google`).
 */
export type BudgetDecision = { readonly granted: true; readonly at: number } | { readonly granted: false; readonly waitMs: number; readonly cause?: 'google' };

/** A ledger for one process only: the record lives in memory. */
export function createMemoryLedger(): CreateLedger {
  const record: CreateRecord = { taken: [], blockedUntil: 0 };
  return { update: async (change) => change(record) };
}

/**
 * Client-side budget for spaces.create over a sliding one-minute window, shared by user clicks and
 * background refills (and, through a file-backed ledger, by every Quickmeet process), so Quickmeet
 * never asks Google for an 11th space within a minute. A 429 from Google blocks the budget until its
 * Retry-After has passed.
 */
export class CreateBudget {
  constructor(
    private readonly clock: Clock,
    private readonly limit: number = CREATES_PER_MINUTE,
    private readonly ledger: CreateLedger = createMemoryLedger(),
  ) {}

  /** Slots left right now. */
  remaining(): Promise<number> {
    return this.ledger.update((record) => {
      const now = this.clock.now();
      if (now < record.blockedUntil) return 0;
      expire(record, now);
      return Math.max(0, this.limit - record.taken.length);
    });
  }

  /** Takes a slot if `reserve` slots would still be left for others afterwards. */
  tryTake(reserve = 0): Promise<BudgetDecision> {
    return this.ledger.update((record): BudgetDecision => {
      const now = this.clock.now();
      if (now < record.blockedUntil) return { granted: false, waitMs: record.blockedUntil - now, cause: 'google' };
      expire(record, now);
      if (record.taken.length + reserve < this.limit) {
        record.taken.push(now);
        return { granted: true, at: now };
      }
      const oldest = record.taken[Math.min(record.taken.length - 1, record.taken.length + reserve - this.limit)] ?? now;
      return { granted: false, waitMs: Math.max(1, oldest + WINDOW_MS - now) };
    });
  }

  /** Gives back the slot taken at `at`: the create failed before its request left the machine (offline), so Google counted nothing. */
  async release(at: number): Promise<void> {
    await this.ledger.update((record) => {
      const index = record.taken.lastIndexOf(at);
      if (index >= 0) record.taken.splice(index, 1);
    });
  }

  /** Google said 429: no creates until `seconds` have passed. */
  async blockFor(seconds: number): Promise<void> {
    await this.ledger.update((record) => {
      record.blockedUntil = Math.max(record.blockedUntil, this.clock.now() + seconds * 1000);
    });
  }
}

function expire(record: CreateRecord, now: number): void {
  record.taken = record.taken.filter((at) => at > now - WINDOW_MS).sort((a, b) => a - b);
}
