import { join } from 'node:path';
import { systemClock } from '../core/ports/clock';
import { demoMeetingPath } from '../emulator/demo/demo-meeting-routes';
import { DEMO_CLIENT, startEmulator, type EmulatorOptions, type RunningEmulator } from '../emulator/index';
import { createConfSettingsFile } from './conf-settings-file';
import { createFileLogger } from './file-logger';
import { createGoogleOAuthClient } from './google-oauth-client';
import { emulatorEndpoints, GOOGLE_ENDPOINTS } from './google-oauth-endpoints';
import { createGoogleapisMeetClient } from './googleapis-meet-client';
import { createJsonDocumentStoreFactory } from './json-document-store';
import { createKeytarSecretStore } from './keytar-secret-store';
import { createLoopbackRedirectListener } from './loopback-redirect-listener';
import { createNodeFileWriter } from './node-file-writer';
import { createNodeSystemEvents } from './node-system-events';
import { loadOAuthClientConfig } from './oauth-client-config';

export interface NodePortsOptions {
  /** The app-data folder (settings, registry, caches, logs). */
  readonly home: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Options for the in-process emulator when no Google client is configured (demo mode); autopilot is on by default. */
  readonly emulator?: EmulatorOptions;
  /** Force demo mode even when a Google client is configured (tests, `--demo`). */
  readonly forceDemo?: boolean;
}

/** The ports that are the same in every Node-based host, and what the host must know about them. */
export interface NodePorts {
  /** `meetingPage` only in demo mode: meetings open on the emulator's demo page, not on meet.google.com. */
  readonly ports: ReturnType<typeof buildPorts> & { readonly meetingPage?: (meetingUri: string) => string };
  readonly demoMode: boolean;
  /** The in-process emulator standing in for Google in demo mode. */
  readonly emulator?: RunningEmulator;
  dispose(): Promise<void>;
}

interface Backend {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly endpoints: typeof GOOGLE_ENDPOINTS;
  readonly meetRootUrl?: string;
}

function buildPorts(home: string, backend: Backend) {
  const oauth = createGoogleOAuthClient(backend);
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
    meet: createGoogleapisMeetClient({ auth: oauth.authClient, rootUrl: backend.meetRootUrl }),
  };
}

/**
 * Builds keychain, files, logger and the Google clients. With a configured OAuth client they talk to
 * Google; without one (demo mode) the built-in emulator starts in-process on a loopback port.
 */
export async function createNodePorts(options: NodePortsOptions): Promise<NodePorts> {
  const config = options.forceDemo ? { mode: 'demo' as const } : await loadOAuthClientConfig({ env: options.env, appDataDir: options.home });
  if (config.mode === 'google') {
    const ports = buildPorts(options.home, { ...config, endpoints: GOOGLE_ENDPOINTS });
    return { ports, demoMode: false, dispose: async () => ports.system.dispose() };
  }
  // Demo mode brings meetings to life (autopilot) and survives restarts (the state file keeps token digests only).
  const emulator = await startEmulator({ autopilot: true, stateFile: join(options.home, 'demo-google.json'), ...options.emulator });
  const ports = {
    ...buildPorts(options.home, {
      ...DEMO_CLIENT,
      endpoints: emulatorEndpoints(emulator.baseUrl),
      meetRootUrl: `${emulator.baseUrl}/`,
    }),
    // The emulator's codes do not exist on the real meet.google.com: its demo page says what would happen.
    meetingPage: (meetingUri: string) => `${emulator.baseUrl}${demoMeetingPath(new URL(meetingUri).pathname.slice(1))}`,
  };
  return {
    ports,
    demoMode: true,
    emulator,
    dispose: async () => {
      ports.system.dispose();
      await emulator.close();
    },
  };
}
