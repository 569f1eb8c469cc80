import type { QuickmeetApi } from '../../shared/ipc/quickmeet-api';

declare global {
  interface Window {
    /** The contract's methods, exposed by the Electron preload or the bridge page script. */
    readonly quickmeet: QuickmeetApi;
  }
}

export {};
