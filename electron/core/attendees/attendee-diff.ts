import type { Attendee, AttendeesDiff } from '../../../shared/model/conference';
import { attendeeChanged } from './attendee-model';

/** Rows per push, so a conference with thousands of people stays far below the IPC message limit. */
export const MAX_ROWS_PER_PUSH = 500;

/** What changed between two attendee maps keyed by participant name. */
export interface AttendeeChanges {
  readonly upserted: ReadonlyArray<Attendee>;
  readonly removed: ReadonlyArray<string>;
}

/** Rows that are new or changed, and names that disappeared. */
export function diffAttendees(before: ReadonlyMap<string, Attendee>, after: ReadonlyMap<string, Attendee>): AttendeeChanges {
  const upserted: Attendee[] = [];
  for (const [name, row] of after) {
    const previous = before.get(name);
    if (!previous || attendeeChanged(previous, row)) upserted.push(row);
  }
  const removed = [...before.keys()].filter((name) => !after.has(name));
  return { upserted, removed };
}

/**
 * Splits one change into pushes of at most {@link MAX_ROWS_PER_PUSH} rows. Only the first push of a
 * reset carries `reset: true`; the rest add to it.
 */
export function toPushes(
  record: string,
  changes: AttendeeChanges,
  status: { readonly reset: boolean; readonly presentCount: number; readonly stale: boolean },
): AttendeesDiff[] {
  const pushes: AttendeesDiff[] = [];
  const rows = changes.upserted;
  for (let start = 0; start === 0 || start < rows.length; start += MAX_ROWS_PER_PUSH) {
    pushes.push({
      record,
      reset: status.reset && start === 0,
      upserted: rows.slice(start, start + MAX_ROWS_PER_PUSH),
      removed: start === 0 ? changes.removed : [],
      presentCount: status.presentCount,
      stale: status.stale,
    });
  }
  return pushes;
}
