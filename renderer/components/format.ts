export { formatDuration } from '../../shared/time/duration-text';

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

/** Local clock time of an RFC 3339 timestamp, e.g. "09:41". */
export const formatTime = (iso: string | undefined): string => (iso ? timeFormat.format(new Date(iso)) : '—');

/** Local date and time, e.g. "Nov 24, 09:41". */
export const formatDateTime = (iso: string | undefined): string => (iso ? dateTimeFormat.format(new Date(iso)) : '—');

/** Seconds between two timestamps (or until now when `end` is absent). */
export const secondsBetween = (start: string | undefined, end?: string): number =>
  start ? Math.max(0, ((end ? Date.parse(end) : Date.now()) - Date.parse(start)) / 1000) : 0;
