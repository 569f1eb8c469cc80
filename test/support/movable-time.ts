import type { Clock } from '../../electron/core/ports/clock';
import type { Timers } from '../../electron/core/ports/timers';
import { createEmulatorClock } from '../../electron/emulator/clock/emulator-clock';

/** Real time plus an offset a test moves forward; timers fire when either reaches them. */
export interface MovableTime {
  readonly clock: Clock;
  readonly timers: Timers;
  /** Moves the clock forward and fires every timer that became due. */
  advance(ms: number): void;
}

/** A clock and timers for the core's `meetingTime` port, on the emulator's movable clock. */
export function movableTime(): MovableTime {
  const clock = createEmulatorClock();
  return {
    clock: { now: () => clock.now() },
    timers: {
      setTimeout: (callback, delayMs) => clock.schedule(clock.now() + delayMs, callback),
      clearTimeout: (cancel) => (cancel as () => void)(),
    },
    advance: (ms) => clock.advance(ms),
  };
}
