import { createListeners } from '../../shared/events/listeners';
import { SLEEP_GAP_MS, type SystemEvents } from '../core/ports/system-events';

const TICK_MS = 5_000;

/**
 * Power hints for hosts without Electron's powerMonitor: a wall-clock jump larger than the timer
 * interval means the machine slept, so it reports suspend then resume. Online is assumed.
 */
export function createNodeSystemEvents(now: () => number = Date.now): SystemEvents & { dispose(): void } {
  const suspend = createListeners();
  const resume = createListeners();
  let last = now();
  const timer = setInterval(() => {
    const t = now();
    if (t - last > TICK_MS + SLEEP_GAP_MS) {
      suspend.emit();
      resume.emit();
    }
    last = t;
  }, TICK_MS);
  timer.unref();
  return {
    onSuspend: suspend.add,
    onResume: resume.add,
    onOnlineChange: () => () => undefined,
    isOnline: () => true,
    dispose: () => clearInterval(timer),
  };
}
