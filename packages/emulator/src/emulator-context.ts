/** The pieces every route shares, built once per running emulator. */
import type { EmulatorClock } from './clock/emulator-clock';
import type { TokenService } from './oauth/token-service';
import type { PubsubBroker } from './pubsub/pubsub-broker';
import type { WorkspaceEvents } from './workspaceevents/workspace-events';
import type { ConferenceSimulator } from './simulation/conference-simulator';
import type { EmulatorState, StoredSpace } from './state/emulator-state';
import type { StateQueries } from './state/state-queries';

/** A registered OAuth client. */
export interface OAuthClientRegistration {
  readonly clientId: string;
  readonly clientSecret: string;
  /** The client's Google Cloud project: where its Workspace Events subscriptions' topics must live. */
  readonly projectId?: string;
}

/** Settings resolved from the options (and changeable through the control API). */
export interface EmulatorSettings {
  latencyMs: number;
  artifactProcessingSeconds: number;
  /** How long, in real seconds, a Pub/Sub pull with nothing to return is held open. */
  pullHoldSeconds: number;
  readonly clients: ReadonlyArray<OAuthClientRegistration>;
}

/** Shared state, clock and services. */
export interface EmulatorContext {
  readonly state: EmulatorState;
  readonly clock: EmulatorClock;
  readonly queries: StateQueries;
  readonly tokens: TokenService;
  readonly simulator: ConferenceSimulator;
  /** Pub/Sub message delivery. */
  readonly pubsub: PubsubBroker;
  /** Workspace Events delivery, suspension, reminders and expiry. */
  readonly events: WorkspaceEvents;
  readonly settings: EmulatorSettings;
  /** Called after every state change (persistence). */
  changed(): void;
  /** Called when the Meet API creates a space. */
  spaceCreated(space: StoredSpace): void;
  /**
   * The space's owner walked in (the demo meeting page's Join): its conference starts if none runs,
   * the owner joins, and with the autopilot simulated people follow. A space made ahead (a spare)
   * therefore stays quiet until someone uses it.
   */
  ownerJoined(space: StoredSpace): void;
}
