/** The record of recent spaces.create calls: when each slot was taken, and until when Google said wait (429). */
export interface CreateRecord {
  taken: number[];
  blockedUntil: number;
}

/**
 * Where the create budget keeps its record. `update` runs `change` on it as one step that no other
 * update interleaves with, across every Quickmeet process of this user for a file-backed ledger
 * (the app, each `quickmeet` command), so they share Google's 10 a minute instead of each counting
 * its own.
 */
export interface CreateLedger {
  update<T>(change: (record: CreateRecord) => T): Promise<T>;
}
