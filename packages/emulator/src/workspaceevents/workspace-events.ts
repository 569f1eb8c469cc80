/**
 * What Google's Workspace Events service does between API calls: it delivers Meet events to every
 * matching ACTIVE subscription's topic, suspends a subscription whose topic is missing or refuses
 * Google's publisher (or whose user revoked the grant), and sends the lifecycle events: reminders
 * 12 h and 1 h before expiry, `suspended`, and `expired` (after which the subscription is gone).
 * Everything runs on the emulator clock.
 */
import { randomBytes } from 'node:crypto';
import type { EmulatorClock } from '../clock/emulator-clock';
import { findAccount } from '../demo-accounts';
import type { PubsubBroker } from '../pubsub/pubsub-broker';
import type { PubsubState } from '../pubsub/pubsub-state';
import { canPublish, MEET_EVENT_PUBLISHER } from '../pubsub/topic-policy';
import type { StoredSpace } from '../state/emulator-state';
import { cloudEventMessage, meetResource, subscriptionResource, type CloudEvent } from './cloud-event';
import { LIFECYCLE_EVENT_TYPES, MEET_EVENT_TYPES, type MeetEventType } from './event-types';
import { subscriptionJson } from './subscription-json';
import type { StoredWorkspaceSubscription, SuspensionReason } from './workspace-state';

/** Lifecycle reminders go out this long before a subscription expires. */
export const REMINDER_OFFSETS_MS: ReadonlyArray<number> = [12 * 3600_000, 3600_000];

/** What the service needs from the emulator. */
export interface WorkspaceEventsDeps {
  readonly subscriptions: () => StoredWorkspaceSubscription[];
  readonly setSubscriptions: (next: StoredWorkspaceSubscription[]) => void;
  readonly pubsub: () => PubsubState;
  readonly broker: PubsubBroker;
  readonly clock: EmulatorClock;
  /** The Cloud project of an OAuth client: a subscription's topic must live there. */
  readonly projectOfClient: (clientId: string) => string | undefined;
  readonly changed: () => void;
}

/** `//cloudidentity.googleapis.com/users/{id}` for a `users/{id}` name. */
export const userTarget = (user: string): string => `//cloudidentity.googleapis.com/${user}`;

/** `//meet.googleapis.com/spaces/{id}` for a space. */
export const spaceTarget = (spaceId: string): string => meetResource(`spaces/${spaceId}`);

/** Creates the service. */
export function createWorkspaceEvents(deps: WorkspaceEventsDeps) {
  const { clock, broker, changed } = deps;
  const timers = new Map<string, Array<() => void>>();
  // Finished operations, by id, with the account+client allowed to read them (the newest 1000).
  const operations = new Map<string, { readonly owner: string; readonly json: Record<string, unknown> }>();

  /** Why the subscription's topic cannot take Google's events right now, if it cannot. */
  const endpointProblem = (s: StoredWorkspaceSubscription): SuspensionReason | undefined => {
    const project = /^projects\/([^/]+)\/topics\/[^/]+$/.exec(s.pubsubTopic)?.[1];
    const topic = deps.pubsub().topics.find((t) => t.name === s.pubsubTopic);
    if (topic === undefined || project !== deps.projectOfClient(s.clientId)) return 'ENDPOINT_NOT_FOUND';
    return canPublish(topic, MEET_EVENT_PUBLISHER) ? undefined : 'ENDPOINT_PERMISSION_DENIED';
  };

  const send = (s: StoredWorkspaceSubscription, event: CloudEvent): boolean => {
    if (endpointProblem(s) !== undefined) return false;
    broker.publish(s.pubsubTopic, cloudEventMessage(event));
    return true;
  };

  const lifecycle = (s: StoredWorkspaceSubscription, type: string): CloudEvent => ({
    type,
    source: subscriptionResource(s.id),
    subject: subscriptionResource(s.id),
    time: clock.now(),
    data: { subscription: subscriptionJson(s) },
  });

  const disarm = (id: string): void => {
    for (const cancel of timers.get(id) ?? []) cancel();
    timers.delete(id);
  };

  const suspend = (s: StoredWorkspaceSubscription, reason: SuspensionReason): void => {
    if (s.state === 'SUSPENDED') return;
    s.state = 'SUSPENDED';
    s.suspensionReason = reason;
    s.updateTime = clock.now();
    changed();
    // Sent when the topic still takes it; a topic that refuses Google cannot be told.
    send(s, lifecycle(s, LIFECYCLE_EVENT_TYPES.suspended));
  };

  const expire = (s: StoredWorkspaceSubscription): void => {
    disarm(s.id);
    send(s, lifecycle(s, LIFECYCLE_EVENT_TYPES.expired));
    deps.setSubscriptions(deps.subscriptions().filter((other) => other.id !== s.id));
    changed();
  };

  /** (Re)schedules a subscription's reminders and expiry from its current `expireTime`. */
  const arm = (s: StoredWorkspaceSubscription): void => {
    disarm(s.id);
    const now = clock.now();
    const cancels = REMINDER_OFFSETS_MS.filter((offset) => s.expireTime - offset > now).map((offset) =>
      clock.schedule(s.expireTime - offset, () => void send(s, lifecycle(s, LIFECYCLE_EVENT_TYPES.expirationReminder))),
    );
    cancels.push(clock.schedule(s.expireTime, () => expire(s)));
    timers.set(s.id, cancels);
  };

  const ownerUser = (space: StoredSpace): string | undefined => findAccount(space.ownerEmail)?.user;

  return {
    endpointProblem,
    suspend,
    arm,
    disarm,

    /** Checks the endpoint of a new or reactivated subscription: a bad one suspends it at once. */
    checkEndpoint(s: StoredWorkspaceSubscription): void {
      const problem = endpointProblem(s);
      if (problem !== undefined) suspend(s, problem);
    },

    /** Re-arms every stored subscription (after a start from a state file, or a reset). */
    armAll(): void {
      for (const s of deps.subscriptions()) arm(s);
    },

    /**
     * A Meet event in `space` about the resource `name` (e.g. `conferenceRecords/c/participants/p/
     * participantSessions/s`): every ACTIVE subscription on the space, or on the user who owns it,
     * that asked for the type gets its own CloudEvent.
     */
    meetEvent(type: MeetEventType, space: StoredSpace, name: string): void {
      const targets = new Set([spaceTarget(space.id), ...(ownerUser(space) === undefined ? [] : [userTarget(ownerUser(space)!)])]);
      const now = clock.now();
      for (const s of deps.subscriptions()) {
        if (s.state !== 'ACTIVE' || s.expireTime <= now || !targets.has(s.targetResource) || !s.eventTypes.includes(type)) continue;
        const event: CloudEvent = { type, source: s.targetResource, subject: meetResource(name), time: now, data: { [MEET_EVENT_TYPES[type]]: { name } } };
        const problem = endpointProblem(s);
        if (problem === undefined) send(s, event);
        else suspend(s, problem);
      }
    },

    /** The user revoked this client's grant: their subscriptions through it are suspended. */
    userRevoked(email: string, clientId?: string): void {
      for (const s of deps.subscriptions()) if (s.email === email && (clientId === undefined || s.clientId === clientId)) suspend(s, 'USER_SCOPE_REVOKED');
    },

    /** Keeps an operation for operations.get; `make` builds its JSON from the new id. */
    recordOperation(owner: string, make: (id: string) => Record<string, unknown>): Record<string, unknown> {
      const id = randomBytes(18).toString('base64url');
      const json = make(id);
      operations.set(id, { owner, json });
      if (operations.size > 1000) operations.delete(operations.keys().next().value!);
      return json;
    },

    /** A kept operation. */
    operation: (id: string) => operations.get(id),

    /** Cancels every scheduled reminder and expiry and forgets the kept operations (the emulator is closing or resetting). */
    close(): void {
      for (const id of [...timers.keys()]) disarm(id);
      operations.clear();
    },
  };
}

/** The service's interface. */
export type WorkspaceEvents = ReturnType<typeof createWorkspaceEvents>;
