// What the sandboxed preload may take from 'electron', typed without Node: Electron's own
// electron.d.ts references Node's types, and a sandboxed preload has no Node (no `process.env`, no
// `require` of anything but a few Electron modules). See electronjs.org/docs/latest/tutorial/sandbox.
// electron/preload/tsconfig.json maps 'electron' here; the test project type-checks the same files
// against the real electron.d.ts, so these declarations stay a subset of Electron's.

export interface IpcRendererEvent {
  readonly senderId: number;
}

export interface IpcRenderer {
  send(channel: string, ...args: unknown[]): void;
  on(channel: string, listener: (event: IpcRendererEvent, ...args: unknown[]) => void): this;
  removeListener(channel: string, listener: (...args: never[]) => void): this;
}

export interface ContextBridge {
  exposeInMainWorld(apiKey: string, api: unknown): void;
}

export declare const contextBridge: ContextBridge;
export declare const ipcRenderer: IpcRenderer;
