import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '../../../shared/ipc/client';
import { createDispatcher } from '../../../shared/ipc/dispatcher';
import { createServer, type IpcServer } from '../../../shared/ipc/server';
import type { Transport } from '../../../shared/ipc/wire';
import { createConfSettingsFile } from '../../../electron/adapters/conf-settings-file';
import { createFileLogger } from '../../../electron/adapters/file-logger';
import { createGoogleOAuthClient } from '../../../electron/adapters/google-oauth-client';
import { createGoogleapisMeetClient } from '../../../electron/adapters/googleapis-meet-client';
import { emulatorEndpoints } from '../../../electron/adapters/google-oauth-endpoints';
import { createJsonDocumentStoreFactory } from '../../../electron/adapters/json-document-store';
import { createKeytarSecretStore } from '../../../electron/adapters/keytar-secret-store';
import { createLoopbackRedirectListener } from '../../../electron/adapters/loopback-redirect-listener';
import { createNodeFileWriter } from '../../../electron/adapters/node-file-writer';
import { createCore, type CorePorts } from '../../../electron/core/create-core';
import type { Clock } from '../../../electron/core/ports/clock';
import type { Logger } from '../../../electron/core/ports/logger';
import type { MeetApi } from '../../../electron/core/ports/meet-api';
import type { SecretStore } from '../../../electron/core/ports/secret-store';
import { DEMO_CLIENT, type RunningEmulator } from '@quickmeet/emulator';
import { CapturingLogger, ControllableSystemEvents, MemoryClipboard, RecordingUrlOpener, RecordingNotifier } from '../../support/in-memory-ports';
import { createTransportPair } from '../../support/transport-pair';

/** Records every message that crosses a transport, as text, for secret scans. */
function recording(transport: Transport, wire: string[]): Transport {
  return {
    send(message) {
      wire.push(JSON.stringify(message));
      transport.send(message);
    },
    onMessage: (listener) => transport.onMessage(listener),
  };
}

/**
 * The core built from the real sign-in adapters (the OAuth client and the Meet client on the emulator, loopback listener,
 * keytar or a given secret store, conf settings file, JSON documents, file logger), served over
 * an in-memory IPC pair so every payload can be inspected.
 */
export async function startRealAuthHost(emulator: RunningEmulator, options: { home?: string; secrets?: SecretStore; clock?: Clock } = {}) {
  const home = options.home ?? mkdtempSync(join(tmpdir(), 'quickmeet-auth-'));
  const wire: string[] = [];
  const captured = new CapturingLogger();
  const fileLogger = createFileLogger(join(home, 'logs', 'quickmeet.log'));
  const logger: Logger = {
    info: (m, f) => (captured.info(m, f), fileLogger.info(m, f)),
    warn: (m, f) => (captured.warn(m, f), fileLogger.warn(m, f)),
    error: (m, f) => (captured.error(m, f), fileLogger.error(m, f)),
  };
  const oauth = createGoogleOAuthClient({ ...DEMO_CLIENT, endpoints: emulatorEndpoints(emulator.baseUrl), timeoutMs: 5_000 });
  const urlOpener = new RecordingUrlOpener();
  const [mainEnd, pageEnd] = createTransportPair();
  let server: IpcServer | null = null;
  const built: MeetApi[] = [];
  const ports: CorePorts = {
    appInfo: { version: '0.0.0-test', demoMode: true, host: 'bridge', platform: process.platform },
    secrets: options.secrets ?? createKeytarSecretStore(),
    clipboard: new MemoryClipboard(),
    urlOpener,
    notifier: new RecordingNotifier(),
    events: { emit: (event, payload) => server?.emit(event, payload) },
    clock: options.clock ?? { now: () => Date.now() },
    logger,
    documents: createJsonDocumentStoreFactory(home),
    system: new ControllableSystemEvents(),
    meet: (tokens) => {
      const client = createGoogleapisMeetClient({ tokens, rootUrl: `${emulator.baseUrl}/` });
      built.push(client);
      return client;
    },
    oauth,
    redirectListener: createLoopbackRedirectListener(),
    settingsFile: createConfSettingsFile({ dir: home }),
    files: createNodeFileWriter(),
  };
  const core = createCore(ports);
  server = createServer(recording(mainEnd, wire), createDispatcher(core.handlers, { validateResponses: true }), 'test');
  const api = createClient(recording(pageEnd, wire));
  await core.start();
  return { home, wire, logs: captured.lines, urlOpener, api, core, oauth, meet: built[0]!, close: () => (server?.close(), core.stop()) };
}
