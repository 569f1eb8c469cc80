/**
 * The built-in Google emulator: OAuth 2.0 for installed apps, Meet REST v2/v2beta, Workspace Events
 * v1 and Pub/Sub v1 (push delivery of Meet events), and a control API under /emulator/v1/ for
 * simulation, faults and the request log. Binds 127.0.0.1 only.
 */
import type { AddressInfo } from 'node:net';
import { createEmulatorClock } from './clock/emulator-clock';
import { adminControls } from './control/admin-controls';
import { createFaultPlan } from './control/fault-plan';
import { emulatorControl, type EmulatorControl } from './control/control-client';
import { pushControls } from './control/push-controls';
import { createRequestLog } from './control/request-log';
import { simulationControls } from './control/simulation-controls';
import { tokenControls } from './control/token-controls';
import { DEMO_CLIENT_ID, DEMO_CLIENT_SECRET } from './demo-client';
import { demoMeetingRoutes } from './demo/demo-meeting-routes';
import type { EmulatorContext, OAuthClientRegistration } from './emulator-context';
import { createEmulatorServer } from './http/http-server';
import { accessPolicyOf, createMeetRoutes } from './meet/meet-routes';
import { projectOfClient } from './pubsub/cloud-projects';
import { createPubsubBroker } from './pubsub/pubsub-broker';
import { pubsubRoutes } from './pubsub/pubsub-routes';
import { createWorkspaceEvents } from './workspaceevents/workspace-events';
import { workspaceEventsRoutes } from './workspaceevents/subscriptions-routes';
import { createOAuthRoutes } from './oauth/oauth-routes';
import { createTokenService } from './oauth/token-service';
import { createAutopilot } from './simulation/autopilot';
import { createConferenceSimulator } from './simulation/conference-simulator';
import { clearState, emptyState, type StoredSpace } from './state/emulator-state';
import { createStateSaver, loadStateFile, type StateFileReporter } from './state/state-file';
import { createStateQueries } from './state/state-queries';

/** How to run the emulator. */
export interface EmulatorOptions {
  /** 0/undefined = OS-assigned; always binds 127.0.0.1. */
  port?: number;
  /** Added to every Google-facing request (not to control calls). */
  latencyMs?: number;
  /** Demo mode: simulated people join new spaces, artifacts appear. */
  autopilot?: boolean;
  /** Persist state so a demo survives restart. */
  stateFile?: string;
  /** Where problems with `stateFile` go (default: a process warning); the emulator keeps running in memory. */
  onStateFileProblem?: StateFileReporter;
  /** Default 3600. */
  accessTokenTtlSeconds?: number;
  /** Live refresh tokens per account+client, default 100. */
  refreshTokenCap?: number;
  /** OAuth clients accepted besides DEMO_CLIENT. */
  clients?: ReadonlyArray<OAuthClientRegistration>;
  /** Seconds from an artifact's end to FILE_GENERATED, default 15. */
  artifactProcessingSeconds?: number;
  /** Real seconds a Pub/Sub pull with nothing to return is held open, default 30. */
  pullHoldSeconds?: number;
}

/** A started emulator. */
export interface RunningEmulator {
  readonly baseUrl: string;
  /** A typed client of its control API (/emulator/v1/). */
  readonly control: EmulatorControl;
  close(): Promise<void>;
}

/** The OAuth client of the Quickmeet demo build. */
export const DEMO_CLIENT = { clientId: DEMO_CLIENT_ID, clientSecret: DEMO_CLIENT_SECRET } as const;

/** Starts an emulator on 127.0.0.1. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const loaded =
    options.stateFile === undefined
      ? { state: emptyState(), writable: false }
      : await loadStateFile(options.stateFile, options.onStateFileProblem);
  const { state } = loaded;
  const clock = createEmulatorClock(state.clockOffsetMs);
  const saver =
    options.stateFile === undefined
      ? undefined
      : createStateSaver(options.stateFile, () => state, {
          writable: loaded.writable,
          report: options.onStateFileProblem,
        });
  const changed = (): void => saver?.changed();
  const settings = {
    latencyMs: options.latencyMs ?? 0,
    artifactProcessingSeconds: options.artifactProcessingSeconds ?? 15,
    pullHoldSeconds: options.pullHoldSeconds ?? 30,
    clients: [DEMO_CLIENT, ...(options.clients ?? [])],
  };
  const limits = { accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? 3600, refreshTokenCap: options.refreshTokenCap ?? 100 };

  // Every service holds the one state object for the emulator's life; a reset empties it in place.
  const queries = createStateQueries(state, clock);
  const pubsub = createPubsubBroker({ state: () => state.pubsub, clock, changed });
  const events = createWorkspaceEvents({
    subscriptions: () => state.workspaceSubscriptions,
    setSubscriptions: (next) => void (state.workspaceSubscriptions = next),
    pubsub: () => state.pubsub,
    broker: pubsub,
    clock,
    projectOfClient: (clientId) => projectOfClient(settings.clients, clientId),
    changed,
  });
  const simulator = createConferenceSimulator({ state, clock, queries, processingMs: () => settings.artifactProcessingSeconds * 1000, changed, events });
  const autopilot = options.autopilot === true ? createAutopilot(clock, queries, simulator, state) : undefined;
  // Without the autopilot, walking in still starts the call with its owner in it (nobody else comes).
  const ownerJoined = (space: StoredSpace): void => {
    if (autopilot) return autopilot.onOwnerJoined(space);
    const running = space.activeConferenceId === undefined ? undefined : queries.conference(space.activeConferenceId);
    const conference = running !== undefined && running.endTime === undefined ? running : simulator.start(space);
    simulator.join(conference, { kind: 'signedinUser', account: space.ownerEmail });
  };
  const tokens = createTokenService(state, clock, limits, changed, (email, clientId) => events.userRevoked(email, clientId));
  events.armAll();
  simulator.resumeFileEvents();
  const emu: EmulatorContext = { state, clock, queries, simulator, pubsub, events, settings, changed, tokens, spaceCreated: () => undefined, ownerJoined };

  const faults = createFaultPlan();
  const log = createRequestLog();
  const stopDelivery = (): void => {
    pubsub.close();
    events.close();
  };
  const reset = (): void => {
    stopDelivery();
    clock.stop();
    clearState(state, clock.offsetMs());
    simulator.forget();
    autopilot?.forget();
    faults.clear();
    log.clear();
    changed();
  };
  const policy = accessPolicyOf(emu);
  const routes = [
    ...demoMeetingRoutes(emu),
    ...createOAuthRoutes(emu),
    ...createMeetRoutes(emu, policy),
    ...workspaceEventsRoutes(emu, policy),
    ...pubsubRoutes(emu),
    ...tokenControls(emu),
    ...simulationControls(emu),
    ...pushControls(emu),
    ...adminControls(emu, faults, log, reset),
  ];
  const server = createEmulatorServer(emu, routes, faults, log);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  // Each broken connection fails alone (Node answers it with 400); a late server error must not end the process.
  server.on('error', () => undefined);

  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    control: emulatorControl(baseUrl),
    async close() {
      stopDelivery();
      clock.stop();
      saver?.flush();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export { demoBanner } from './demo-banner';
export { DEMO_PROJECT_ID } from './pubsub/cloud-projects';
export { demoMeetingPath } from './demo/demo-meeting-routes';
export type { StateFileProblem, StateFileReporter } from './state/state-file';
export * from './control/control-client';
