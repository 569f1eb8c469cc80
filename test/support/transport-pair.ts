import type { Transport, WireMessage } from '../../shared/ipc/wire';

/** Two connected in-memory transports; messages are structured-cloned and delivered asynchronously like real IPC. */
export function createTransportPair(): [Transport, Transport] {
  const listeners: [Set<(m: unknown) => void>, Set<(m: unknown) => void>] = [new Set(), new Set()];
  const end = (mine: 0 | 1): Transport => ({
    send(message: WireMessage) {
      const copy = structuredClone(message);
      queueMicrotask(() => listeners[mine === 0 ? 1 : 0].forEach((l) => l(copy)));
    },
    onMessage(listener) {
      listeners[mine].add(listener);
      return () => void listeners[mine].delete(listener);
    },
  });
  return [end(0), end(1)];
}
