import { AppError } from '../../shared/ipc/result';
import type { Clock } from '../../electron/core/ports/clock';
import { SubscriptionExists, type EventsSubscription, type NewEventsSubscription, type WorkspaceEventsApi } from '../../electron/core/ports/workspace-events-api';

type Method = keyof WorkspaceEventsApi;

/**
 * Workspace Events v1 subscriptions in memory: one per target (a second is ALREADY_EXISTS), expiry
 * from the `ttl` on the given clock, renew, suspend (test control), reactivate, delete.
 */
export class MemoryWorkspaceEvents implements WorkspaceEventsApi {
  readonly subscriptions = new Map<string, EventsSubscription & { state: NonNullable<EventsSubscription['state']> }>();
  readonly calls: Array<{ method: Method; args: unknown[] }> = [];
  private readonly failures = new Map<Method, AppError[]>();
  private counter = 0;

  constructor(private readonly clock: Clock) {}

  failNext(method: Method, error: AppError, times = 1): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...Array.from({ length: times }, () => error)]);
  }
  count(method: Method): number {
    return this.calls.filter((c) => c.method === method).length;
  }
  /** Suspends a subscription with `reason`, as Google does when delivery fails. */
  suspend(name: string, reason: string): void {
    const current = this.subscriptions.get(name)!;
    this.subscriptions.set(name, { ...current, state: 'SUSPENDED', suspensionReason: reason });
  }
  active(): EventsSubscription[] {
    return [...this.subscriptions.values()].filter((s) => s.state !== 'DELETED');
  }

  async createSubscription(request: NewEventsSubscription): Promise<EventsSubscription> {
    this.enter('createSubscription', [request]);
    if (this.active().some((s) => s.targetResource === request.targetResource)) throw new SubscriptionExists(request.targetResource);
    const name = `subscriptions/sub${++this.counter}`;
    const subscription = {
      name,
      targetResource: request.targetResource,
      eventTypes: [...request.eventTypes],
      notificationEndpoint: { pubsubTopic: request.pubsubTopic },
      state: 'ACTIVE' as const,
      expireTime: this.expiry(request.ttl),
    };
    this.subscriptions.set(name, subscription);
    return subscription;
  }
  async getSubscription(name: string): Promise<EventsSubscription> {
    this.enter('getSubscription', [name]);
    return this.find(name);
  }
  async listSubscriptions(filter: string): Promise<ReadonlyArray<EventsSubscription>> {
    this.enter('listSubscriptions', [filter]);
    if (!/event_types:"/.test(filter)) throw new AppError('BAD_REQUEST', 'filter must name an event type');
    const target = /target_resource="([^"]+)"/.exec(filter)?.[1];
    return this.active().filter((s) => target === undefined || s.targetResource === target);
  }
  async renewSubscription(name: string, ttl: string): Promise<EventsSubscription> {
    this.enter('renewSubscription', [name, ttl]);
    const next = { ...this.find(name), expireTime: this.expiry(ttl) };
    this.subscriptions.set(name, next);
    return next;
  }
  async reactivateSubscription(name: string): Promise<EventsSubscription> {
    this.enter('reactivateSubscription', [name]);
    const { suspensionReason: _reason, ...rest } = this.find(name);
    const next = { ...rest, state: 'ACTIVE' as const };
    this.subscriptions.set(name, next);
    return next;
  }
  async deleteSubscription(name: string): Promise<void> {
    this.enter('deleteSubscription', [name]);
    this.subscriptions.delete(name);
  }

  private expiry(ttl: string): string {
    return new Date(this.clock.now() + Number.parseInt(ttl, 10) * 1000).toISOString();
  }
  private find(name: string) {
    const found = this.subscriptions.get(name);
    if (!found) throw new AppError('NOT_FOUND', 'Subscription not found');
    return found;
  }
  private enter(method: Method, args: unknown[]): void {
    this.calls.push({ method, args });
    const failure = this.failures.get(method)?.shift();
    if (failure) throw failure;
  }
}
