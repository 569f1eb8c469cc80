import type { WebSocket } from 'ws';
import type { Transport, WireMessage } from '../../shared/ipc/wire';

/**
 * The server end of one bridge WebSocket as a {@link Transport}. Frames are JSON text; anything that
 * is not (binary frames, bad JSON) is dropped here, and the IPC server checks the message shape.
 */
export function createWebSocketTransport(socket: WebSocket): Transport {
  return {
    send(message: WireMessage) {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
    },
    onMessage(listener) {
      const onMessage = (data: unknown, isBinary: boolean) => {
        if (isBinary) return;
        let parsed: unknown;
        try {
          parsed = JSON.parse(String(data));
        } catch {
          return;
        }
        listener(parsed);
      };
      socket.on('message', onMessage);
      return () => void socket.off('message', onMessage);
    },
  };
}
