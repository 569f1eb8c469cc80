import { EVENT_CHANNELS } from './channel-names';
import type { EventChannel, EventOf } from './contract';
import type { Dispatch } from './dispatcher';
import { asWireMessage, type Transport } from './wire';

/** The main-process end of one transport: answers requests, pushes events. */
export interface IpcServer {
  emit<E extends EventChannel>(event: E, payload: EventOf<E>): void;
  close(): void;
}

/** Serves `dispatch` over a transport; malformed messages are dropped, never thrown. */
export function createServer(transport: Transport, dispatch: Dispatch, senderId: string): IpcServer {
  const stop = transport.onMessage((raw) => {
    const message = asWireMessage(raw);
    if (message?.kind !== 'request') return;
    void dispatch(message.channel, message.payload, { senderId }).then((result) => {
      transport.send({ kind: 'response', id: message.id, result });
    });
  });
  return {
    emit(event, payload) {
      if ((EVENT_CHANNELS as ReadonlyArray<string>).includes(event)) transport.send({ kind: 'event', event, payload });
    },
    close: stop,
  };
}
