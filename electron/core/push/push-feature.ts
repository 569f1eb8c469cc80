import { createSerialQueue } from '../../../shared/async/serial-queue';
import { AppError } from '../../../shared/ipc/result';
import type { PushStatus } from '../../../shared/model/push-status';
import { backoffDelayMs } from '../../../shared/time/backoff';
import type { AuthService } from '../auth/auth-service';
import type { AuthSession } from '../auth/auth-session';
import type { ConferenceMonitor } from '../conference/conference-monitor';
import type { MeetingRegistry } from '../meetings/meeting-registry';
import { canReadAllConferences, isSignedIn } from '../meetings/read-access';
import type { Clock } from '../ports/clock';
import type { DocumentStoreFactory } from '../ports/document-store';
import type { EventSink } from '../ports/event-sink';
import type { Logger } from '../ports/logger';
import type { MeetApi } from '../ports/meet-api';
import type { PubSubApi, PulledMessage } from '../ports/pub-sub-api';
import type { SystemEvents } from '../ports/system-events';
import type { Timers } from '../ports/timers';
import type { WorkspaceEventsApi } from '../ports/workspace-events-api';
import { followPowerAndNetwork } from '../polling/power-and-network';
import type { SettingsStore } from '../settings/settings-store';
import { decodeCloudEvent, type DecodedEvent, type LifecycleEvent } from './cloud-event';
import { applyMeetEvent } from './event-applier';
import { followEvents, readWaitingEvents, type TailedEvent } from './event-tail';
import { EventPullLoop, PULL_BACKOFF } from './event-pull-loop';
import { PUSH_DOCUMENT, readPushRecord, type PushRecord } from './push-record';
import { SUBSCRIPTION_TTL } from './meet-event-types';
import { chooseTargets, runSetup, runTeardown } from './push-setup';
import { createPushHandlers } from './push-handlers';
import { setupFailure, statusOf, TRANSIENT_CODES, type PushPhase } from './push-status-text';
import { SeenEvents } from './seen-events';

/**
 * How often the subscriptions' state is read. A topic that refuses Google cannot be told it was
 * suspended (no `suspended` event arrives), so without this look a suspension would go unnoticed.
 */
export const HEALTH_CHECK_MS = 15 * 60_000;

/** What instant updates need from the core. */
export interface PushFeatureDeps {
  readonly pubsub: PubSubApi;
  readonly workspaceEvents: WorkspaceEventsApi;
  readonly meet: MeetApi;
  readonly auth: AuthSession & Pick<AuthService, 'onAccountSwitch' | 'beforeSignOut' | 'requestCapability'>;
  readonly settings: Pick<SettingsStore, 'get' | 'update' | 'onChange'>;
  readonly registry: MeetingRegistry;
  readonly monitor: Pick<ConferenceMonitor, 'isLive' | 'applyConferenceRecord' | 'applyParticipant' | 'headCount'>;
  /** Told whether events flow: polling slows to a reconcile while they do. */
  readonly setPushHealthy: (healthy: boolean) => void;
  readonly refreshRecordings: () => void;
  readonly documents: DocumentStoreFactory;
  readonly events: EventSink;
  readonly system: SystemEvents;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly timers: Timers;
  readonly random: () => number;
  /** Demo mode: the emulator's project, where instant updates are turned on at the first start. */
  readonly demoProject?: string;
  /** The signed-in user's numeric id (OpenID `sub`), for the user target; undefined when unknown. */
  readonly userId: () => Promise<string | undefined>;
}

/**
 * Instant updates: sets up and keeps healthy the topic, the grant, the pull subscription and the
 * Workspace Events subscriptions; pulls, applies each event through the core's own paths, and slows
 * polling to a reconcile while healthy. Every setup, renewal and clean-up runs one at a time.
 */
export function createPushFeature(deps: PushFeatureDeps) {
  const store = deps.documents(PUSH_DOCUMENT);
  const queue = createSerialQueue();
  const seen = new SeenEvents();
  let record: PushRecord | undefined;
  let phase: PushPhase = { kind: 'off' };
  let renewing = 0;
  const suspended = new Map<string, string>();
  let deliveryError: unknown;
  let retryTimer: unknown;
  let healthTimer: unknown;
  let setupFailures = 0;
  let published = '';

  const status = (): PushStatus => statusOf({ phase, suspended, deliveryError, renewing, record });
  const publish = () => {
    const current = status();
    deps.setPushHealthy(current.state === 'healthy' || current.state === 'renewing');
    const text = JSON.stringify(current);
    if (text === published) return;
    published = text;
    deps.events.emit('push.changed', current);
  };
  const save = async (next: PushRecord | undefined) => {
    record = next;
    await store.write(next ?? {}).catch((error: unknown) => deps.logger.warn('push: state not saved', { error: String(error) }));
  };

  const pull = new EventPullLoop({
    pubsub: deps.pubsub,
    clock: deps.clock,
    timers: deps.timers,
    random: deps.random,
    handle: (messages) => handleBatch(messages),
    onFailure: (error) => {
      deps.logger.warn('push: pull failed', { code: error instanceof AppError ? error.code : 'INTERNAL' });
      deliveryError = error;
      publish();
    },
    onSuccess: () => {
      if (deliveryError === undefined) return;
      deliveryError = undefined;
      publish();
    },
  });

  async function handleBatch(messages: ReadonlyArray<PulledMessage>): Promise<string[]> {
    const acks: string[] = [];
    for (const message of messages) {
      const event: DecodedEvent = decodeCloudEvent(message);
      if (event.kind === 'malformed') {
        deps.logger.warn('push: message ignored', { reason: event.reason, messageId: message.messageId ?? '' });
        acks.push(message.ackId);
        continue;
      }
      if (seen.has(event.id)) {
        acks.push(message.ackId);
        continue;
      }
      try {
        if (event.kind === 'lifecycle') await onLifecycle(event);
        else await applyMeetEvent({ meet: deps.meet, monitor: deps.monitor, refreshRecordings: deps.refreshRecordings }, event);
        seen.add(event.id);
        acks.push(message.ackId);
      } catch (error) {
        // Left unacknowledged: Pub/Sub delivers it again after the ack deadline.
        deps.logger.warn('push: event not applied', { type: event.type, code: error instanceof AppError ? error.code : 'INTERNAL' });
      }
    }
    return acks;
  }

  async function onLifecycle(event: LifecycleEvent): Promise<void> {
    const entry = record?.subscriptions.find((s) => s.name === event.subscription);
    if (!entry || !record) return; // another setup's subscription: not Quickmeet's to manage
    if (event.type.endsWith('.expirationReminder')) {
      renewing += 1;
      publish();
      try {
        const renewed = await deps.workspaceEvents.renewSubscription(entry.name, SUBSCRIPTION_TTL);
        await save({ ...record, subscriptions: record.subscriptions.map((s) => (s.name === entry.name ? { ...s, ...(renewed.expireTime ? { expireTime: renewed.expireTime } : {}) } : s)) });
      } finally {
        renewing -= 1;
        publish();
      }
    } else if (event.type.endsWith('.suspended')) {
      const current = await deps.workspaceEvents.getSubscription(entry.name);
      if (current.state === 'SUSPENDED') suspended.set(entry.name, current.suspensionReason ?? 'OTHER');
      publish();
    } else {
      // Expired: the next setup makes it again.
      void reconcile();
    }
  }

  /** Reads each subscription's state every {@link HEALTH_CHECK_MS} while set up. */
  function scheduleHealthCheck(): void {
    deps.timers.clearTimeout(healthTimer);
    healthTimer = deps.timers.setTimeout(() => {
      void queue.run(async () => {
        if (phase.kind !== 'ready' || !record) return;
        for (const entry of record.subscriptions) {
          const current = await deps.workspaceEvents.getSubscription(entry.name).catch(() => undefined);
          if (current?.state === 'SUSPENDED') suspended.set(entry.name, current.suspensionReason ?? 'OTHER');
          else if (current?.state === 'ACTIVE') suspended.delete(entry.name);
        }
        publish();
        scheduleHealthCheck();
      });
    }, HEALTH_CHECK_MS);
  }

  function scheduleRetry(): void {
    deps.timers.clearTimeout(retryTimer);
    setupFailures += 1;
    retryTimer = deps.timers.setTimeout(() => void reconcile(), backoffDelayMs(PULL_BACKOFF, setupFailures, undefined, deps.random));
  }

  /** Brings the project in line with the settings and the sign-in: set up, keep, or tear down. */
  function reconcile(): Promise<void> {
    return queue.run(async () => {
      deps.timers.clearTimeout(retryTimer);
      deps.timers.clearTimeout(healthTimer);
      const { pushEnabled, pushProject } = deps.settings.get();
      record ??= await readPushRecord(store);
      if (!isSignedIn(deps.auth) || !pushEnabled || pushProject === '') {
        pull.stop();
        if (record && isSignedIn(deps.auth)) await teardown();
        phase = { kind: 'off' };
        return publish();
      }
      const state = deps.auth.state();
      if (state.status !== 'signedIn' || !state.capabilities.includes('pushEvents')) {
        pull.stop();
        phase = { kind: 'failed', status: setupFailure('use Pub/Sub', pushProject, new AppError('SCOPE_MISSING', 'Quickmeet may not use Pub/Sub: the permission was not granted.')) };
        return publish();
      }
      if (record && record.project !== pushProject) await teardown();
      let step = 'set up instant updates';
      try {
        const readAll = canReadAllConferences(deps.auth);
        const userId = readAll ? await deps.userId() : undefined;
        const chosen = chooseTargets(readAll, userId, deps.registry.list().map((meeting) => meeting.space));
        const installId = record?.pullSubscription.split('quickmeet-').at(-1) ?? Math.floor(deps.random() * 0xffffffff).toString(16).padStart(8, '0');
        const next = await runSetup(deps.pubsub, deps.workspaceEvents, deps.logger, {
          project: pushProject,
          ...(record ? { previous: record } : {}),
          installId,
          targets: chosen.targets,
          now: deps.clock.now(),
          onStep: (text) => {
            step = text;
            phase = { kind: 'settingUp', step: text };
            publish();
          },
        });
        await save(next);
        suspended.clear();
        for (const entry of next.subscriptions) if (entry.suspensionReason) suspended.set(entry.name, entry.suspensionReason);
        setupFailures = 0;
        phase = { kind: 'ready', target: chosen.kind };
        pull.start(next.pullSubscription);
        scheduleHealthCheck();
      } catch (error) {
        deps.logger.warn('push: setup failed', { step, code: error instanceof AppError ? error.code : 'INTERNAL' });
        pull.stop();
        phase = { kind: 'failed', status: setupFailure(step, pushProject, error) };
        if (error instanceof AppError && TRANSIENT_CODES.has(error.code)) scheduleRetry();
      }
      publish();
    });
  }

  async function teardown(): Promise<void> {
    pull.stop();
    if (!record) return;
    const failures = await runTeardown(deps.pubsub, deps.workspaceEvents, record);
    if (failures.length > 0) deps.logger.warn('push: clean-up incomplete', { failures: failures.join('; ').slice(0, 500) });
    suspended.clear();
    await save(undefined);
  }

  const handlers = createPushHandlers({ ...deps, reconcile, status });

  const tailDeps = { ...deps, record: async () => record ?? (record = await readPushRecord(store)) };
  const stops: Array<() => void> = [];
  let spacesSeen = '';
  return {
    handlers,
    status,
    /** Settles once every queued setup, renewal and clean-up has finished (tests, the CLI). */
    idle: () => queue.idle(),
    /** The pull loop, for hosts that wait on it (tests). */
    pull,
    /** `quickmeet events`: what waits now (`--once`), or every event until aborted (`--follow`). */
    tail: {
      waiting: (signal?: AbortSignal) => readWaitingEvents(tailDeps, signal),
      follow: (print: (event: TailedEvent) => void, signal: AbortSignal) => followEvents(tailDeps, print, signal),
    },
    async start(): Promise<void> {
      // Demo mode starts with instant updates on; once a project is set, the person's choice stands.
      if (deps.demoProject && deps.settings.get().pushProject === '') await deps.settings.update({ pushEnabled: true, pushProject: deps.demoProject });
      let last = JSON.stringify([deps.settings.get().pushEnabled, deps.settings.get().pushProject]);
      spacesSeen = deps.registry.list().map((m) => m.space).join(',');
      stops.push(
        deps.settings.onChange((settings) => {
          const next = JSON.stringify([settings.pushEnabled, settings.pushProject]);
          if (next !== last) void reconcile();
          last = next;
        }),
        // Per-space subscriptions follow the registry: a new meeting gets its own.
        deps.registry.onChange((meetings) => {
          const spaces = meetings.map((m) => m.space).join(',');
          if (spaces === spacesSeen) return;
          spacesSeen = spaces;
          // A setup running now may have read the registry before this meeting: queue another.
          if (deps.settings.get().pushEnabled && !(phase.kind === 'ready' && phase.target === 'user')) void reconcile();
        }),
        deps.auth.beforeSignOut(() => queue.run(async () => {
          await teardown();
          phase = { kind: 'off' };
          publish();
        })),
        deps.auth.onAccountSwitch(() => {
          pull.stop();
          record = undefined;
          seen.clear();
          void reconcile();
        }),
        // The pull stops across sleep and offline; the conference poll resumes with one reconcile poll.
        followPowerAndNetwork(deps.system, [pull]),
      );
      await reconcile();
    },
    stop(): void {
      stops.splice(0).forEach((stop) => stop());
      deps.timers.clearTimeout(retryTimer);
      deps.timers.clearTimeout(healthTimer);
      pull.stop();
    },
  };
}

/** The running feature. */
export type PushFeature = ReturnType<typeof createPushFeature>;
