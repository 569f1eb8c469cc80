import type { ParticipantSession } from '../ports/meet-api';
import { earliestRfc3339, latestRfc3339, rfc3339Millis } from '../../../shared/time/rfc3339';

/** A closed or open interval in epoch milliseconds. */
interface Interval {
  readonly start: number;
  readonly end: number;
}

/**
 * Seconds covered by the sessions, with open sessions counted up to `now`. Overlapping sessions
 * (the same person on a laptop and a phone) are merged so time is not counted twice.
 */
export function secondsInCall(sessions: ReadonlyArray<ParticipantSession>, now: number): number {
  const intervals: Interval[] = sessions
    .map((session) => ({ start: rfc3339Millis(session.startTime), end: session.endTime ? rfc3339Millis(session.endTime) : now }))
    .filter((interval) => Number.isFinite(interval.start) && Number.isFinite(interval.end) && interval.end > interval.start)
    .sort((a, b) => a.start - b.start);
  let totalMs = 0;
  let current: Interval | undefined;
  for (const interval of intervals) {
    if (current && interval.start <= current.end) {
      current = { start: current.start, end: Math.max(current.end, interval.end) };
      continue;
    }
    if (current) totalMs += current.end - current.start;
    current = interval;
  }
  if (current) totalMs += current.end - current.start;
  return Math.round(totalMs / 1000);
}

/** The earliest session start, as Google wrote it, or undefined without sessions. */
export function firstStart(sessions: ReadonlyArray<ParticipantSession>): string | undefined {
  return earliestRfc3339(sessions.map((s) => s.startTime));
}

/** The latest session end, or undefined while any session is still open. */
export function lastEnd(sessions: ReadonlyArray<ParticipantSession>): string | undefined {
  if (sessions.length === 0 || sessions.some((s) => !s.endTime)) return undefined;
  return latestRfc3339(sessions.map((s) => s.endTime as string));
}
