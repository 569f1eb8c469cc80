/**
 * The Google Workspace Events v1 calls Quickmeet makes for Meet, in Google's JSON shapes
 * (`workspaceevents-v1.discovery.json`). Create, renew and reactivate return long-running operations:
 * the adapter waits for them and answers the subscription. Failures are `AppError`s as for Meet.
 */

/** ACTIVE delivers; SUSPENDED says why in `suspensionReason`; DELETED is gone. */
export type EventsSubscriptionState = 'STATE_UNSPECIFIED' | 'ACTIVE' | 'SUSPENDED' | 'DELETED';

export interface EventsSubscription {
  /** `subscriptions/{id}`. */
  readonly name: string;
  /** `//meet.googleapis.com/spaces/{space}` or `//cloudidentity.googleapis.com/users/{user}`. */
  readonly targetResource: string;
  readonly eventTypes?: ReadonlyArray<string>;
  readonly notificationEndpoint?: { readonly pubsubTopic?: string };
  readonly state?: EventsSubscriptionState;
  /** Why it is SUSPENDED, e.g. `ENDPOINT_PERMISSION_DENIED`, `USER_SCOPE_REVOKED`. */
  readonly suspensionReason?: string;
  readonly expireTime?: string;
  readonly etag?: string;
}

/** What a new subscription is made of. */
export interface NewEventsSubscription {
  readonly targetResource: string;
  readonly eventTypes: ReadonlyArray<string>;
  /** `projects/{project}/topics/{topic}`, in the project of the OAuth client. */
  readonly pubsubTopic: string;
  /** A duration such as `604800s` (Meet subscriptions last at most 7 days). */
  readonly ttl: string;
}

/** The Workspace Events port. */
export interface WorkspaceEventsApi {
  /** Waits for the operation; a 409 ALREADY_EXISTS (same user, same target) throws {@link SubscriptionExists}. */
  createSubscription(subscription: NewEventsSubscription): Promise<EventsSubscription>;
  getSubscription(name: string): Promise<EventsSubscription>;
  /** `filter` is required by Google (at least one `event_types:"…"`). */
  listSubscriptions(filter: string): Promise<ReadonlyArray<EventsSubscription>>;
  /** Patches `ttl` (update mask `ttl`): the documented way to renew. */
  renewSubscription(name: string, ttl: string): Promise<EventsSubscription>;
  reactivateSubscription(name: string): Promise<EventsSubscription>;
  /** Deletes; a subscription already gone counts as deleted (`allowMissing`). */
  deleteSubscription(name: string): Promise<void>;
}

/** A create refused with 409 ALREADY_EXISTS: this user already has a subscription for that target. */
export class SubscriptionExists extends Error {
  constructor(readonly targetResource: string) {
    super(`A subscription for ${targetResource} already exists.`);
    this.name = 'SubscriptionExists';
  }
}
