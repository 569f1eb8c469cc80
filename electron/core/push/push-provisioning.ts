import type { Logger } from '../ports/logger';
import { PolicyConflict, type IamPolicy, type PubSubApi } from '../ports/pub-sub-api';
import { SubscriptionExists, type EventsSubscription, type WorkspaceEventsApi } from '../ports/workspace-events-api';
import { EVENT_PUBLISHER, MEET_EVENT_TYPES, PUBLISHER_ROLE, SUBSCRIPTION_TTL } from './meet-event-types';

/** The topic Quickmeet creates (or reuses) in the person's project. */
export const topicName = (project: string): string => `projects/${project}/topics/quickmeet-meet-events`;
/** This installation's own pull subscription: every installation reads every event. */
export const pullSubscriptionName = (project: string, installId: string): string => `projects/${project}/subscriptions/quickmeet-${installId}`;
/** Seconds Pub/Sub waits for an acknowledgement before delivering a message again. */
export const ACK_DEADLINE_SECONDS = 30;
/** A subscription expiring sooner than this is renewed at start-up (reminders come 12 h and 1 h before). */
export const RENEW_BEFORE_MS = 24 * 60 * 60 * 1000;
const POLICY_ATTEMPTS = 3;

const hasGrant = (policy: IamPolicy) => policy.bindings.some((b) => b.role === PUBLISHER_ROLE && b.members.includes(EVENT_PUBLISHER));

/**
 * Gives Google's event publisher `roles/pubsub.publisher` on the topic: read, add, write with the
 * etag read, and start over when someone changed the policy in between. Answers true when it added it.
 */
export async function grantPublisher(pubsub: PubSubApi, topic: string): Promise<boolean> {
  for (let attempt = 1; ; attempt += 1) {
    const policy = await pubsub.getTopicPolicy(topic);
    if (hasGrant(policy)) return false;
    const others = policy.bindings.filter((b) => b.role !== PUBLISHER_ROLE);
    const publishers = policy.bindings.find((b) => b.role === PUBLISHER_ROLE)?.members ?? [];
    try {
      await pubsub.setTopicPolicy(topic, { ...policy, bindings: [...others, { role: PUBLISHER_ROLE, members: [...publishers, EVENT_PUBLISHER] }] });
      return true;
    } catch (error) {
      if (!(error instanceof PolicyConflict) || attempt >= POLICY_ATTEMPTS) throw error;
    }
  }
}

/** Takes the publisher grant away again (a reused topic keeps everything else it had). */
export async function revokePublisher(pubsub: PubSubApi, topic: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    const policy = await pubsub.getTopicPolicy(topic);
    if (!hasGrant(policy)) return;
    const bindings = policy.bindings
      .map((b) => (b.role === PUBLISHER_ROLE ? { ...b, members: b.members.filter((m) => m !== EVENT_PUBLISHER) } : b))
      .filter((b) => b.members.length > 0);
    try {
      await pubsub.setTopicPolicy(topic, { ...policy, bindings });
      return;
    } catch (error) {
      if (!(error instanceof PolicyConflict) || attempt >= POLICY_ATTEMPTS) throw error;
    }
  }
}

/** What ensuring one target's subscription found. */
export interface EnsuredSubscription {
  readonly subscription: EventsSubscription;
  readonly renewed: boolean;
}

/**
 * Makes sure `target` has an ACTIVE subscription delivering to `topic` with a comfortable expiry:
 * creates it, or (ALREADY_EXISTS: one per user and target) finds the existing one and adopts it,
 * reactivating it when suspended and renewing it when it expires within {@link RENEW_BEFORE_MS}.
 */
export async function ensureEventSubscription(
  events: WorkspaceEventsApi,
  logger: Logger,
  request: { readonly target: string; readonly topic: string; readonly known?: string; readonly now: number },
): Promise<EnsuredSubscription> {
  const create = () => events.createSubscription({ targetResource: request.target, eventTypes: MEET_EVENT_TYPES, pubsubTopic: request.topic, ttl: SUBSCRIPTION_TTL });
  let existing: EventsSubscription | undefined;
  if (request.known) existing = await events.getSubscription(request.known).catch(() => undefined);
  if (!existing || existing.state === 'DELETED') {
    try {
      return { subscription: await create(), renewed: false };
    } catch (error) {
      if (!(error instanceof SubscriptionExists)) throw error;
      existing = await findByTarget(events, request.target);
      if (!existing) throw error;
    }
  }
  if (existing.notificationEndpoint?.pubsubTopic !== undefined && existing.notificationEndpoint.pubsubTopic !== request.topic) {
    // The endpoint is immutable: a subscription of an earlier setup (another project) is replaced.
    logger.info('push: replacing a subscription that delivers elsewhere');
    await events.deleteSubscription(existing.name);
    return { subscription: await create(), renewed: false };
  }
  let subscription = existing;
  if (subscription.state === 'SUSPENDED') {
    // Reactivating fails while the cause remains (e.g. the grant is still missing): report the suspension then.
    const reactivated = await events.reactivateSubscription(subscription.name).catch((error: unknown) => {
      logger.warn('push: subscription stays suspended', { reason: subscription.suspensionReason ?? 'OTHER', error: String(error) });
      return undefined;
    });
    if (!reactivated) return { subscription, renewed: false };
    subscription = reactivated;
  }
  const expires = subscription.expireTime ? Date.parse(subscription.expireTime) : Number.NaN;
  if (!Number.isNaN(expires) && expires - request.now < RENEW_BEFORE_MS) {
    return { subscription: await events.renewSubscription(subscription.name, SUBSCRIPTION_TTL), renewed: true };
  }
  return { subscription, renewed: false };
}

/** The subscription this user has for `target` (Google requires a filter with an event type). */
async function findByTarget(events: WorkspaceEventsApi, target: string): Promise<EventsSubscription | undefined> {
  const filter = `event_types:"${MEET_EVENT_TYPES[0]}" AND target_resource="${target}"`;
  return (await events.listSubscriptions(filter)).find((subscription) => subscription.targetResource === target);
}
