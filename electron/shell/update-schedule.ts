/** Whether and when Quickmeet looks for a new version. */
export type UpdatePlan =
  | { readonly kind: 'off'; readonly reason: 'demo-mode' | 'not-packaged' | 'no-feed' }
  | { readonly kind: 'on'; readonly firstCheckAfterMs: number; readonly intervalMs: number };

/** First check a little after start (not competing with sign-in and the first list), then every 6 hours. */
export const FIRST_UPDATE_CHECK_MS = 60_000;
export const UPDATE_CHECK_INTERVAL_MS = 6 * 60 * 60 * 1000;

export interface UpdateConditions {
  readonly demoMode: boolean;
  /** Running from an installer's build (`app.isPackaged`), not from a clone. */
  readonly packaged: boolean;
  /** electron-builder wrote `app-update.yml` (a publish configuration) next to the app. */
  readonly feedConfigured: boolean;
}

/** Updates are off in demo mode, from a clone, and when the build has no update feed. */
export function planUpdates(conditions: UpdateConditions): UpdatePlan {
  if (conditions.demoMode) return { kind: 'off', reason: 'demo-mode' };
  if (!conditions.packaged) return { kind: 'off', reason: 'not-packaged' };
  if (!conditions.feedConfigured) return { kind: 'off', reason: 'no-feed' };
  return { kind: 'on', firstCheckAfterMs: FIRST_UPDATE_CHECK_MS, intervalMs: UPDATE_CHECK_INTERVAL_MS };
}

/** Timers, injectable so the schedule is tested without waiting. */
export interface UpdateTimers {
  setTimeout(run: () => void, ms: number): unknown;
  setInterval(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const nodeTimers: UpdateTimers = {
  setTimeout: (run, ms) => setTimeout(run, ms).unref(),
  setInterval: (run, ms) => setInterval(run, ms).unref(),
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** Runs `check` on the plan's schedule; a failed check is reported and the next one still runs. Returns a stop function. */
export function scheduleUpdateChecks(
  plan: UpdatePlan,
  check: () => Promise<unknown>,
  onError: (error: unknown) => void,
  timers = nodeTimers,
): () => void {
  if (plan.kind === 'off') return () => undefined;
  const run = () => void check().catch(onError);
  let interval: unknown;
  const first = timers.setTimeout(() => {
    run();
    interval = timers.setInterval(run, plan.intervalMs);
  }, plan.firstCheckAfterMs);
  return () => {
    timers.clear(first);
    if (interval !== undefined) timers.clear(interval);
  };
}
