import type { AuthState, Capability } from '../../../shared/model/auth-state';
import { DEFAULT_SETTINGS, type Settings, type SettingsPatch } from '../../../shared/model/settings';
import type { AccountSwitch } from '../../../electron/core/auth/auth-service';
import { createPushFeature } from '../../../electron/core/push/push-feature';
import { topicName } from '../../../electron/core/push/push-provisioning';
import { cloudEventMessage, MemoryPubSub } from '../../support/memory-pub-sub';
import { MemoryWorkspaceEvents } from '../../support/memory-workspace-events';
import { startHarness } from '../attendees/support/harness';

export const PROJECT = 'quickmeet-test-1';
export const TOPIC = topicName(PROJECT);
export const USER_ID = '1234567890';

/** Settings with `update`, as the settings store offers them. */
class PushSettings {
  current: Settings;
  private readonly listeners = new Set<(settings: Settings) => void>();
  constructor(overrides: Partial<Settings>) {
    this.current = { ...DEFAULT_SETTINGS, ...overrides };
  }
  get = () => this.current;
  onChange = (listener: (settings: Settings) => void) => (this.listeners.add(listener), () => void this.listeners.delete(listener));
  update = async (patch: unknown) => {
    this.current = { ...this.current, ...(patch as SettingsPatch) };
    this.listeners.forEach((l) => l(this.current));
    return this.current;
  };
}

/** Lets promise chains that do not touch timers (pulls, gets, acks) run to rest. */
export async function waitFor(condition: () => boolean, what = 'condition'): Promise<void> {
  for (let i = 0; i < 2_000; i += 1) {
    if (condition()) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * The conference feature over the fake Meet API (virtual time), with instant updates over in-memory
 * Pub/Sub and Workspace Events, and an auth session that can grant scopes and sign out.
 */
export async function startPushHarness(options: { capabilities?: Capability[]; settings?: Partial<Settings>; start?: boolean } = {}) {
  const base = await startHarness({ settings: { notifyOnJoin: true } });
  const pubsub = new MemoryPubSub();
  const workspaceEvents = new MemoryWorkspaceEvents(base.time);
  const settings = new PushSettings({ pushEnabled: true, pushProject: PROJECT, notifyOnJoin: true, ...options.settings });
  const signOutTasks = new Set<() => Promise<void>>();
  const switchListeners = new Set<(change: AccountSwitch) => void>();
  base.auth.set({ status: 'signedIn', email: 'ada@quickmeet.test', capabilities: options.capabilities ?? ['createSpaces', 'pushEvents'], persisted: true });
  const consentRequests: Capability[] = [];
  const auth = Object.assign(base.auth, {
    onAccountSwitch: (listener: (change: AccountSwitch) => void) => (switchListeners.add(listener), () => void switchListeners.delete(listener)),
    beforeSignOut: (task: () => Promise<void>) => (signOutTasks.add(task), () => void signOutTasks.delete(task)),
    requestCapability: async (capability: Capability): Promise<AuthState> => {
      consentRequests.push(capability);
      const state = base.auth.state();
      if (state.status === 'signedIn') base.auth.set({ ...state, capabilities: [...state.capabilities, capability] });
      return base.auth.state();
    },
  });
  const push = createPushFeature({
    pubsub,
    workspaceEvents,
    meet: base.meet,
    auth,
    settings,
    registry: base.registry,
    monitor: base.feature.monitor,
    setPushHealthy: (healthy) => {
      base.feature.monitor.setPushHealthy(healthy);
      base.recordings.refresher.setPushHealthy(healthy);
    },
    refreshRecordings: base.recordings.refreshNow,
    documents: base.documents.factory,
    events: base.events,
    system: base.system,
    logger: base.logger,
    clock: base.time,
    timers: base.time,
    random: () => 0.5,
    userId: async () => USER_ID,
  });
  if (options.start !== false) await push.start();
  let sequence = 0;
  return {
    ...base,
    pubsub,
    workspaceEvents,
    settings,
    push,
    consentRequests,
    /** Signs out as the auth service does: clean-up tasks first, then the state change. */
    async signOut() {
      await Promise.all([...signOutTasks].map((task) => task()));
      base.auth.set({ status: 'signedOut' });
      switchListeners.forEach((l) => l({ previous: 'ada@quickmeet.test', next: null }));
    },
    /** Publishes a Meet event to the topic; answers its ce-id. */
    publish(type: string, payload: unknown, id = `ev-${++sequence}`) {
      pubsub.publish(TOPIC, cloudEventMessage(type, payload, id));
      return id;
    },
  };
}

/** Short names for the event types. */
export const MEET = (resource: string, action: string) => `google.workspace.meet.${resource}.v2.${action}`;
