/**
 * The state-file schemas of the push side (Pub/Sub, Workspace Events). Their types are declared in
 * their own modules; each schema here is checked at compile time to produce exactly that type, so
 * a field added to one and not the other fails the build.
 */
import { z } from 'zod';
import { emptyPubsubState, type PubsubState } from '../pubsub/pubsub-state';
import { SUSPENSION_REASONS, type StoredWorkspaceSubscription, type SuspensionReason } from '../workspaceevents/workspace-state';

/** True only when `A` and `B` are the same type. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <A, B>(proof: Same<A, B>): Same<A, B> => proof;

const labels = z.record(z.string(), z.string()).optional();
const storedMessage = z.object({ messageId: z.string(), data: z.string(), attributes: z.record(z.string(), z.string()), publishTime: z.number() });

const pubsubState = z.object({
  topics: z.array(
    z.object({
      name: z.string(),
      createdAt: z.number(),
      labels,
      bindings: z.array(z.object({ role: z.string(), members: z.array(z.string()) })),
      policyVersion: z.number(),
    }),
  ),
  subscriptions: z.array(
    z.object({
      name: z.string(),
      topic: z.string(),
      ackDeadlineSeconds: z.number(),
      createdAt: z.number(),
      labels,
      backlog: z.array(z.object({ message: storedMessage, ackId: z.string().optional(), deadline: z.number().optional(), deliveries: z.number() })),
    }),
  ),
  nextMessageId: z.number(),
});
same<z.infer<typeof pubsubState>, PubsubState>(true);

const workspaceSubscription = z.object({
  id: z.string().min(1),
  uid: z.string(),
  targetResource: z.string(),
  eventTypes: z.array(z.string()),
  pubsubTopic: z.string(),
  email: z.string(),
  clientId: z.string(),
  user: z.string(),
  state: z.enum(['ACTIVE', 'SUSPENDED']),
  suspensionReason: z.enum(SUSPENSION_REASONS as unknown as readonly [SuspensionReason, ...SuspensionReason[]]).optional(),
  createTime: z.number(),
  updateTime: z.number(),
  expireTime: z.number(),
});
same<z.infer<typeof workspaceSubscription>, StoredWorkspaceSubscription>(true);

/** The push side's part of the state; files written before it existed load with it empty. */
export const pushStateShape = {
  /** Cloud projects added through the control API (besides the demo project and the clients' own). */
  projects: z.array(z.string()).default([]),
  /** Pub/Sub topics, subscriptions and their undelivered messages. */
  pubsub: pubsubState.default(emptyPubsubState),
  /** Workspace Events subscriptions. */
  workspaceSubscriptions: z.array(workspaceSubscription).default([]),
};
