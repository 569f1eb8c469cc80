import type { SystemEvents } from '../ports/system-events';

/** Anything that stops its calls on `pause` and starts them again on `resume` (poll loops, the event pull). */
export interface Pausable {
  pause(): void;
  resume(): void;
}

/**
 * Pauses the loops on sleep and offline (no timers, so no calls) and resumes them at once, jittered,
 * on wake and back online. Answers a function that stops listening.
 */
export function followPowerAndNetwork(system: SystemEvents, loops: ReadonlyArray<Pausable>): () => void {
  let asleep = false;
  const update = () => {
    const run = !asleep && system.isOnline();
    for (const loop of loops) {
      if (run) loop.resume();
      else loop.pause();
    }
  };
  const stops = [
    system.onSuspend(() => {
      asleep = true;
      update();
    }),
    system.onResume(() => {
      asleep = false;
      update();
    }),
    system.onOnlineChange(() => update()),
  ];
  if (!system.isOnline()) update();
  return () => stops.forEach((stop) => stop());
}
