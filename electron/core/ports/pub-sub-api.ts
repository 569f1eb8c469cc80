/**
 * The Cloud Pub/Sub v1 REST calls Quickmeet makes to read its own topic: a desktop app has no
 * endpoint Google could push to, so it owns a pull subscription. Failures are `AppError`s as for Meet.
 */

/** One delivered message: the CloudEvents binding puts the event in `data` (base64 JSON) and `attributes`. */
export interface PulledMessage {
  readonly ackId: string;
  readonly data?: string;
  readonly attributes?: Readonly<Record<string, string>>;
  readonly messageId?: string;
  readonly publishTime?: string;
}

export interface IamBinding {
  readonly role: string;
  readonly members: ReadonlyArray<string>;
}

/** A topic's IAM policy; `etag` makes the read-modify-write safe against a concurrent change. */
export interface IamPolicy {
  readonly version?: number;
  readonly etag?: string;
  readonly bindings: ReadonlyArray<IamBinding>;
}

/** The Pub/Sub port. */
export interface PubSubApi {
  /** Creates `projects/{p}/topics/{t}`; answers `false` when it existed already (409 is reuse, not failure). */
  createTopic(topic: string): Promise<boolean>;
  deleteTopic(topic: string): Promise<void>;
  getTopicPolicy(topic: string): Promise<IamPolicy>;
  /** Writes the whole policy; an etag conflict (409 ABORTED) throws {@link PolicyConflict}. */
  setTopicPolicy(topic: string, policy: IamPolicy): Promise<IamPolicy>;
  /** Creates the pull subscription on `topic`; answers `false` when it existed already. */
  createSubscription(subscription: string, topic: string, ackDeadlineSeconds: number): Promise<boolean>;
  deleteSubscription(subscription: string): Promise<void>;
  /** One long pull: Google holds it open until messages arrive or its own bound passes; `signal` cuts it short. */
  pull(subscription: string, maxMessages: number, signal?: AbortSignal): Promise<ReadonlyArray<PulledMessage>>;
  acknowledge(subscription: string, ackIds: ReadonlyArray<string>): Promise<void>;
}

/** setIamPolicy refused because the policy changed since it was read (etag mismatch). */
export class PolicyConflict extends Error {
  constructor() {
    super('The topic policy changed while it was being updated.');
    this.name = 'PolicyConflict';
  }
}
