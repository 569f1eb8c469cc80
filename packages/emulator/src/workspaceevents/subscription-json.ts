/** Renders Workspace Events subscriptions and long-running operations as Google's JSON (proto3 mapping). */
import { createHash } from 'node:crypto';
import { omitDefaults, timestamp } from '../http/proto-json';
import type { StoredWorkspaceSubscription } from './workspace-state';

const TYPE_URL = 'type.googleapis.com/google.apps.events.subscriptions.v1';

/** The etag of a subscription's current version (changes on every update). */
export const subscriptionEtag = (s: StoredWorkspaceSubscription): string =>
  createHash('sha256').update(`${s.id}|${s.updateTime}|${s.state}|${s.expireTime}|${s.eventTypes.join(',')}`).digest('base64url').slice(0, 16);

/** A subscription; `ttl` is input only, `expireTime` always shown. */
export function subscriptionJson(s: StoredWorkspaceSubscription): Record<string, unknown> {
  return omitDefaults({
    name: `subscriptions/${s.id}`,
    uid: s.uid,
    targetResource: s.targetResource,
    eventTypes: s.eventTypes,
    notificationEndpoint: { pubsubTopic: s.pubsubTopic },
    state: s.state,
    suspensionReason: s.suspensionReason,
    authority: s.user,
    userAuthority: s.user,
    createTime: timestamp(s.createTime),
    updateTime: timestamp(s.updateTime),
    expireTime: timestamp(s.expireTime),
    etag: subscriptionEtag(s),
  });
}

/** A finished long-running operation whose response is a Subscription (create, patch, reactivate). */
export const subscriptionOperation = (id: string, subscription: Record<string, unknown>, metadata?: string): Record<string, unknown> => ({
  name: `operations/${id}`,
  ...(metadata === undefined ? {} : { metadata: { '@type': `${TYPE_URL}.${metadata}` } }),
  done: true,
  response: { '@type': `${TYPE_URL}.Subscription`, ...subscription },
});

/** A finished long-running operation with an empty response (delete). */
export const emptyOperation = (id: string, metadata?: string): Record<string, unknown> => ({
  name: `operations/${id}`,
  ...(metadata === undefined ? {} : { metadata: { '@type': `${TYPE_URL}.${metadata}` } }),
  done: true,
  response: { '@type': 'type.googleapis.com/google.protobuf.Empty' },
});
