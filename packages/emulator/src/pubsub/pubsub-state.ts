/** What the emulator remembers of Pub/Sub, as plain serialisable data (times in epoch milliseconds). */

/** One IAM role binding on a topic. */
export interface StoredBinding {
  role: string;
  members: string[];
}

/** A topic, `projects/{project}/topics/{topic}`, with its IAM policy. */
export interface StoredTopic {
  name: string;
  createdAt: number;
  labels?: Record<string, string>;
  bindings: StoredBinding[];
  /** Bumped on every setIamPolicy; the policy's etag is derived from it. */
  policyVersion: number;
}

/** A published message. */
export interface StoredMessage {
  messageId: string;
  /** Base64, as on the wire. */
  data: string;
  attributes: Record<string, string>;
  publishTime: number;
}

/** A message waiting in one subscription: never pulled, or out on lease until `deadline`. */
export interface StoredBacklogItem {
  message: StoredMessage;
  /** The ack id of the current lease, if the message has been pulled. */
  ackId?: string;
  /** When the current lease ends and the message becomes deliverable again. */
  deadline?: number;
  deliveries: number;
}

/** A pull subscription, `projects/{project}/subscriptions/{subscription}`. */
export interface StoredPubsubSubscription {
  name: string;
  /** The topic's name, or `_deleted-topic_` once the topic is gone. */
  topic: string;
  ackDeadlineSeconds: number;
  createdAt: number;
  labels?: Record<string, string>;
  backlog: StoredBacklogItem[];
}

/** Every topic and subscription. */
export interface PubsubState {
  topics: StoredTopic[];
  subscriptions: StoredPubsubSubscription[];
  nextMessageId: number;
}

/** A fresh, empty Pub/Sub state. */
export const emptyPubsubState = (): PubsubState => ({ topics: [], subscriptions: [], nextMessageId: 1 });
