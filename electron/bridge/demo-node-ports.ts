import { join } from 'node:path';
import { createConfSettingsFile } from '../adapters/conf-settings-file';
import { createFileLogger } from '../adapters/file-logger';
import { createGoogleOAuthClient } from '../adapters/google-oauth-client';
import { emulatorEndpoints } from '../adapters/google-oauth-endpoints';
import { createGoogleapisMeetClient } from '../adapters/googleapis-meet-client';
import { createJsonDocumentStoreFactory } from '../adapters/json-document-store';
import { createKeytarSecretStore } from '../adapters/keytar-secret-store';
import { createLoopbackRedirectListener } from '../adapters/loopback-redirect-listener';
import { createNodeFileWriter } from '../adapters/node-file-writer';
import { createNodeSystemEvents } from '../adapters/node-system-events';
import { systemClock } from '../core/ports/clock';
import { DEMO_CLIENT, startEmulator, type EmulatorOptions, type RunningEmulator } from '../emulator/index';

/** Node ports for demo mode: the in-process emulator stands in for Google; keychain and files are real. */
export interface DemoNodePorts {
  readonly emulator: RunningEmulator;
  readonly ports: ReturnType<typeof buildPorts>;
  dispose(): Promise<void>;
}

function buildPorts(home: string, emulator: RunningEmulator) {
  const oauth = createGoogleOAuthClient({ ...DEMO_CLIENT, endpoints: emulatorEndpoints(emulator.baseUrl) });
  return {
    secrets: createKeytarSecretStore(),
    clock: systemClock,
    logger: createFileLogger(join(home, 'logs', 'quickmeet.log')),
    documents: createJsonDocumentStoreFactory(home),
    settingsFile: createConfSettingsFile({ dir: home }),
    system: createNodeSystemEvents(),
    oauth,
    redirectListener: createLoopbackRedirectListener(),
    files: createNodeFileWriter(),
    meet: createGoogleapisMeetClient({ auth: oauth.authClient, rootUrl: `${emulator.baseUrl}/` }),
  };
}

/** Starts the emulator and builds the ports around it; `dispose` stops both. */
export async function createDemoNodePorts(home: string, emulatorOptions: EmulatorOptions = {}): Promise<DemoNodePorts> {
  const emulator = await startEmulator(emulatorOptions);
  const ports = buildPorts(home, emulator);
  return {
    emulator,
    ports,
    dispose: async () => {
      ports.system.dispose();
      await emulator.close();
    },
  };
}
