import type { Clock } from '../../electron/core/ports/clock';
import type { Timers } from '../../electron/core/ports/timers';

/** Real time plus an offset a test moves forward; timers fire when either reaches them. */
export interface MovableTime {
  readonly clock: Clock;
  readonly timers: Timers;
  /** Moves the clock forward and fires every timer that became due, in due order. */
  advance(ms: number): void;
}

interface Due {
  readonly at: number;
  readonly seq: number;
  readonly run: () => void;
}

/** A clock and timers for the core's `meetingTime` port, for end-to-end tests of things minutes away. */
export function movableTime(): MovableTime {
  let offset = 0;
  let seq = 0;
  let queue: Due[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const now = () => Date.now() + offset;
  const runDue = () => {
    for (let next = queue[0]; next && next.at <= now(); next = queue[0]) {
      queue = queue.slice(1);
      next.run();
    }
    arm();
  };
  // One real timer for the earliest entry, so real time passing fires them too.
  const arm = () => {
    if (timer) clearTimeout(timer);
    timer = queue[0] ? setTimeout(runDue, Math.max(0, queue[0].at - now())) : undefined;
    timer?.unref();
  };
  return {
    clock: { now },
    timers: {
      setTimeout: (run, delayMs) => {
        const due: Due = { at: now() + Math.max(0, delayMs), seq: seq++, run };
        queue = [...queue, due].sort((a, b) => a.at - b.at || a.seq - b.seq);
        arm();
        return due;
      },
      clearTimeout: (handle) => {
        queue = queue.filter((due) => due !== handle);
        arm();
      },
    },
    advance(ms) {
      offset += ms;
      runDue();
    },
  };
}
