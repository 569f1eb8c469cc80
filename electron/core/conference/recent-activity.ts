import type { MeetingRegistry } from '../meetings/meeting-registry';

/** How long after a space was created or opened Quickmeet keeps looking for a conference in it. */
export const RECENT_ACTIVITY_MS = 3 * 60 * 60 * 1000;

/** True when some space in the registry was created or opened within `withinMs` ({@link RECENT_ACTIVITY_MS} by default). */
export function hasRecentActivity(registry: MeetingRegistry, now: number, withinMs = RECENT_ACTIVITY_MS): boolean {
  // The registry is ordered newest lastUsedAt first, so the first entry decides.
  const newest = registry.list()[0];
  if (!newest) return false;
  const lastUsed = Date.parse(newest.lastUsedAt);
  return Number.isFinite(lastUsed) && now - lastUsed < withinMs;
}
