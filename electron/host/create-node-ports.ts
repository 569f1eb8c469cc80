import { join } from 'node:path';
import type { AccessTokenSource } from '../core/ports/access-token';
import { systemClock } from '../core/ports/clock';
import type { EmulatorOptions, RunningEmulator, StateFileReporter } from '@quickmeet/emulator';
import { createConfSettingsFile } from '../adapters/conf-settings-file';
import { createFileLogger } from '../adapters/file-logger';
import { createGoogleOAuthClient } from '../adapters/google-oauth-client';
import { emulatorEndpoints, GOOGLE_ENDPOINTS } from '../adapters/google-oauth-endpoints';
import { createGoogleapisMeetClient } from '../adapters/googleapis-meet-client';
import { createGoogleapisPubSubClient } from '../adapters/googleapis-pub-sub-client';
import { createGoogleapisWorkspaceEventsClient } from '../adapters/googleapis-workspace-events-client';
import { dataFileNotSavedNotice, dataFileResetNotice, type DataFileLabel } from '../core/app/data-file-notices';
import { createHostNoticeFeed, type HostNoticeFeed } from '../adapters/host-notice-feed';
import { createFileCreateLedger } from '../adapters/file-create-ledger';
import { createJsonDocumentStoreFactory, removeLeftoverTemporaryFiles } from '../adapters/json-document-store';
import { createKeytarSecretStore } from '../adapters/keytar-secret-store';
import { createLoopbackRedirectListener } from '../adapters/loopback-redirect-listener';
import { createNodeFileWriter } from '../adapters/node-file-writer';
import { createNodeSystemEvents } from '../adapters/node-system-events';
import type { SettingsFile } from '../core/ports/settings-file';
import type { SystemEvents } from '../core/ports/system-events';
import { resolveDataFolder, type DataFolderOptions } from './data-folder';
import { documentsBesideRunningHost } from './beside-running-host';
import type { OAuthClientConfig } from '../adapters/oauth-client-config';
import { findRunningHost, holdDataFolder, type HeldDataFolder, type RunningHostNote } from '../adapters/running-host-lock';

export interface NodePortsOptions extends Omit<DataFolderOptions, 'forceDemo'> {
  /** Options for the in-process emulator when no Google client is configured (demo mode); autopilot is on by default. */
  readonly emulator?: EmulatorOptions;
  /** Force demo mode even when a Google client is configured (tests, `--demo`). */
  readonly forceDemo?: boolean;
  /**
   * A long-running host (the app, the preview) holds its data folder: a second one there is refused with a
   * `DataFolderInUseError` before it touches a file. Short CLI commands do not, and in demo mode they use
   * the running host's emulator instead of starting a second one on the same state file.
   */
  readonly hold?: RunningHostNote['host'];
  /** The settings file in the data folder, when the host keeps its own (electron-store in the shell); conf otherwise. */
  readonly settingsFile?: (dataDir: string) => SettingsFile;
  /**
   * Demo mode turns instant updates on against the emulator's demo Cloud project, so a newcomer sees
   * joins at once (the app and the preview ask for it; tests keep polling unless they turn it on).
   */
  readonly demoPush?: boolean;
  /** Power and network events built on the clock-jump detector (the shell adds powerMonitor and net); the detector alone otherwise. */
  readonly system?: (clockJumps: SystemEvents) => SystemEvents & { dispose(): void };
}

/** The ports that are the same in every Node-based host, and what the host must know about them. */
export interface NodePorts {
  /** `meetingPage` only in demo mode: meetings open on the emulator's demo page, not on meet.google.com. */
  readonly ports: ReturnType<typeof buildPorts> & { readonly meetingPage?: (meetingUri: string) => string; readonly demoPushProject?: string };
  readonly demoMode: boolean;
  /** The data folder the host runs on, as `resolveDataFolder` decided it. */
  readonly dataDir: string;
  /** The emulator standing in for Google in demo mode: in this process, or the running host's. */
  readonly emulator?: RunningEmulator;
  /** Tells a later process where this host serves (the preview's URL); only for a host that holds its folder. */
  announce(details: { readonly url: string }): Promise<void>;
  dispose(): Promise<void>;
}

/** The app-data subfolder of cached transcripts and their search index. */
const TRANSCRIPTS_FOLDER = 'transcripts';

interface Backend {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly endpoints: typeof GOOGLE_ENDPOINTS;
  readonly meetRootUrl?: string;
}

type HostChoices = Pick<NodePortsOptions, 'settingsFile' | 'system'> & {
  /** A short command beside the app or preview running on the same folder. */
  readonly besideRunningHost?: boolean;
};

function buildPorts(home: string, backend: Backend, hostNotices: HostNoticeFeed, choices: HostChoices) {
  const logger = createFileLogger(join(home, 'logs', 'quickmeet.log'));
  // One clock-jump timer per process, whichever system-events port the host builds on it.
  const clockJumps = createNodeSystemEvents();
  const system = choices.system?.(clockJumps) ?? clockJumps;
  return {
    hostNotices,
    createLedger: createFileCreateLedger(join(home, 'create-budget.json'), logger),
    secrets: createKeytarSecretStore(),
    clock: systemClock,
    logger,
    documents: choices.besideRunningHost ? documentsBesideRunningHost(createJsonDocumentStoreFactory(home)) : createJsonDocumentStoreFactory(home),
    // Cached transcripts and their search index: 200 meetings of 1,000 entries make an index of ~30 MB.
    transcriptDocuments: createJsonDocumentStoreFactory(join(home, TRANSCRIPTS_FOLDER), { maxBytes: 512 * 1024 * 1024 }),
    settingsFile: choices.settingsFile?.(home) ?? createConfSettingsFile({ dir: home }),
    system: {
      ...system,
      dispose() {
        system.dispose();
        if (system !== clockJumps) clockJumps.dispose();
      },
    },
    oauth: createGoogleOAuthClient(backend),
    redirectListener: createLoopbackRedirectListener(),
    files: createNodeFileWriter(),
    meet: (tokens: AccessTokenSource) => createGoogleapisMeetClient({ tokens, rootUrl: backend.meetRootUrl }),
    // The emulator serves Workspace Events and Pub/Sub on the same origin as Meet.
    workspaceEvents: (tokens: AccessTokenSource) => createGoogleapisWorkspaceEventsClient({ tokens, rootUrl: backend.meetRootUrl }),
    pubsub: (tokens: AccessTokenSource) => createGoogleapisPubSubClient({ tokens, rootUrl: backend.meetRootUrl }),
  };
}

/**
 * Builds keychain, files, logger and the Google clients. With a configured OAuth client they talk to
 * Google; without one (demo mode) the built-in emulator starts in-process on a loopback port.
 */
export async function createNodePorts(options: NodePortsOptions): Promise<NodePorts> {
  const { dir: home, client: config } = await resolveDataFolder(options);
  const held = options.hold ? await holdDataFolder(home, { host: options.hold }) : undefined;
  try {
    return await buildNodePorts(options, home, config, held);
  } catch (error) {
    await held?.release();
    throw error;
  }
}

async function buildNodePorts(options: NodePortsOptions, home: string, config: OAuthClientConfig, held: HeldDataFolder | undefined): Promise<NodePorts> {
  const running = held ? undefined : await findRunningHost(home);
  const choices: HostChoices = { ...options, besideRunningHost: running !== undefined };
  // Writes cut off by a crash leave temporary files; no write of this process has started yet.
  await removeLeftoverTemporaryFiles(home);
  await removeLeftoverTemporaryFiles(join(home, TRANSCRIPTS_FOLDER));
  const hostNotices = createHostNoticeFeed();
  const announce = async (details: { readonly url: string }) => void (await held?.announce(details));
  const release = async () => void (await held?.release());
  if (config.mode === 'google') {
    const ports = buildPorts(home, { ...config, endpoints: GOOGLE_ENDPOINTS }, hostNotices, choices);
    return { ports, demoMode: false, dataDir: home, announce, dispose: async () => (ports.system.dispose(), await release()) };
  }
  // Only demo mode loads the emulator: the host bundles leave it out and load ./emulator.js beside them (scripts/build.mjs).
  const { DEMO_CLIENT, DEMO_PROJECT_ID, demoMeetingPath } = await import('@quickmeet/emulator');
  const emulator = await demoEmulator(options, home, hostNotices, held, running);
  let ports: NodePorts['ports'];
  try {
    ports = {
      ...buildPorts(home, { ...DEMO_CLIENT, endpoints: emulatorEndpoints(emulator.baseUrl), meetRootUrl: `${emulator.baseUrl}/` }, hostNotices, choices),
      // The emulator's codes do not exist on the real meet.google.com: its demo page says what would happen.
      meetingPage: (meetingUri: string) => `${emulator.baseUrl}${demoMeetingPath(new URL(meetingUri).pathname.slice(1))}`,
      ...(options.demoPush ? { demoPushProject: DEMO_PROJECT_ID } : {}),
    };
  } catch (error) {
    // A failed setup closes what it started: a listening emulator would keep the process alive.
    await emulator.close();
    throw error;
  }
  return {
    ports,
    demoMode: true,
    dataDir: home,
    emulator,
    announce,
    dispose: async () => {
      ports.system.dispose();
      await emulator.close();
      await release();
    },
  };
}

/**
 * The demo's Google: the emulator of the app or preview running on this folder, for a short command beside
 * it (two emulators on one state file would overwrite each other's meetings); else one in this process.
 */
async function demoEmulator(
  options: NodePortsOptions,
  home: string,
  hostNotices: HostNoticeFeed,
  held: HeldDataFolder | undefined,
  running: RunningHostNote | undefined,
): Promise<RunningEmulator> {
  const { emulatorControl, startEmulator } = await import('@quickmeet/emulator');
  if (running?.emulatorUrl) {
    const baseUrl = running.emulatorUrl;
    return { baseUrl, control: emulatorControl(baseUrl), close: async () => undefined };
  }
  // Demo mode brings meetings to life (autopilot) and survives restarts (the state file keeps token digests only).
  const emulator = await startEmulator({
    autopilot: true,
    stateFile: join(home, 'demo-google.json'),
    onStateFileProblem: demoStateNotices(hostNotices),
    ...options.emulator,
  });
  await held?.announce({ emulatorUrl: emulator.baseUrl }).catch(async (error: unknown) => {
    await emulator.close();
    throw error;
  });
  return emulator;
}

const DEMO_STATE: DataFileLabel = {
  id: 'demo-state',
  file: 'demo Google state file',
  what: 'the demo Google state',
  fresh: 'a fresh demo; sign in again',
};

/** Problems with the demo's Google state file, as the same notices every data file gets. */
function demoStateNotices(feed: HostNoticeFeed): StateFileReporter {
  return (problem) =>
    feed.post(
      problem.kind === 'reset'
        ? dataFileResetNotice(DEMO_STATE, problem.reason, problem.movedTo)
        : dataFileNotSavedNotice(DEMO_STATE, problem.reason),
    );
}
