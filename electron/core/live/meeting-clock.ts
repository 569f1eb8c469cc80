import type { MeetingPhase } from '../../../shared/model/live-meeting';

/** The warning comes this long before the planned end. */
export const WARNING_BEFORE_MS = 5 * 60_000;
const MINUTE_MS = 60_000;

/** Where a meeting started at `startMs` stands at `now` against `lengthMinutes` (none: `open`). */
export function phaseAt(startMs: number, lengthMinutes: number | undefined, now: number): MeetingPhase {
  if (lengthMinutes === undefined) return 'open';
  const endMs = startMs + lengthMinutes * MINUTE_MS;
  if (now >= endMs) return 'over';
  return now >= endMs - WARNING_BEFORE_MS ? 'ending-soon' : 'running';
}

/** Whole minutes since the start (never negative, for a clock a little behind Google's). */
export const elapsedMinutes = (startMs: number, now: number): number =>
  Math.max(0, Math.floor((now - startMs) / MINUTE_MS));

/** When the next whole minute since the start begins: the clock's next tick. */
export const nextMinuteAt = (startMs: number, now: number): number =>
  startMs + (elapsedMinutes(startMs, now) + 1) * MINUTE_MS;

/** "0:07", "1:32": hours and minutes since the start, for the tray. */
export function clockText(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}
