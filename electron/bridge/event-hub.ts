import type { IpcServer } from '../../shared/ipc/server';
import type { EventSink } from '../core/ports/event-sink';

/** The core's event sink for the bridge: every push goes to every connected page. */
export interface EventHub extends EventSink {
  attach(server: IpcServer): () => void;
}

/** Creates an empty hub; pages attach as they connect and detach when they close. */
export function createEventHub(): EventHub {
  const servers = new Set<IpcServer>();
  return {
    emit(event, payload) {
      for (const server of servers) server.emit(event, payload);
    },
    attach(server) {
      servers.add(server);
      return () => void servers.delete(server);
    },
  };
}
