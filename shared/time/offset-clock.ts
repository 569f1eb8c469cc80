/** `HH:MM:SS` from milliseconds since a start, or `HH:MM:SS,mmm` for SRT. */
export function formatOffset(ms: number, withMillis = false): string {
  const total = Math.floor(ms / 1000);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const clock = `${pad(Math.floor(total / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
  return withMillis ? `${clock},${pad(ms % 1000, 3)}` : clock;
}
