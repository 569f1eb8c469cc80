// Page side of the browser bridge: builds `window.quickmeet` over the bridge's WebSocket, exactly as
// the Electron preload builds it over ipcRenderer, so the renderer cannot tell the two hosts apart.
import { createListeners } from '../../shared/events/listeners';
import { createClient } from '../../shared/ipc/client';
import { CONNECTION_LOST_NOTICE, NEVER_CONNECTED_NOTICE } from '../../shared/model/connection-notice';
import type { Transport, WireMessage } from '../../shared/ipc/wire';
import { BRIDGE_SECRET_PROTOCOL_PREFIX, BRIDGE_SOCKET_PATH, BRIDGE_SOCKET_PROTOCOL } from './bridge-socket-path';

declare const location: { readonly host: string; readonly protocol: string; readonly hash: string; readonly pathname: string; readonly search: string };
declare const sessionStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
declare const history: { replaceState(data: unknown, unused: string, url: string): void };

const SECRET_KEY = 'quickmeet.bridge.secret';

/**
 * The per-run secret: taken from the printed URL's fragment (`#token=…`, never sent to a server) on
 * the first visit, then kept in this tab's session storage, which is per origin and port, unlike a
 * cookie. The fragment is dropped from the address bar and history.
 */
function takeSecret(): string | null {
  const fromUrl = new URLSearchParams(location.hash.slice(1)).get('token');
  if (fromUrl) {
    sessionStorage.setItem(SECRET_KEY, fromUrl);
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    return fromUrl;
  }
  return sessionStorage.getItem(SECRET_KEY);
}

/** A WebSocket transport that queues until open and fails in-flight requests if the bridge goes away. */
function createPageTransport(url: string, secret: string | null): Transport {
  // The secret rides in the handshake as a second subprotocol; the bridge answers with the first only.
  const socket = new WebSocket(url, [BRIDGE_SOCKET_PROTOCOL, `${BRIDGE_SECRET_PROTOCOL_PREFIX}${secret ?? ''}`]);
  // Refused at the handshake (no secret, or one of an earlier run) or gone later: a different remedy each.
  let opened = false;
  const queue: string[] = [];
  const inFlight = new Set<number>();
  const listeners = createListeners<[message: unknown]>();
  const deliver = listeners.emit;

  socket.addEventListener('open', () => {
    opened = true;
    queue.splice(0).forEach((frame) => socket.send(frame));
  });
  socket.addEventListener('message', (event) => {
    if (typeof event.data !== 'string') return;
    let message: unknown;
    try {
      message = JSON.parse(event.data);
    } catch {
      return;
    }
    const id = (message as { kind?: unknown; id?: unknown }).id;
    if ((message as { kind?: unknown }).kind === 'response' && typeof id === 'number') inFlight.delete(id);
    deliver(message);
  });
  socket.addEventListener('close', () => {
    const notice = opened ? CONNECTION_LOST_NOTICE : NEVER_CONNECTED_NOTICE;
    // Failed requests carry the code only: the window shows the notice as its one message about it.
    for (const id of inFlight) {
      deliver({ kind: 'response', id, result: { ok: false, error: { code: 'DISCONNECTED', message: notice.message } } });
    }
    // Said once, even with nothing in flight: everything the window shows from now on may be out of date.
    deliver({ kind: 'event', event: 'app.notice', payload: notice });
    inFlight.clear();
  });

  return {
    send(message: WireMessage) {
      if (message.kind === 'request') inFlight.add(message.id);
      if (socket.readyState === WebSocket.CLOSED || socket.readyState === WebSocket.CLOSING) {
        if (message.kind === 'request') queueMicrotask(() => socket.dispatchEvent(new Event('close')));
        return;
      }
      const frame = JSON.stringify(message);
      if (socket.readyState === WebSocket.OPEN) socket.send(frame);
      else queue.push(frame);
    },
    onMessage: listeners.add,
  };
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) if (typeof child === 'object' && child !== null) deepFreeze(child);
  return Object.freeze(value);
}

const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
const api = createClient(createPageTransport(`${scheme}//${location.host}${BRIDGE_SOCKET_PATH}`, takeSecret()));
Object.defineProperty(globalThis, 'quickmeet', { value: deepFreeze(api), writable: false, configurable: false, enumerable: true });
