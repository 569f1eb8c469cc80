import { EVENT_CHANNELS } from './channel-names';
import { events, type EventChannel, type EventOf } from './contract';
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

/**
 * An emitter that checks each push against its payload schema before passing it on, the events' side
 * of the dispatcher's `validateResponses`. A push that breaks the contract is reported and dropped.
 */
export function contractCheckedEmitter(
  emit: <E extends EventChannel>(event: E, payload: EventOf<E>) => void,
  onBreach: (event: EventChannel, message: string) => void,
): <E extends EventChannel>(event: E, payload: EventOf<E>) => void {
  return (event, payload) => {
    const checked = events[event].safeParse(payload);
    if (checked.success) emit(event, payload);
    else onBreach(event, checked.error.message);
  };
}
