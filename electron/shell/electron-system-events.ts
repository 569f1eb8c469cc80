import type { Net } from 'electron';
import { createListeners } from '../../shared/events/listeners';
import { SLEEP_GAP_MS, type SystemEvents } from '../core/ports/system-events';
const ONLINE_POLL_MS = 10_000;

/** The parts of Electron's `powerMonitor` used here. */
export interface PowerEvents {
  on(event: 'suspend', listener: () => void): unknown;
  on(event: 'resume', listener: () => void): unknown;
  removeListener(event: 'suspend', listener: () => void): unknown;
  removeListener(event: 'resume', listener: () => void): unknown;
}

export interface ElectronSystemEventsDeps {
  readonly powerMonitor: PowerEvents;
  readonly net: Pick<Net, 'isOnline'>;
  /** Sleep seen as a wall-clock jump: Linux does not always deliver `resume` (electron#27761, #42050). */
  readonly clockJumps: Pick<SystemEvents, 'onSuspend' | 'onResume'>;
  readonly now: () => number;
  readonly onlinePollMs?: number;
}

/**
 * Power and network hints, so the core can renew a token that went stale during sleep and restart
 * polling after a wake or a reconnect (timers do not tick while the machine sleeps). powerMonitor's
 * suspend/resume is merged with the clock-jump detector, because Linux does not always deliver
 * `resume`, and de-duplicated. `net.isOnline()` is polled because main has no online event; only its
 * `false` is conclusive (offline), `true` may still mean no route to Google.
 */
export function createElectronSystemEvents(deps: ElectronSystemEventsDeps): SystemEvents & { dispose(): void } {
  const suspend = createListeners();
  const resume = createListeners();
  const online = createListeners<[online: boolean]>();
  let lastSuspendAt = -Infinity;
  let lastResumeAt = -Infinity;
  let wasOnline = deps.net.isOnline();

  const checkOnline = () => {
    const now = deps.net.isOnline();
    if (now !== wasOnline) online.emit(now);
    wasOnline = now;
  };
  const fireSuspend = () => {
    // powerMonitor and the clock-jump detector both report one sleep: the second report is dropped.
    if (deps.now() - lastSuspendAt < SLEEP_GAP_MS) return;
    lastSuspendAt = deps.now();
    suspend.emit();
  };
  const fireResume = () => {
    if (deps.now() - lastResumeAt < SLEEP_GAP_MS) return;
    lastResumeAt = deps.now();
    checkOnline();
    resume.emit();
  };

  deps.powerMonitor.on('suspend', fireSuspend);
  deps.powerMonitor.on('resume', fireResume);
  const stopJumpSuspend = deps.clockJumps.onSuspend(fireSuspend);
  const stopJumpResume = deps.clockJumps.onResume(fireResume);
  const timer = setInterval(checkOnline, deps.onlinePollMs ?? ONLINE_POLL_MS);
  timer.unref?.();

  return {
    onSuspend: suspend.add,
    onResume: resume.add,
    onOnlineChange: online.add,
    isOnline: () => deps.net.isOnline(),
    dispose() {
      clearInterval(timer);
      deps.powerMonitor.removeListener('suspend', fireSuspend);
      deps.powerMonitor.removeListener('resume', fireResume);
      stopJumpSuspend();
      stopJumpResume();
    },
  };
}
