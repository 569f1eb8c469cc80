import type { Attendee, AttendeesDiff } from '../../../shared/model/conference';
import { compareRfc3339 } from '../../../shared/time/rfc3339';

/** The live attendee list of one conference, keyed by participant name. */
export interface AttendeesState {
  readonly record: string | undefined;
  readonly byName: ReadonlyMap<string, Attendee>;
  readonly presentCount: number;
  readonly stale: boolean;
}

/** When the window received each attendee row, so a running "time in call" can grow between polls. */
const receivedAt = new WeakMap<Attendee, number>();

/** Seconds in the call at `now`: the pushed total, plus the time since it arrived for someone still in. */
export function secondsInCallAt(attendee: Attendee, now: number): number {
  if (!attendee.present) return attendee.totalSeconds;
  const since = receivedAt.get(attendee) ?? now;
  return attendee.totalSeconds + Math.max(0, (now - since) / 1000);
}

/** Nothing selected yet. */
export const EMPTY_ATTENDEES: AttendeesState = { record: undefined, byName: new Map(), presentCount: 0, stale: false };

/**
 * Applies one pushed diff. Untouched attendees keep their object identity, so memoised rows for
 * them skip rendering; a reset or a diff for another conference starts from an empty map.
 */
export function applyAttendeesDiff(state: AttendeesState, diff: AttendeesDiff): AttendeesState {
  const fresh = diff.reset || diff.record !== state.record;
  const byName = fresh ? new Map<string, Attendee>() : new Map(state.byName);
  for (const name of diff.removed) byName.delete(name);
  const now = Date.now();
  for (const attendee of diff.upserted) {
    receivedAt.set(attendee, now);
    byName.set(attendee.name, attendee);
  }
  return { record: diff.record, byName, presentCount: diff.presentCount, stale: diff.stale };
}

/** How the list can be ordered. */
export type AttendeeSort = 'joined' | 'name' | 'time';

const comparators: { readonly [S in AttendeeSort]: (a: Attendee, b: Attendee) => number } = {
  joined: (a, b) => compareRfc3339(a.earliestStartTime, b.earliestStartTime),
  name: (a, b) => a.displayName.localeCompare(b.displayName, undefined, { sensitivity: 'base' }),
  time: (a, b) => b.totalSeconds - a.totalSeconds,
};

/** Those still in first, then by `sort`, then by display name (people who joined together keep one order); `filter` matches names case-insensitively. */
export function visibleAttendees(byName: ReadonlyMap<string, Attendee>, sort: AttendeeSort, filter: string): Attendee[] {
  const needle = filter.trim().toLocaleLowerCase();
  const rows: Attendee[] = [];
  for (const attendee of byName.values()) {
    if (needle === '' || attendee.displayName.toLocaleLowerCase().includes(needle)) rows.push(attendee);
  }
  const compare = comparators[sort];
  return rows.sort((a, b) => Number(b.present) - Number(a.present) || compare(a, b) || comparators.name(a, b) || a.name.localeCompare(b.name));
}
