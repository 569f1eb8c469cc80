/**
 * The Subscription as create and patch take it (proto3 JSON; output-only fields are accepted and
 * ignored, unknown ones refused), and the checks Google documents for Meet subscriptions: a known
 * target, known event types, a Pub/Sub topic, names-only payloads, and at most 7 days of life.
 */
import { z } from 'zod';
import { invalidArgument } from '../http/google-error';
import { parseTimestamp } from '../http/proto-json';
import { isSubscribableType } from './event-types';

/** A Meet subscription (no resource data in its events) lives at most this long. */
export const MAX_TTL_MS = 7 * 86_400_000;

/** Subscription as a request body. */
export const subscriptionInput = z.strictObject({
  name: z.string().optional(),
  uid: z.string().optional(),
  targetResource: z.string().max(1000).optional(),
  eventTypes: z.array(z.string().max(200)).max(100).optional(),
  payloadOptions: z.strictObject({ includeResource: z.boolean().optional(), fieldMask: z.string().max(1000).optional() }).optional(),
  notificationEndpoint: z.strictObject({ pubsubTopic: z.string().max(1000).optional() }).optional(),
  state: z.unknown().optional(),
  suspensionReason: z.unknown().optional(),
  authority: z.string().optional(),
  userAuthority: z.string().optional(),
  serviceAccountAuthority: z.string().optional(),
  createTime: z.string().optional(),
  updateTime: z.string().optional(),
  reconciling: z.boolean().optional(),
  etag: z.string().optional(),
  expireTime: z.string().optional(),
  ttl: z.string().optional(),
});

/** A parsed Subscription body. */
export type SubscriptionInput = z.infer<typeof subscriptionInput>;

/** What a target resource names: one Meet space, or every space a user owns. */
export type ParsedTarget = { readonly kind: 'space'; readonly space: string } | { readonly kind: 'user'; readonly user: string };

/** Reads `targetResource`; the space must be named by its id, not its meeting code. */
export function parseTarget(target: string | undefined): ParsedTarget {
  if (target === undefined || target === '') throw invalidArgument('targetResource is required.');
  const space = /^\/\/meet\.googleapis\.com\/spaces\/([^/]+)$/.exec(target)?.[1];
  if (space !== undefined) {
    if (/^[a-z]+(-[a-z]+)+$/.test(space)) throw invalidArgument(`targetResource names a meeting code (${space}); use the space id from the space's resource name (spaces/{space}).`);
    return { kind: 'space', space };
  }
  const user = /^\/\/cloudidentity\.googleapis\.com\/users\/([^/]+)$/.exec(target)?.[1];
  if (user !== undefined) return { kind: 'user', user: `users/${user}` };
  throw invalidArgument(`targetResource "${target}" is not a supported Meet target: use //meet.googleapis.com/spaces/{space} or //cloudidentity.googleapis.com/users/{user}.`);
}

/** Checks `eventTypes`: at least one, each a Meet or lifecycle type; returns them without duplicates. */
export function parseEventTypes(types: ReadonlyArray<string> | undefined): string[] {
  if (types === undefined || types.length === 0) throw invalidArgument('eventTypes must list at least one event type.');
  const unknown = types.find((t) => !isSubscribableType(t));
  if (unknown !== undefined) throw invalidArgument(`Event type "${unknown}" is not supported for the target resource.`);
  return [...new Set(types)];
}

/** Checks `notificationEndpoint.pubsubTopic` (`projects/{project}/topics/{topic}`). */
export function parseTopic(body: SubscriptionInput): string {
  const topic = body.notificationEndpoint?.pubsubTopic;
  if (topic === undefined || topic === '') throw invalidArgument('notificationEndpoint.pubsubTopic is required.');
  if (!/^projects\/[^/]+\/topics\/[^/]+$/.test(topic)) throw invalidArgument(`notificationEndpoint.pubsubTopic "${topic}" is not of the form projects/{project}/topics/{topic}.`);
  return topic;
}

/** Meet events carry resource names only: `payloadOptions` may not ask for the resource. */
export function checkPayloadOptions(body: SubscriptionInput): void {
  const options = body.payloadOptions;
  if (options?.includeResource === true || (options?.fieldMask ?? '') !== '') {
    throw invalidArgument('payloadOptions are supported for Google Chat and Google Drive events only; Meet events carry the resource name.');
  }
}

/** The expiry a body asks for (`ttl` or `expireTime`, one of them; none or `0s` = the maximum). */
export function expiryOf(body: SubscriptionInput, now: number): number {
  if (body.ttl !== undefined && body.expireTime !== undefined) throw invalidArgument('Set only one of ttl and expireTime.');
  if (body.expireTime !== undefined) {
    const at = parseTimestamp(body.expireTime);
    if (at === undefined) throw invalidArgument(`expireTime "${body.expireTime}" is not an RFC 3339 timestamp.`);
    if (at <= now) throw invalidArgument('expireTime must be in the future.');
    if (at > now + MAX_TTL_MS) throw invalidArgument('expireTime is more than 7 days away, the longest a Meet subscription lives.');
    return Math.floor(at);
  }
  if (body.ttl === undefined) return now + MAX_TTL_MS;
  const match = /^(\d+)(\.\d{1,9})?s$/.exec(body.ttl);
  if (match === null) throw invalidArgument(`ttl "${body.ttl}" is not a duration such as "86400s".`);
  const ms = Math.round(Number(`${match[1]}${match[2] ?? ''}`) * 1000);
  if (ms === 0) return now + MAX_TTL_MS;
  if (ms > MAX_TTL_MS) throw invalidArgument(`ttl ${body.ttl} is longer than 7 days (604800s), the longest a Meet subscription lives.`);
  return now + ms;
}
