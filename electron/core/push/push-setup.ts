import type { Logger } from '../ports/logger';
import type { PubSubApi } from '../ports/pub-sub-api';
import type { WorkspaceEventsApi } from '../ports/workspace-events-api';
import { spaceTarget, userTarget } from './meet-event-types';
import type { PushRecord } from './push-record';
import { ACK_DEADLINE_SECONDS, ensureEventSubscription, grantPublisher, pullSubscriptionName, revokePublisher, topicName } from './push-provisioning';

/** Per-space subscriptions cover this many of the most recently used spaces. */
export const MAX_SPACE_SUBSCRIPTIONS = 10;

/** What a setup needs besides the two APIs. */
export interface SetupRequest {
  readonly project: string;
  /** The record of an earlier setup in this project, if any (its names are reused). */
  readonly previous?: PushRecord;
  /** Random id of this installation's pull subscription, for a first setup. */
  readonly installId: string;
  /** The targets to follow: one user target, or one per space. */
  readonly targets: ReadonlyArray<string>;
  readonly now: number;
  /** Told before each step, for the status line. */
  readonly onStep: (step: string) => void;
  /** Told when a subscription is renewed at start-up (its expiry was near). */
  readonly onRenew?: () => void;
}

/**
 * Which subscriptions to make. Workspace Events "events-meet": a user target
 * (`//cloudidentity.googleapis.com/users/{user}`) covers every space the user owns or organises, so it
 * is used only with `meetings.space.readonly`, the scope that reads every conference; with
 * `meetings.space.created` alone Quickmeet may read only the spaces it created, so it subscribes to
 * each of those (the most recent {@link MAX_SPACE_SUBSCRIPTIONS}).
 * https://developers.google.com/workspace/events/guides/events-meet
 */
export function chooseTargets(readAll: boolean, userId: string | undefined, spaces: ReadonlyArray<string>): { kind: 'user' | 'spaces'; targets: string[] } {
  if (readAll && userId) return { kind: 'user', targets: [userTarget(userId)] };
  return { kind: 'spaces', targets: spaces.slice(0, MAX_SPACE_SUBSCRIPTIONS).map(spaceTarget) };
}

/**
 * Creates or reuses the topic, grants Google's publisher, creates this installation's pull
 * subscription, then one Workspace Events subscription per target, and removes subscriptions for
 * targets no longer followed. Idempotent: a second run finds everything in place.
 */
export async function runSetup(pubsub: PubSubApi, events: WorkspaceEventsApi, logger: Logger, request: SetupRequest): Promise<PushRecord> {
  const previous = request.previous?.project === request.project ? request.previous : undefined;
  const topic = topicName(request.project);
  request.onStep('create the Pub/Sub topic');
  const created = await pubsub.createTopic(topic);
  request.onStep('let Google publish Meet events to the topic');
  const granted = await grantPublisher(pubsub, topic);
  const pullSubscription = previous?.pullSubscription ?? pullSubscriptionName(request.project, request.installId);
  request.onStep('create Quickmeet’s Pub/Sub subscription');
  await pubsub.createSubscription(pullSubscription, topic, ACK_DEADLINE_SECONDS);
  request.onStep('subscribe to Meet events');
  const subscriptions: PushRecord['subscriptions'][number][] = [];
  for (const target of request.targets) {
    const known = previous?.subscriptions.find((s) => s.target === target)?.name;
    const ensured = await ensureEventSubscription(events, logger, { target, topic, now: request.now, ...(known ? { known } : {}) });
    if (ensured.renewed) request.onRenew?.();
    const { name, expireTime, state, suspensionReason } = ensured.subscription;
    subscriptions.push({ name, target, ...(expireTime ? { expireTime } : {}), ...(state === 'SUSPENDED' ? { suspensionReason: suspensionReason ?? 'OTHER' } : {}) });
  }
  for (const stale of previous?.subscriptions.filter((s) => !request.targets.includes(s.target)) ?? []) {
    await events.deleteSubscription(stale.name).catch((error: unknown) => logger.warn('push: stale subscription not deleted', { error: String(error) }));
  }
  return {
    project: request.project,
    topic,
    topicCreated: created || (previous?.topicCreated ?? false),
    grantAdded: granted || (previous?.grantAdded ?? false),
    pullSubscription,
    subscriptions,
  };
}

/**
 * Removes what a setup made: the Workspace Events subscriptions, the pull subscription, and the topic
 * when Quickmeet created it (else only the grant it added). Each step runs even when one before failed;
 * answers the failures, for the log.
 */
export async function runTeardown(pubsub: PubSubApi, events: WorkspaceEventsApi, record: PushRecord): Promise<string[]> {
  const failures: string[] = [];
  const attempt = async (what: string, step: () => Promise<unknown>) => {
    await step().catch((error: unknown) => failures.push(`${what}: ${error instanceof Error ? error.message : String(error)}`));
  };
  for (const subscription of record.subscriptions) await attempt('events subscription', () => events.deleteSubscription(subscription.name));
  await attempt('pull subscription', () => pubsub.deleteSubscription(record.pullSubscription));
  if (record.topicCreated) await attempt('topic', () => pubsub.deleteTopic(record.topic));
  else if (record.grantAdded) await attempt('publisher grant', () => revokePublisher(pubsub, record.topic));
  return failures;
}
