import type { IpcRenderer, IpcRendererEvent } from 'electron';
import type { Transport } from '../../shared/ipc/wire';
import { QUICKMEET_IPC_CHANNEL } from '../shell/ipc-channel';

/** The ipcRenderer surface the transport uses. */
export type WireIpcRenderer = Pick<IpcRenderer, 'send' | 'on' | 'removeListener'>;

/**
 * The page end of the Electron transport: one fixed channel, and listeners receive the message only,
 * never the `IpcRendererEvent` (which would hand the page `event.sender`, i.e. ipcRenderer itself).
 */
export function createIpcRendererTransport(ipc: WireIpcRenderer): Transport {
  return {
    send: (message) => void ipc.send(QUICKMEET_IPC_CHANNEL, message),
    onMessage(listener) {
      const receive = (_event: IpcRendererEvent, message: unknown) => listener(message);
      ipc.on(QUICKMEET_IPC_CHANNEL, receive);
      return () => void ipc.removeListener(QUICKMEET_IPC_CHANNEL, receive);
    },
  };
}
