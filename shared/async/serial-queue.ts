/** Tasks run one after another, in the order queued: the one write queue behind every file the app saves. */
export interface SerialQueue {
  /** Queues `task` after the ones before it; a failed task does not stop the next. */
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Settles once every task queued so far has finished. */
  idle(): Promise<void>;
}

export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run(task) {
      const run = tail.then(task, task);
      tail = run.catch(() => undefined);
      return run;
    },
    idle: () => tail.then(() => undefined),
  };
}
