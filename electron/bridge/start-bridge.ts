// Host 2, the browser bridge: runs the core in Node and serves the renderer to a browser over a
// loopback WebSocket guarded by a per-run secret. Composition root only: it wires, it does not decide.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createDispatcher } from '../../shared/ipc/dispatcher';
import { resolveAppDataDir } from '../adapters/app-data-dir';
import { createNodePorts } from '../adapters/create-node-ports';
import { createServer as createIpcServer } from '../../shared/ipc/server';
import { createCore, type CorePorts } from '../core/create-core';
import { demoBanner } from '../emulator/demo-banner';
import type { EmulatorOptions } from '../emulator/index';
import { startBridgeServer } from './bridge-server';
import { createEventHub } from './event-hub';
import { createBridgeDevices, type BridgeDevices } from './memory-devices';
import { createTerminalDesktop } from './terminal-desktop';
import { createWebSocketTransport } from './ws-transport';

export interface BridgeOptions {
  readonly port?: number;
  /** Fixed secret (tests); random otherwise. */
  readonly secret?: string;
  /** App-data folder; defaults to QUICKMEET_HOME, else a fresh temporary folder (a preview run passes the real one). */
  readonly home?: string;
  /** Built renderer and page script; default to the layout of `dist/`. */
  readonly rendererDir?: string;
  readonly preloadFile?: string;
  /** Desktop devices to use instead of the in-memory ones (a person's preview: the real browser and clipboard). */
  readonly desktop?: (context: { readonly demoOrigin?: string }) => Partial<Pick<CorePorts, 'clipboard' | 'browser' | 'notifier'>>;
  /** Options for the in-process emulator that stands in for Google in demo mode. */
  readonly emulator?: EmulatorOptions;
}

/** A running bridge. `devices` is the test-only view of clipboard, browser and notifications. */
export interface RunningBridge {
  readonly url: string;
  readonly origin: string;
  readonly devices: BridgeDevices;
  /** Base URL of the emulator behind this bridge (demo mode; empty with a real Google client), for tests that drive it. */
  readonly emulatorUrl: string;
  close(): Promise<void>;
}

const here = fileURLToPath(new URL('.', import.meta.url));

/** Builds the core with Node ports and in-memory desktop devices, and serves it. */
export async function startBridge(options: BridgeOptions = {}): Promise<RunningBridge> {
  const home = options.home ?? process.env.QUICKMEET_HOME ?? mkdtempSync(join(tmpdir(), 'quickmeet-bridge-'));
  const node = await createNodePorts({ home, emulator: options.emulator });
  const { logger } = node.ports;
  const devices = createBridgeDevices();
  const events = createEventHub();
  const core = createCore({
    appInfo: { version: process.env.npm_package_version ?? '0.1.0', demoMode: node.demoMode, host: 'bridge', platform: process.platform },
    ...node.ports,
    ...devices,
    ...options.desktop?.({ demoOrigin: node.emulator?.baseUrl }),
    events,
  });
  const dispatch = createDispatcher(core.handlers, {
    validateResponses: true,
    onInternalError: (channel, error) => logger.error('handler failed', { channel, error: String(error) }),
  });
  let connections = 0;
  const server = await startBridgeServer({
    port: options.port,
    secret: options.secret,
    rendererDir: options.rendererDir ?? join(here, '../renderer'),
    preloadFile: options.preloadFile ?? join(here, 'bridge-preload.js'),
    onConnection: (socket) => {
      const ipc = createIpcServer(createWebSocketTransport(socket), dispatch, `bridge:${++connections}`);
      const detach = events.attach(ipc);
      socket.once('close', () => (detach(), ipc.close()));
    },
    onConnectionError: (error) => logger.warn('bridge connection failed', { reason: error.message }),
  });
  await core.start();
  return {
    url: server.url,
    origin: server.access.origin,
    devices,
    emulatorUrl: node.emulator?.baseUrl ?? '',
    close: async () => {
      await server.close();
      await core.stop();
      await node.dispose();
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // A terminal that went away must not end the bridge with EPIPE; the page keeps working.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);
  const print = (line: string) => void process.stdout.write(`${line}\n`);
  const bridge = await startBridge({
    port: Number(process.env.QUICKMEET_BRIDGE_PORT ?? 0),
    home: resolveAppDataDir(),
    desktop: ({ demoOrigin }) => createTerminalDesktop(print, demoOrigin),
  });
  process.stdout.write(`Quickmeet is running in your browser at:\n\n  ${bridge.url}\n\n`);
  if (bridge.emulatorUrl) print(`${demoBanner(bridge.emulatorUrl)}\n`);
  print('Press Ctrl+C to stop.');
  const stop = () => (print('\nStopping Quickmeet…'), void bridge.close().then(() => process.exit(0)));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
