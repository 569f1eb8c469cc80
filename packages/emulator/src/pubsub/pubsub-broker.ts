/**
 * Message delivery for the emulator's Pub/Sub: publish fans a message out to every subscription of
 * its topic; pull leases messages for the subscription's ack deadline, on the emulator clock; a lease
 * that runs out makes the message deliverable again (at-least-once, same messageId, new ackId).
 * A pull with nothing to take waits, in real time, until a message arrives or its bound runs out.
 */
import { randomBytes } from 'node:crypto';
import type { EmulatorClock } from '../clock/emulator-clock';
import { timestamp } from '../http/proto-json';
import type { PubsubState, StoredBacklogItem, StoredMessage, StoredPubsubSubscription } from './pubsub-state';

/** Unacknowledged messages are kept this long (Pub/Sub's default `messageRetentionDuration`, 7 days). */
export const MESSAGE_RETENTION_MS = 7 * 86_400_000;

/** Messages the control API keeps per topic for inspection. */
const PUBLISHED_LOG_SIZE = 1000;

/** An ack id as the emulator mints them (base64url, 80 characters). */
export const ACK_ID = /^[A-Za-z0-9_-]{80}$/;

/** A message as `pull` returns it. */
export interface ReceivedMessage {
  readonly ackId: string;
  readonly message: Record<string, unknown>;
}

/** A message on the wire (`PubsubMessage`), defaults omitted. */
export function messageJson(message: StoredMessage): Record<string, unknown> {
  return {
    ...(message.data === '' ? {} : { data: message.data }),
    ...(Object.keys(message.attributes).length === 0 ? {} : { attributes: message.attributes }),
    messageId: message.messageId,
    publishTime: timestamp(message.publishTime),
  };
}

/** Creates the broker over the Pub/Sub state (read through `state()`, so a reset state is picked up). */
export function createPubsubBroker(deps: { state: () => PubsubState; clock: EmulatorClock; changed: () => void }) {
  const { clock, changed } = deps;
  const waiters = new Map<string, Set<() => void>>();
  const published = new Map<string, StoredMessage[]>();

  const wake = (subscription: string): void => {
    const waiting = waiters.get(subscription);
    if (waiting === undefined) return;
    waiters.delete(subscription);
    for (const resolve of waiting) resolve();
  };

  const deliverable = (item: StoredBacklogItem, now: number): boolean => item.deadline === undefined || item.deadline <= now;

  return {
    /** Publishes to a topic that exists: every subscription attached to it gets its own copy. */
    publish(topic: string, input: { data: string; attributes: Record<string, string> }): StoredMessage {
      const state = deps.state();
      const message: StoredMessage = { messageId: String(state.nextMessageId++), data: input.data, attributes: { ...input.attributes }, publishTime: clock.now() };
      const log = [...(published.get(topic) ?? []), message].slice(-PUBLISHED_LOG_SIZE);
      published.set(topic, log);
      for (const subscription of state.subscriptions.filter((s) => s.topic === topic)) {
        subscription.backlog.push({ message, deliveries: 0 });
        wake(subscription.name);
      }
      changed();
      return message;
    },

    /** Leases up to `max` deliverable messages, oldest first, each under a new ack id. */
    take(subscription: StoredPubsubSubscription, max: number): ReceivedMessage[] {
      const now = clock.now();
      subscription.backlog = subscription.backlog.filter((item) => item.message.publishTime + MESSAGE_RETENTION_MS > now);
      const leased = subscription.backlog.filter((item) => deliverable(item, now)).slice(0, max);
      const deadline = now + subscription.ackDeadlineSeconds * 1000;
      for (const item of leased) {
        item.ackId = randomBytes(60).toString('base64url');
        item.deadline = deadline;
        item.deliveries += 1;
      }
      if (leased.length > 0) {
        // When the lease runs out the message is deliverable again: wake anyone pulling then.
        clock.schedule(deadline, () => wake(subscription.name));
        changed();
      }
      return leased.map((item) => ({ ackId: item.ackId!, message: messageJson(item.message) }));
    },

    /**
     * Resolves when a message may have arrived for `subscription`, after `waitMs` of real time, when
     * `signal` aborts (the client went away) or when the emulator closes, whichever comes first.
     */
    waitForMessages(subscription: string, waitMs: number, signal?: AbortSignal): Promise<void> {
      return new Promise((resolve) => {
        const done = (): void => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', done);
          waiters.get(subscription)?.delete(done);
          resolve();
        };
        const timer = setTimeout(done, Math.max(0, waitMs));
        timer.unref();
        if (signal?.aborted === true) return done();
        signal?.addEventListener('abort', done, { once: true });
        waiters.set(subscription, (waiters.get(subscription) ?? new Set()).add(done));
      });
    },

    /** Removes the messages whose current lease these ack ids name; stale or unknown ids do nothing. */
    acknowledge(subscription: StoredPubsubSubscription, ackIds: ReadonlyArray<string>): void {
      const acked = new Set(ackIds);
      const before = subscription.backlog.length;
      subscription.backlog = subscription.backlog.filter((item) => item.ackId === undefined || !acked.has(item.ackId));
      if (subscription.backlog.length !== before) changed();
    },

    /** Moves the lease end of these messages to `seconds` from now; 0 makes them deliverable at once. */
    modifyAckDeadline(subscription: StoredPubsubSubscription, ackIds: ReadonlyArray<string>, seconds: number): void {
      const wanted = new Set(ackIds);
      const deadline = clock.now() + seconds * 1000;
      const items = subscription.backlog.filter((item) => item.ackId !== undefined && wanted.has(item.ackId));
      for (const item of items) item.deadline = deadline;
      if (items.length === 0) return;
      changed();
      if (seconds === 0) wake(subscription.name);
      else clock.schedule(deadline, () => wake(subscription.name));
    },

    /** Wakes pulls waiting on a subscription (it was deleted, or its topic was). */
    wake,

    /** How many pulls the emulator is holding open on a subscription. */
    pullsWaiting: (subscription: string): number => waiters.get(subscription)?.size ?? 0,

    /** What was published to a topic since the emulator started (newest last, at most 1000). */
    publishedTo: (topic: string): ReadonlyArray<StoredMessage> => published.get(topic) ?? [],

    /** Ends every waiting pull (the emulator is closing or resetting) and forgets the published log. */
    close(): void {
      for (const name of [...waiters.keys()]) wake(name);
      published.clear();
    },
  };
}

/** The broker's interface. */
export type PubsubBroker = ReturnType<typeof createPubsubBroker>;
