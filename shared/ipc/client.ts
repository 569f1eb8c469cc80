import { createListeners, type Listeners } from '../events/listeners';
import { EVENT_CHANNELS, REQUEST_CHANNELS } from './channel-names';
import type { QuickmeetApi } from './quickmeet-api';
import { MAX_MESSAGE_BYTES, TOO_LARGE } from './message-limits';
import { fail, type Result } from './result';
import { asWireMessage, type Transport } from './wire';

/** Builds `window.quickmeet` over a transport: named methods only, no generic invoke. */
export function createClient(transport: Transport): QuickmeetApi {
  let nextId = 1;
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const listeners = new Map<string, Listeners<[payload: unknown]>>();

  transport.onMessage((raw) => {
    const message = asWireMessage(raw);
    if (message?.kind === 'response') {
      pending.get(message.id)?.(message.result);
      pending.delete(message.id);
    } else if (message?.kind === 'event') {
      listeners.get(message.event)?.emit(message.payload);
    }
  });

  const api: Record<string, Record<string, (request?: unknown) => Promise<Result<unknown>>>> = {};
  for (const channel of REQUEST_CHANNELS) {
    const [domain, method] = channel.split('.') as [string, string];
    api[domain] ??= {};
    api[domain][method] = (request?: unknown) =>
      new Promise((resolve) => {
        // The same answer the main side gives an oversized payload, before it reaches the transport
        // (a WebSocket would drop the whole connection over a frame above its limit).
        if (JSON.stringify(request ?? {}).length > MAX_MESSAGE_BYTES) return resolve(fail({ code: 'BAD_REQUEST', message: TOO_LARGE }));
        const id = nextId++;
        pending.set(id, resolve);
        transport.send({ kind: 'request', id, channel, payload: request ?? {} });
      });
  }
  const on = (event: string, listener: (payload: unknown) => void): (() => void) => {
    if (!(EVENT_CHANNELS as ReadonlyArray<string>).includes(event)) throw new Error(`unknown event ${event}`);
    const forEvent = listeners.get(event) ?? createListeners<[payload: unknown]>();
    listeners.set(event, forEvent);
    return forEvent.add(listener);
  };
  return { ...api, on } as unknown as QuickmeetApi;
}
