// Host 2, the browser bridge: runs the core in Node and serves the renderer to a browser over a
// loopback WebSocket guarded by a per-run secret. Composition root only: it wires, it does not decide.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CorePorts } from '../core/create-core';
import type { EmulatorOptions } from '@quickmeet/emulator';
import { DataFolderInUseError } from '../adapters/running-host-lock';
import { createHost } from '../host/start-host';
import { startBridgeServer } from './bridge-server';
import { createBridgeDevices, type BridgeDevices } from './memory-devices';
import { createTerminalDesktop } from './terminal-desktop';
import { createWebSocketTransport } from './ws-transport';

export interface BridgeOptions {
  readonly port?: number;
  /** Fixed secret (tests); random otherwise. */
  readonly secret?: string;
  /** Data folder chosen by the caller (tests); without it and without `appData`, a temporary one removed on close. */
  readonly home?: string;
  /** Runs on the app's own data, in the folder every host picks (host/data-folder.ts): the preview. */
  readonly appData?: boolean;
  /** Built renderer and page script; default to the layout of `dist/`. */
  readonly rendererDir?: string;
  readonly preloadFile?: string;
  /** Desktop devices to use instead of the in-memory ones (a person's preview: the real browser and clipboard). */
  readonly desktop?: (context: { readonly demoOrigin?: string }) => Partial<Pick<CorePorts, 'clipboard' | 'urlOpener' | 'notifier'>>;
  /** Options for the in-process emulator that stands in for Google in demo mode. */
  readonly emulator?: EmulatorOptions;
  /** Tests only: the meeting clock's time, moved by hand (the hard stop without waiting for it). */
  readonly meetingTime?: CorePorts['meetingTime'];
  /** Demo mode turns instant updates on against the emulator's project (the preview does; tests choose). */
  readonly demoPush?: boolean;
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
  const temporary = options.home === undefined && !options.appData ? await mkdtemp(join(tmpdir(), 'quickmeet-bridge-')) : undefined;
  const home = options.home ?? temporary;
  const removeTemporary = () => (temporary ? rm(temporary, { recursive: true, force: true }) : Promise.resolve());
  const devices = createBridgeDevices();
  const host = await createHost({
    ...(home ? { home } : {}),
    host: 'bridge',
    hold: 'bridge',
    version: process.env.npm_package_version ?? '0.1.0',
    ...(options.emulator ? { emulator: options.emulator } : {}),
    ...(options.demoPush ? { demoPush: true } : {}),
    validateResponses: true,
    ...(options.meetingTime ? { meetingTime: options.meetingTime } : {}),
    devices: ({ demoOrigin }) => ({ ...devices, ...options.desktop?.({ demoOrigin }) }),
  }).catch(async (error: unknown) => {
    await removeTemporary();
    throw error;
  });
  const { node } = host;
  const { logger } = node.ports;
  let connections = 0;
  const server = await startBridgeServer({
    port: options.port,
    secret: options.secret,
    rendererDir: options.rendererDir ?? join(here, '../renderer'),
    preloadFile: options.preloadFile ?? join(here, 'bridge-preload.js'),
    onConnection: (socket) => {
      const ipc = host.serve(createWebSocketTransport(socket), `bridge:${++connections}`);
      socket.once('close', () => ipc.close());
    },
    onConnectionError: (error) => logger.warn('bridge connection failed', { reason: error.message }),
  }).catch(async (error: unknown) => {
    // A port in use: close the host, which lets go of the data folder and its emulator.
    await host.stop();
    await removeTemporary();
    throw error;
  });
  await host.start();
  await node.announce({ url: server.url });
  return {
    url: server.url,
    origin: server.access.origin,
    devices,
    emulatorUrl: node.emulator?.baseUrl ?? '',
    close: async () => {
      await server.close();
      await host.stop();
      await removeTemporary();
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // A terminal that went away must not end the bridge with EPIPE; the page keeps working.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);
  const print = (line: string) => void process.stdout.write(`${line}\n`);
  const bridge = await startBridge({
    port: Number(process.env.QUICKMEET_BRIDGE_PORT ?? 0),
    appData: true,
    demoPush: true,
    desktop: ({ demoOrigin }) => createTerminalDesktop(print, demoOrigin),
  }).catch((error: unknown) => {
    // A second preview or app on the same data folder: say where the first one is, and leave its data alone.
    if (!(error instanceof DataFolderInUseError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
  process.stdout.write(`Quickmeet is running in your browser at:\n\n  ${bridge.url}\n\n`);
  if (bridge.emulatorUrl) print(`${(await import('@quickmeet/emulator')).demoBanner(bridge.emulatorUrl)}\n`);
  print('Press Ctrl+C to stop.');
  const stop = () => (print('\nStopping Quickmeet…'), void bridge.close().then(() => process.exit(0)));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
