import type { ContextBridge } from 'electron';
import { createClient } from '../../shared/ipc/client';
import { createIpcRendererTransport, type WireIpcRenderer } from './ipc-renderer-transport';

/** The name of the one global the page gets. */
export const EXPOSED_API_KEY = 'quickmeet';

/**
 * Exposes `window.quickmeet`: the contract's methods by name plus `on`, built by the shared client
 * over ipcRenderer. No ipcRenderer, no generic send or invoke reaches the page (E20).
 */
export function exposeQuickmeet(bridge: Pick<ContextBridge, 'exposeInMainWorld'>, ipc: WireIpcRenderer): void {
  bridge.exposeInMainWorld(EXPOSED_API_KEY, createClient(createIpcRendererTransport(ipc)));
}
