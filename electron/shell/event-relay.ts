import type { EventSink } from '../core/ports/event-sink';

/** An event sink that the core gets before the IPC server exists; events before `connect` are dropped. */
export interface EventRelay extends EventSink {
  connect(target: EventSink): void;
}

/** Builds the relay between the core's pushes and the window's IPC server. */
export function createEventRelay(): EventRelay {
  let target: EventSink | undefined;
  return {
    emit: (event, payload) => target?.emit(event, payload),
    connect: (next) => void (target = next),
  };
}
