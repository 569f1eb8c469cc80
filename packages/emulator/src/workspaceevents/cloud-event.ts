/**
 * Workspace events as Pub/Sub messages in the CloudEvents Pub/Sub binding (binary mode), as the
 * Workspace Events API sends them (NotificationEndpoint in its discovery document points at
 * github.com/googleapis/google-cloudevents docs/spec/pubsub.md): the payload JSON is the message
 * `data` (base64), and the context attributes are `ce-`prefixed message attributes, `datacontenttype`
 * becoming `content-type`.
 */
import { randomUUID } from 'node:crypto';

/** A CloudEvent ready to publish. */
export interface CloudEvent {
  readonly type: string;
  /** Full resource name of what the subscription watches (or the subscription, for lifecycle events). */
  readonly source: string;
  /** Full resource name of what changed. */
  readonly subject: string;
  readonly time: number;
  readonly data: unknown;
}

/** The Pub/Sub message for an event; every event gets its own `ce-id`, kept across redeliveries. */
export function cloudEventMessage(event: CloudEvent): { data: string; attributes: Record<string, string> } {
  return {
    data: Buffer.from(JSON.stringify(event.data)).toString('base64'),
    attributes: {
      'ce-specversion': '1.0',
      'ce-id': randomUUID(),
      'ce-type': event.type,
      'ce-source': event.source,
      'ce-subject': event.subject,
      'ce-time': new Date(event.time).toISOString(),
      'content-type': 'application/json',
    },
  };
}

/** `//meet.googleapis.com/{name}`: the full resource name of a Meet resource. */
export const meetResource = (name: string): string => `//meet.googleapis.com/${name}`;

/** `//workspaceevents.googleapis.com/subscriptions/{id}`: the source and subject of lifecycle events. */
export const subscriptionResource = (id: string): string => `//workspaceevents.googleapis.com/subscriptions/${id}`;
