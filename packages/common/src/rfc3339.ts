/**
 * RFC 3339 timestamps compared by the instant they name, never as text. Google writes 0, 3, 6 or 9
 * fractional digits (proto3 JSON), and `.` sorts before `Z`, so `…:00.250Z` < `…:00Z` as text while it
 * is later in time. Every sort and comparison of timestamps goes through this module.
 */

const RFC3339 = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?([Zz]|[+-]\d{2}:\d{2})$/;

/** A parsed instant: epoch milliseconds, and the nanoseconds below the millisecond. */
interface Instant {
  readonly ms: number;
  readonly nanos: number;
}

function instantOf(text: string | undefined): Instant | undefined {
  const match = text === undefined ? null : RFC3339.exec(text);
  if (!match) return undefined;
  const [, date, time, fraction = '', zone = 'Z'] = match;
  const digits = fraction.padEnd(9, '0');
  const ms = Date.parse(`${date}T${time}.${digits.slice(0, 3)}${zone.toUpperCase()}`);
  return Number.isNaN(ms) ? undefined : { ms, nanos: Number(digits.slice(3)) };
}

/** Epoch milliseconds (with the sub-millisecond part as a fraction), or NaN when `text` is not RFC 3339. */
export function rfc3339Millis(text: string | undefined): number {
  const instant = instantOf(text);
  return instant ? instant.ms + instant.nanos / 1e6 : Number.NaN;
}

/** True when `text` is an RFC 3339 timestamp that names a real instant. */
export const isRfc3339 = (text: string | undefined): boolean => instantOf(text) !== undefined;

/**
 * Orders two timestamps by time, exactly (nanoseconds included); for `Array.prototype.sort`. A missing
 * or malformed value comes before every valid one, so "newest first" puts it last.
 */
export function compareRfc3339(a: string | undefined, b: string | undefined): number {
  const x = instantOf(a);
  const y = instantOf(b);
  if (!x || !y) return (x ? 1 : 0) - (y ? 1 : 0);
  return Math.sign(x.ms - y.ms || x.nanos - y.nanos);
}

/** The earliest of the timestamps, as written; undefined when there is none. */
export function earliestRfc3339(values: Iterable<string>): string | undefined {
  let best: string | undefined;
  for (const value of values) if (best === undefined || compareRfc3339(value, best) < 0) best = value;
  return best;
}

/** The latest of the timestamps, as written; undefined when there is none. */
export function latestRfc3339(values: Iterable<string>): string | undefined {
  let best: string | undefined;
  for (const value of values) if (best === undefined || compareRfc3339(value, best) > 0) best = value;
  return best;
}
