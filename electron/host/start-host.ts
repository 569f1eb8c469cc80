// The one composition every host runs: Node ports, the core, the dispatcher, the event fan-out, start
// and stop. The Electron shell, the browser bridge and the CLI each call it with what differs.
import { createDispatcher } from '../../shared/ipc/dispatcher';
import { createInProcessApi } from '../../shared/ipc/in-process-api';
import type { InProcessApi, Subscriptions } from '../../shared/ipc/quickmeet-api';
import { contractCheckedEmitter, createServer, type IpcServer } from '../../shared/ipc/server';
import type { Transport } from '../../shared/ipc/wire';
import type { AppInfo } from '../../shared/model/app-info';
import { createNodePorts, type NodePorts, type NodePortsOptions } from './create-node-ports';
import { createCore, type Core, type CorePorts } from '../core/create-core';
import type { EventChannel } from '../../shared/ipc/contract';
import type { EventSink } from '../core/ports/event-sink';
import type { Logger } from '../core/ports/logger';

/** What the shared ports found, for the host's own devices: the emulator's origin in demo mode, the log. */
export interface HostContext {
  readonly demoOrigin?: string;
  readonly logger: Logger;
}

/** The desktop devices a host fills itself, and the keychain when it keeps secrets elsewhere (the CLI's demo). */
export type HostDevices = Pick<CorePorts, 'clipboard' | 'urlOpener' | 'notifier'> & Partial<Pick<CorePorts, 'secrets'>>;

export interface HostOptions extends NodePortsOptions {
  readonly host: AppInfo['host'];
  readonly version: string;
  readonly devices: (context: HostContext) => HostDevices;
  /** The bridge checks every response and every push against the contract before it leaves. */
  readonly validateResponses?: boolean;
  /** The meeting clock's time, when a test moves it by hand (the system's otherwise). */
  readonly meetingTime?: CorePorts['meetingTime'];
}

/** A built host: the core, and the one way to serve it or listen to its pushes. */
export interface Host {
  readonly core: Core;
  readonly node: NodePorts;
  readonly devices: HostDevices;
  /** Serves the contract over `transport` (a window, a page) and sends it every push until closed. */
  serve(transport: Transport, senderId: string): IpcServer;
  /** Typed subscriptions to the core's pushes, for in-process listeners (the tray, the shortcut, the CLI's notices). */
  readonly on: Subscriptions['on'];
  /** The contract for an in-process caller under its own sender id, through the dispatcher like the window's calls. */
  api(senderId: string): InProcessApi;
  /** Starts the core (`background: false`, the CLI: no polling); a failed start closes what the host opened. */
  start(options?: { readonly background?: boolean }): Promise<void>;
  /** Stops the core, waits for its queued writes, closes the shared ports; once, however often called. */
  stop(): Promise<void>;
}

/** Builds the core for one host on the shared Node ports plus the host's devices. */
export async function createHost(options: HostOptions): Promise<Host> {
  const { host, version, devices: makeDevices, validateResponses, meetingTime, ...nodeOptions } = options;
  const node = await createNodePorts(nodeOptions);
  const logger = node.ports.logger;
  const sinks = new Set<EventSink>();
  const fanOut: EventSink['emit'] = (event, payload) => sinks.forEach((sink) => sink.emit(event, payload));
  // In validating mode (the bridge: tests and development) a push that breaks the contract is an error, like a response.
  const emit = validateResponses
    ? contractCheckedEmitter(fanOut, (event, message) => logger.error('event breaks the contract', { event, message }))
    : fanOut;
  let devices: HostDevices;
  let core: Core;
  try {
    devices = makeDevices({ ...(node.emulator ? { demoOrigin: new URL(node.emulator.baseUrl).origin } : {}), logger });
    core = createCore({
      ...node.ports,
      ...devices,
      appInfo: { version, demoMode: node.demoMode, host, platform: process.platform },
      events: { emit },
      ...(meetingTime ? { meetingTime } : {}),
    });
  } catch (error) {
    // A failed setup closes what it started: a listening demo emulator would keep the process alive.
    await node.dispose();
    throw error;
  }
  const dispatch = createDispatcher(core.handlers, {
    ...(validateResponses ? { validateResponses: true } : {}),
    onInternalError: (channel, error) => logger.error('handler failed', { channel, error: String(error) }),
  });
  const listen = (sink: EventSink) => (sinks.add(sink), () => void sinks.delete(sink));
  const on: Subscriptions['on'] = (event, listener) =>
    listen({
      emit: (pushed: EventChannel, payload: unknown) => {
        // The fan-out carries every channel; this listener takes the one it named, whose payload type that channel fixes.
        if (pushed === event) listener(payload as Parameters<typeof listener>[0]);
      },
    });
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      await core.stop();
      await node.dispose();
    })());
  return {
    core,
    node,
    devices,
    on,
    api: (senderId) => createInProcessApi(dispatch, senderId, { on }),
    serve(transport, senderId) {
      const server = createServer(transport, dispatch, senderId);
      const detach = listen(server);
      return { emit: server.emit, close: () => (detach(), server.close()) };
    },
    async start(startOptions) {
      try {
        await core.start(startOptions);
      } catch (error) {
        await stop().catch(() => undefined);
        throw error;
      }
    },
    stop,
  };
}
