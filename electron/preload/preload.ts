// The sandboxed preload: bundled to CommonJS with `electron` external, and free of zod (the client
// uses only the channel names), because a sandboxed preload can require nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { exposeQuickmeet } from './expose-quickmeet';

exposeQuickmeet(contextBridge, ipcRenderer);
