import type { SystemEvents } from '../core/ports/system-events';

const TICK_MS = 5_000;
const JUMP_MS = 30_000;

/**
 * Power hints for hosts without Electron's powerMonitor: a wall-clock jump larger than the timer
 * interval means the machine slept, so it reports suspend then resume. Online is assumed.
 */
export function createNodeSystemEvents(now: () => number = Date.now): SystemEvents & { dispose(): void } {
  const suspend = new Set<() => void>();
  const resume = new Set<() => void>();
  let last = now();
  const timer = setInterval(() => {
    const t = now();
    if (t - last > TICK_MS + JUMP_MS) {
      suspend.forEach((l) => l());
      resume.forEach((l) => l());
    }
    last = t;
  }, TICK_MS);
  timer.unref();
  const add = (set: Set<() => void>, l: () => void) => (set.add(l), () => void set.delete(l));
  return {
    onSuspend: (l) => add(suspend, l),
    onResume: (l) => add(resume, l),
    onOnlineChange: () => () => undefined,
    isOnline: () => true,
    dispose: () => clearInterval(timer),
  };
}
