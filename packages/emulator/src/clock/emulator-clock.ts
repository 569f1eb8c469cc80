/**
 * The emulator's notion of "now": real time plus an offset that tests move forward, with a small
 * scheduler so simulated events (autopilot joins, artifact processing) fire on this clock, both when
 * real time passes and when the clock is advanced by hand.
 */
export interface EmulatorClock {
  /** Milliseconds since the epoch, on the emulator's clock. */
  now(): number;
  /** Moves the clock forward and runs every task that became due, in due order. */
  advance(ms: number): void;
  /** Offset from real time, for persistence. */
  offsetMs(): number;
  /** Runs `task` when the clock reaches `atMs`; returns a cancel function. */
  schedule(atMs: number, task: () => void): () => void;
  /** Cancels every pending task and timer. */
  stop(): void;
}

interface ScheduledTask {
  readonly atMs: number;
  readonly seq: number;
  readonly run: () => void;
}

/** Creates a clock starting `initialOffsetMs` ahead of real time. */
export function createEmulatorClock(initialOffsetMs = 0): EmulatorClock {
  let offset = initialOffsetMs;
  let seq = 0;
  let tasks: ScheduledTask[] = [];
  let timer: NodeJS.Timeout | undefined;
  const now = (): number => Date.now() + offset;

  const runDue = (): void => {
    for (;;) {
      const next = tasks[0];
      if (next === undefined || next.atMs > now()) break;
      tasks = tasks.slice(1);
      next.run();
    }
    arm();
  };

  // One real timer, always for the earliest task; unref'd so a forgotten demo never keeps Node alive.
  const arm = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const next = tasks[0];
    if (next === undefined) return;
    timer = setTimeout(runDue, Math.max(0, Math.min(next.atMs - now(), 2 ** 31 - 1)));
    timer.unref();
  };

  return {
    now,
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError('The clock only moves forward.');
      offset += ms;
      runDue();
    },
    offsetMs: () => offset,
    schedule(atMs, run) {
      const task: ScheduledTask = { atMs, seq: seq++, run };
      tasks = [...tasks, task].sort((a, b) => a.atMs - b.atMs || a.seq - b.seq);
      arm();
      return () => {
        tasks = tasks.filter((t) => t !== task);
        arm();
      };
    },
    stop() {
      tasks = [];
      arm();
    },
  };
}
