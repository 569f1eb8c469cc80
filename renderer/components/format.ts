/** "1 h 05 min", "12 min", "45 s": a duration in words a glance can read. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

/** Local clock time of an RFC 3339 timestamp, e.g. "09:41". */
export const formatTime = (iso: string | undefined): string => (iso ? timeFormat.format(new Date(iso)) : '—');

/** Local date and time, e.g. "Nov 24, 09:41". */
export const formatDateTime = (iso: string | undefined): string => (iso ? dateTimeFormat.format(new Date(iso)) : '—');

/** Seconds between two timestamps (or until now when `end` is absent). */
export const secondsBetween = (start: string | undefined, end?: string): number =>
  start ? Math.max(0, ((end ? Date.parse(end) : Date.now()) - Date.parse(start)) / 1000) : 0;
