import { AppError } from '../../shared/ipc/result';
import { PolicyConflict, type IamPolicy, type PubSubApi, type PulledMessage } from '../../electron/core/ports/pub-sub-api';

type Method = keyof PubSubApi;
interface Held {
  readonly message: Omit<PulledMessage, 'ackId'>;
  ackId: string;
  acked: boolean;
  delivered: boolean;
}

/**
 * Pub/Sub in memory, as Google documents it: topics with an etag-checked IAM policy, pull
 * subscriptions that hold a pull open until a message arrives (or it is aborted), acknowledge, and
 * redelivery of what was not acknowledged (`redeliver()`, standing in for the ack deadline).
 */
export class MemoryPubSub implements PubSubApi {
  readonly topics = new Map<string, IamPolicy & { etag: string }>();
  readonly subscriptions = new Map<string, { topic: string; messages: Held[] }>();
  readonly calls: Array<{ method: Method; args: unknown[] }> = [];
  private readonly failures = new Map<Method, Array<AppError | PolicyConflict>>();
  private readonly waiting = new Set<(error?: Error) => void>();
  private counter = 0;

  failNext(method: Method, error: AppError | PolicyConflict, times = 1): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...Array.from({ length: times }, () => error)]);
  }
  count(method: Method): number {
    return this.calls.filter((c) => c.method === method).length;
  }

  /** Publishes to every subscription of `topic`; fails when Google's publisher has no grant there, as Pub/Sub would. */
  publish(topic: string, message: Omit<PulledMessage, 'ackId'>): void {
    for (const subscription of this.subscriptions.values()) {
      if (subscription.topic === topic) subscription.messages.push({ message, ackId: '', acked: false, delivered: false });
    }
    this.wake();
  }
  /** Makes every delivered, unacknowledged message deliverable again (the ack deadline passed). */
  redeliver(): void {
    for (const subscription of this.subscriptions.values()) for (const held of subscription.messages) if (!held.acked) held.delivered = false;
    this.wake();
  }
  /** Fails the pulls held open now with `error` (the connection dropped mid-pull). */
  failPending(error: Error): void {
    for (const done of [...this.waiting]) done(error);
  }
  /** Messages neither acknowledged nor dropped. */
  unacked(subscription: string): number {
    return this.subscriptions.get(subscription)?.messages.filter((m) => !m.acked).length ?? 0;
  }

  async createTopic(topic: string): Promise<boolean> {
    this.enter('createTopic', [topic]);
    if (this.topics.has(topic)) return false;
    this.topics.set(topic, { etag: 'e0', bindings: [] });
    return true;
  }
  async deleteTopic(topic: string): Promise<void> {
    this.enter('deleteTopic', [topic]);
    if (!this.topics.delete(topic)) throw new AppError('NOT_FOUND', 'Resource not found');
  }
  async getTopicPolicy(topic: string): Promise<IamPolicy> {
    this.enter('getTopicPolicy', [topic]);
    const policy = this.topics.get(topic);
    if (!policy) throw new AppError('NOT_FOUND', 'Resource not found');
    return structuredClone(policy);
  }
  async setTopicPolicy(topic: string, policy: IamPolicy): Promise<IamPolicy> {
    this.enter('setTopicPolicy', [topic, policy]);
    const current = this.topics.get(topic);
    if (!current) throw new AppError('NOT_FOUND', 'Resource not found');
    if (policy.etag !== undefined && policy.etag !== current.etag) throw new PolicyConflict();
    const next = { ...policy, bindings: policy.bindings.map((b) => ({ ...b, members: [...b.members] })), etag: `e${++this.counter}` };
    this.topics.set(topic, next);
    return structuredClone(next);
  }
  /** Someone else edits the policy (its etag changes). */
  touchPolicy(topic: string): void {
    const current = this.topics.get(topic)!;
    this.topics.set(topic, { ...current, etag: `e${++this.counter}` });
  }
  async createSubscription(subscription: string, topic: string): Promise<boolean> {
    this.enter('createSubscription', [subscription, topic]);
    if (!this.topics.has(topic)) throw new AppError('NOT_FOUND', 'Resource not found');
    if (this.subscriptions.has(subscription)) return false;
    this.subscriptions.set(subscription, { topic, messages: [] });
    return true;
  }
  async deleteSubscription(subscription: string): Promise<void> {
    this.enter('deleteSubscription', [subscription]);
    if (!this.subscriptions.delete(subscription)) throw new AppError('NOT_FOUND', 'Resource not found');
    this.wake();
  }
  async pull(subscription: string, maxMessages: number, signal?: AbortSignal): Promise<ReadonlyArray<PulledMessage>> {
    this.enter('pull', [subscription, maxMessages]);
    for (;;) {
      if (signal?.aborted) throw new AppError('CANCELLED', 'The pull was cut short.');
      const held = this.subscriptions.get(subscription);
      if (!held) throw new AppError('NOT_FOUND', 'Resource not found');
      const ready = held.messages.filter((m) => !m.acked && !m.delivered).slice(0, maxMessages);
      if (ready.length > 0) {
        return ready.map((m) => {
          m.delivered = true;
          m.ackId = `ack-${++this.counter}`;
          return { ...m.message, ackId: m.ackId };
        });
      }
      await new Promise<void>((resolve, reject) => {
        const done = (error?: Error) => {
          this.waiting.delete(done);
          signal?.removeEventListener('abort', onAbort);
          if (error) reject(error);
          else resolve();
        };
        const onAbort = () => done();
        this.waiting.add(done);
        signal?.addEventListener('abort', onAbort);
      });
    }
  }
  async acknowledge(subscription: string, ackIds: ReadonlyArray<string>): Promise<void> {
    this.enter('acknowledge', [subscription, ackIds]);
    for (const held of this.subscriptions.get(subscription)?.messages ?? []) if (ackIds.includes(held.ackId)) held.acked = true;
  }

  private wake(): void {
    for (const resume of [...this.waiting]) resume();
  }
  private enter(method: Method, args: unknown[]): void {
    this.calls.push({ method, args });
    const failure = this.failures.get(method)?.shift();
    if (failure) throw failure;
  }
}

/** A Pub/Sub message in the CloudEvents binding, as Workspace Events publishes it. */
export function cloudEventMessage(type: string, payload: unknown, id: string, extra: Record<string, string> = {}): Omit<PulledMessage, 'ackId'> {
  return {
    data: Buffer.from(JSON.stringify(payload)).toString('base64'),
    attributes: { 'ce-id': id, 'ce-type': type, 'ce-specversion': '1.0', 'ce-source': '//meet.googleapis.com/spaces/x', 'ce-time': '2026-11-24T09:00:00Z', ...extra },
    messageId: `m-${id}`,
  };
}
