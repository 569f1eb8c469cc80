/**
 * Typed helpers over the emulator's push control endpoints (docs/reference.md, "Push delivery"): Cloud
 * projects, Pub/Sub topics and subscriptions, published messages, the Meet publisher's grant, and
 * Workspace Events subscriptions.
 */
import { callControl } from './control-client';

/** A message as the control API lists it: attributes, base64 data and the data decoded as JSON. */
export interface PublishedMessage {
  readonly messageId: string;
  readonly publishTime: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly data: string;
  readonly json?: unknown;
}

/** A Workspace Events subscription with its authorizing account and OAuth client. */
export interface ControlWorkspaceSubscription {
  readonly name: string;
  readonly targetResource: string;
  readonly eventTypes: ReadonlyArray<string>;
  readonly state: 'ACTIVE' | 'SUSPENDED';
  readonly suspensionReason?: string;
  readonly expireTime: string;
  readonly account: string;
  readonly clientId: string;
}

/** Typed client for the push part of one emulator's control API. */
export class PushControl {
  constructor(readonly baseUrl: string) {}

  private call<T>(method: string, path: string, body?: unknown): Promise<T> {
    return callControl(this.baseUrl, method, path, body);
  }

  /** Cloud projects the emulator serves (`quickmeet-demo` and any added). */
  async projects(): Promise<ReadonlyArray<string>> {
    return (await this.call<{ projects: string[] }>('GET', '/projects')).projects;
  }

  /** Adds a Cloud project (e.g. one the OAuth client does not belong to). */
  addProject(projectId: string): Promise<{ projectId: string }> {
    return this.call('POST', '/projects', { projectId });
  }

  /** Every topic with its IAM policy and the subscriptions attached to it. */
  async topics(): Promise<ReadonlyArray<{ name: string; policy: { etag: string; bindings?: Array<{ role: string; members: string[] }> }; subscriptions: string[] }>> {
    return (await this.call<{ topics: [] }>('GET', '/pubsub/topics')).topics;
  }

  /** Every Pub/Sub subscription, with how many messages wait and how many are leased out. */
  async pubsubSubscriptions(): Promise<ReadonlyArray<{ name: string; topic: string; ackDeadlineSeconds: number; waiting: number; outstanding: number; pullsWaiting: number }>> {
    return (await this.call<{ subscriptions: [] }>('GET', '/pubsub/subscriptions')).subscriptions;
  }

  /** What was published to a topic (full name), oldest first. */
  async published(topic: string): Promise<ReadonlyArray<PublishedMessage>> {
    return (await this.call<{ messages: PublishedMessage[] }>('GET', `/pubsub/messages?topic=${encodeURIComponent(topic)}`)).messages;
  }

  /** Grants (or with `false` takes away) Google's Meet publisher's right to publish to a topic. */
  setMeetPublisher(topic: string, granted: boolean): Promise<{ etag: string }> {
    const [, project, , id] = topic.split('/');
    return this.call('POST', `/pubsub/projects/${project}/topics/${id}:${granted ? 'grantPublisher' : 'revokePublisher'}`);
  }

  /** Every Workspace Events subscription, whoever authorized it. */
  async workspaceSubscriptions(): Promise<ReadonlyArray<ControlWorkspaceSubscription>> {
    return (await this.call<{ subscriptions: ControlWorkspaceSubscription[] }>('GET', '/workspaceevents/subscriptions')).subscriptions;
  }

  /** Suspends a Workspace Events subscription with a reason (a `suspended` event goes out if the topic takes it). */
  suspend(subscription: string, reason: string): Promise<ControlWorkspaceSubscription> {
    return this.call('POST', `/workspaceevents/subscriptions/${subscription.split('/').pop()}:suspend`, { reason });
  }

}
