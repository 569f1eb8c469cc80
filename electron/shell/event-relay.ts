import type { EventSink } from '../core/ports/event-sink';

/** An event sink the core gets before its listeners exist; events before the first `connect` are dropped. */
export interface EventRelay extends EventSink {
  /** Adds a listener (the window's IPC server, the tray); returns a disconnect. */
  connect(target: EventSink): () => void;
}

/** Builds the relay between the core's pushes and the shell's listeners. */
export function createEventRelay(): EventRelay {
  const targets = new Set<EventSink>();
  return {
    emit: (event, payload) => targets.forEach((target) => target.emit(event, payload)),
    connect: (target) => (targets.add(target), () => void targets.delete(target)),
  };
}
