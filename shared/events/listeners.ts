/** The listeners of one kind of event: `add` answers the remove; `emit` calls each, in the order added. */
export interface Listeners<A extends ReadonlyArray<unknown>> {
  add(listener: (...args: A) => void): () => void;
  emit(...args: A): void;
  clear(): void;
  /** How many listeners are added. */
  size(): number;
}

/** The one small typed emitter behind every `onX(listener) => unsubscribe` of the app. */
export function createListeners<A extends ReadonlyArray<unknown> = []>(): Listeners<A> {
  const set = new Set<(...args: A) => void>();
  return {
    add(listener) {
      set.add(listener);
      return () => void set.delete(listener);
    },
    emit(...args) {
      for (const listener of set) listener(...args);
    },
    clear: () => set.clear(),
    size: () => set.size,
  };
}
