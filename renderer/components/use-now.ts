import { useSyncExternalStore } from 'react';
import { createListeners } from '../../shared/events/listeners';

const ticks = createListeners();
let timer: ReturnType<typeof setInterval> | undefined;
let now = Date.now();

function subscribe(listener: () => void): () => void {
  const remove = ticks.add(listener);
  if (timer === undefined) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      ticks.emit();
    }, 1000);
  }
  return () => {
    remove();
    if (ticks.size() === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** The time now, re-rendering the caller once a second; one interval serves every caller. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, () => now);
}
