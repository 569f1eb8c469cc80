import { z } from 'zod';
import type { PulledMessage } from '../ports/pub-sub-api';
import { LIFECYCLE_EVENT_TYPES, MEET_EVENT_TYPES, PAYLOAD_KEY, type LifecycleEventType, type MeetEventType } from './meet-event-types';

/** A Meet event: its id (for duplicates), its type and the one resource name it carries. */
export interface MeetEvent {
  readonly kind: 'meet';
  readonly id: string;
  readonly type: MeetEventType;
  readonly resource: string;
  readonly time?: string;
}

/** A subscription's lifecycle event: which subscription, and what happened to it. */
export interface LifecycleEvent {
  readonly kind: 'lifecycle';
  readonly id: string;
  readonly type: LifecycleEventType;
  readonly subscription: string;
}

/** A message that is not an event Quickmeet can use; acknowledged and logged, never retried. */
export interface MalformedEvent {
  readonly kind: 'malformed';
  readonly reason: string;
}

export type DecodedEvent = MeetEvent | LifecycleEvent | MalformedEvent;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** Payloads are a few hundred bytes; anything far larger is not an event of ours. */
const MAX_DATA_CHARS = 64 * 1024;
const ResourceName = z.string().min(1).max(500).regex(/^[A-Za-z0-9][A-Za-z0-9/_.-]*$/);
const Lifecycle = z.object({ subscription: z.object({ name: z.string().regex(/^subscriptions\/[^/]+$/).max(300) }) });
const RESOURCE_PATTERN: Readonly<Record<(typeof PAYLOAD_KEY)[MeetEventType], RegExp>> = {
  conferenceRecord: /^conferenceRecords\/[^/]+$/,
  participantSession: /^conferenceRecords\/[^/]+\/participants\/[^/]+\/participantSessions\/[^/]+$/,
  recording: /^conferenceRecords\/[^/]+\/recordings\/[^/]+$/,
  transcript: /^conferenceRecords\/[^/]+\/transcripts\/[^/]+$/,
  smartNote: /^conferenceRecords\/[^/]+\/smartNotes\/[^/]+$/,
};

const malformed = (reason: string): MalformedEvent => ({ kind: 'malformed', reason });
const isMeetType = (type: string): type is MeetEventType => (MEET_EVENT_TYPES as ReadonlyArray<string>).includes(type);
const isLifecycleType = (type: string): type is LifecycleEventType => (LIFECYCLE_EVENT_TYPES as ReadonlyArray<string>).includes(type);

/**
 * Reads one Pub/Sub message in the CloudEvents binary binding (REFERENCE §13.5): `ce-id` and `ce-type`
 * in the attributes, base64 JSON in `data`. Anything else (bad base64, bad JSON, an unknown type, a
 * missing attribute, a payload without its resource) answers `malformed` with the reason, never throws.
 */
export function decodeCloudEvent(message: PulledMessage): DecodedEvent {
  const attributes = message.attributes ?? {};
  const id = attributes['ce-id'];
  const type = attributes['ce-type'];
  if (!id) return malformed('no ce-id attribute');
  if (!type) return malformed('no ce-type attribute');
  if (!isMeetType(type) && !isLifecycleType(type)) return malformed(`unknown ce-type ${type.slice(0, 100)}`);
  const data = message.data ?? '';
  if (data.length > MAX_DATA_CHARS) return malformed('data too large');
  if (!BASE64.test(data) || data.length % 4 !== 0) return malformed('data is not base64');
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(data, 'base64').toString('utf8'));
  } catch {
    return malformed('data is not JSON');
  }
  if (isLifecycleType(type)) {
    const parsed = Lifecycle.safeParse(payload);
    return parsed.success ? { kind: 'lifecycle', id, type, subscription: parsed.data.subscription.name } : malformed('lifecycle event without its subscription');
  }
  const key = PAYLOAD_KEY[type];
  const name = ResourceName.safeParse((payload as Record<string, { name?: unknown } | undefined> | null)?.[key]?.name);
  if (!name.success || !RESOURCE_PATTERN[key].test(name.data)) return malformed(`${type} without a ${key} name`);
  const time = attributes['ce-time'];
  return { kind: 'meet', id, type, resource: name.data, ...(time ? { time } : {}) };
}
