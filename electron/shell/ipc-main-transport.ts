import type { Transport } from '../../shared/ipc/wire';
import { asWireMessage } from '../../shared/ipc/wire';
import { fail } from '../../shared/ipc/result';
import { isAppUrl } from './app-origin';
import { QUICKMEET_IPC_CHANNEL } from './ipc-channel';

/** The parts of a `WebFrameMain` that identify a frame and its document. */
export interface IpcFrame {
  readonly url: string;
  readonly processId: number;
  readonly routingId: number;
}

/** The parts of an `IpcMainEvent` the sender check reads. */
export interface IpcSenderEvent {
  readonly senderFrame: IpcFrame | null;
  reply(channel: string, ...args: unknown[]): void;
}

/** The webContents surface the transport uses; Electron's `WebContents` satisfies it. */
export interface IpcWindowContents {
  readonly ipc: {
    on(channel: string, listener: (event: IpcSenderEvent, ...args: unknown[]) => void): unknown;
    removeListener(channel: string, listener: (event: IpcSenderEvent, ...args: unknown[]) => void): unknown;
  };
  readonly mainFrame: IpcFrame;
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
}

/** Why a message was refused before reaching the dispatcher (F30, E17). */
export type SenderRejection = 'frame-gone' | 'not-main-frame' | 'foreign-origin';

/** Checks the sender: a live frame, the window's main frame, showing the app's own origin. */
export function checkSender(event: IpcSenderEvent, contents: IpcWindowContents): SenderRejection | undefined {
  const frame = event.senderFrame;
  if (frame === null) return 'frame-gone';
  const main = contents.mainFrame;
  if (frame.processId !== main.processId || frame.routingId !== main.routingId) return 'not-main-frame';
  if (!isAppUrl(frame.url)) return 'foreign-origin';
  return undefined;
}

/**
 * A Transport over Electron IPC for one window. It listens on that window's own `webContents.ipc`, so
 * no other webContents can reach it, and drops every message whose sender fails {@link checkSender},
 * answering a request with FORBIDDEN_SENDER when the frame can still be replied to.
 */
export function createIpcMainTransport(
  contents: IpcWindowContents,
  onRejected: (reason: SenderRejection) => void = () => undefined,
): Transport {
  return {
    send(message) {
      if (contents.isDestroyed() || !isAppUrl(contents.mainFrame.url)) return;
      contents.send(QUICKMEET_IPC_CHANNEL, message);
    },
    onMessage(listener) {
      const receive = (event: IpcSenderEvent, message: unknown) => {
        const rejection = checkSender(event, contents);
        if (rejection === undefined) return listener(message);
        onRejected(rejection);
        const request = asWireMessage(message);
        if (request?.kind === 'request' && event.senderFrame !== null) {
          const result = fail({ code: 'FORBIDDEN_SENDER', message: 'This page may not use Quickmeet.' });
          event.reply(QUICKMEET_IPC_CHANNEL, { kind: 'response', id: request.id, result });
        }
      };
      contents.ipc.on(QUICKMEET_IPC_CHANNEL, receive);
      return () => void contents.ipc.removeListener(QUICKMEET_IPC_CHANNEL, receive);
    },
  };
}
