/**
 * A topic's IAM policy (getIamPolicy/setIamPolicy): bindings of roles to members, an etag for
 * read-modify-write, and the check Google's Meet publisher runs before it delivers an event.
 */
import { z } from 'zod';
import { GoogleApiError } from '../http/google-error';
import type { StoredTopic } from './pubsub-state';

/** The account Google publishes Meet events with (Workspace Events guide, "Create a subscription"). */
export const MEET_EVENT_PUBLISHER = 'serviceAccount:meet-api-event-push@system.gserviceaccount.com';

/** Roles that include `pubsub.topics.publish`. */
const PUBLISHING_ROLES: ReadonlySet<string> = new Set(['roles/pubsub.publisher', 'roles/pubsub.editor', 'roles/pubsub.admin', 'roles/editor', 'roles/owner']);

const MEMBER = /^(allUsers|allAuthenticatedUsers|(user|serviceAccount|group|domain|principal|principalSet):.+)$/;

/** A Policy as setIamPolicy takes it. */
export const policyInput = z.strictObject({
  version: z.number().int().min(0).max(3).optional(),
  etag: z.string().max(200).optional(),
  bindings: z
    .array(
      z.strictObject({
        role: z.string().regex(/^roles\/[A-Za-z0-9_.]+$/, 'a role such as roles/pubsub.publisher'),
        members: z.array(z.string().regex(MEMBER, 'a member such as serviceAccount:name@example.com')).max(1500),
      }),
    )
    .max(1500)
    .optional(),
});

/** The etag of a topic's current policy (opaque base64, changes on every write). */
export const policyEtag = (topic: StoredTopic): string => Buffer.from(`${topic.name}#${topic.policyVersion}`).toString('base64').slice(-12);

/** The policy as Google returns it: `{version, etag, bindings}` (an empty policy is just `{etag}`). */
export function policyJson(topic: StoredTopic): Record<string, unknown> {
  const bindings = topic.bindings.filter((b) => b.members.length > 0);
  return bindings.length === 0 ? { etag: policyEtag(topic) } : { version: 1, etag: policyEtag(topic), bindings };
}

/** Replaces the policy; a stale etag is 409 ABORTED as Google sends it. */
export function setPolicy(topic: StoredTopic, policy: z.infer<typeof policyInput>): void {
  if (policy.etag !== undefined && policy.etag !== policyEtag(topic)) {
    throw new GoogleApiError('ABORTED', 'There were concurrent policy changes. Please retry the whole read-modify-write with exponential backoff.');
  }
  // Bindings of one role are merged, members kept unique, as IAM stores them.
  const merged = new Map<string, Set<string>>();
  for (const binding of policy.bindings ?? []) merged.set(binding.role, new Set([...(merged.get(binding.role) ?? []), ...binding.members]));
  topic.bindings = [...merged].map(([role, members]) => ({ role, members: [...members] }));
  topic.policyVersion += 1;
}

/** Whether `member` may publish to the topic. */
export const canPublish = (topic: StoredTopic, member: string): boolean =>
  topic.bindings.some((b) => PUBLISHING_ROLES.has(b.role) && b.members.includes(member));

/** Grants `member` `roles/pubsub.publisher`, or takes every role from it (the control API's shortcut). */
export function setPublisher(topic: StoredTopic, member: string, granted: boolean): void {
  const bindings = topic.bindings.map((b) => ({ role: b.role, members: b.members.filter((m) => m !== member) }));
  const publisher = bindings.find((b) => b.role === 'roles/pubsub.publisher');
  if (granted && publisher !== undefined) publisher.members.push(member);
  else if (granted) bindings.push({ role: 'roles/pubsub.publisher', members: [member] });
  topic.bindings = bindings.filter((b) => b.members.length > 0);
  topic.policyVersion += 1;
}
