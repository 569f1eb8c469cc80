/** Request bodies of the Pub/Sub methods (proto3 JSON, unknown fields refused) and the Subscription as returned. */
import { z } from 'zod';
import { MESSAGE_RETENTION_MS } from './pubsub-broker';
import type { StoredPubsubSubscription } from './pubsub-state';

const labels = z.record(z.string().max(63), z.string().max(63)).optional();
const duration = z.string().regex(/^\d+(\.\d{1,9})?s$/, 'a duration such as "604800s"');

/** Topic, as topics.create takes it. */
export const topicInput = z.strictObject({ name: z.string().optional(), labels, messageRetentionDuration: duration.optional() });

/** Subscription, as subscriptions.create takes it: a pull subscription (no push endpoint). */
export const subscriptionInput = z.strictObject({
  name: z.string().optional(),
  topic: z.string().min(1),
  ackDeadlineSeconds: z.number().int().optional(),
  labels,
  pushConfig: z.strictObject({}).optional(),
  enableMessageOrdering: z.boolean().optional(),
  retainAckedMessages: z.boolean().optional(),
  messageRetentionDuration: duration.optional(),
  expirationPolicy: z.strictObject({ ttl: duration.optional() }).optional(),
});

/** PullRequest. */
export const pullInput = z.strictObject({ maxMessages: z.number().int().optional(), returnImmediately: z.boolean().optional() });

/** AcknowledgeRequest. */
export const ackInput = z.strictObject({ ackIds: z.array(z.string().max(1000)).max(2500).default([]) });

/** ModifyAckDeadlineRequest. */
export const modifyAckInput = z.strictObject({ ackIds: z.array(z.string().max(1000)).max(2500).default([]), ackDeadlineSeconds: z.number().int() });

/** PublishRequest: base64 data and string attributes. */
export const publishInput = z.strictObject({
  messages: z
    .array(
      z.strictObject({
        data: z.base64().optional(),
        attributes: z.record(z.string().max(256), z.string().max(1024)).optional(),
        orderingKey: z.string().max(1024).optional(),
        messageId: z.string().optional(),
        publishTime: z.string().optional(),
      }),
    )
    .min(1)
    .max(1000),
});

/** A subscription as Google returns it (pull delivery, 7-day retention, 31-day inactivity expiry). */
export const subscriptionJson = (subscription: StoredPubsubSubscription): Record<string, unknown> => ({
  name: subscription.name,
  topic: subscription.topic,
  pushConfig: {},
  ackDeadlineSeconds: subscription.ackDeadlineSeconds,
  messageRetentionDuration: `${MESSAGE_RETENTION_MS / 1000}s`,
  expirationPolicy: { ttl: '2678400s' },
  state: 'ACTIVE',
  ...(subscription.labels ? { labels: subscription.labels } : {}),
});
