import { AppError } from '../../../shared/ipc/result';
import type { MeetApi } from '../ports/meet-api';
import type { PubSubApi, PulledMessage } from '../ports/pub-sub-api';
import type { WorkspaceEventsApi } from '../ports/workspace-events-api';
import { decodeCloudEvent } from './cloud-event';
import { PAYLOAD_KEY } from './meet-event-types';
import { ACK_DEADLINE_SECONDS } from './push-provisioning';
import type { PushRecord } from './push-record';

/** One event as `quickmeet events` prints it: what happened, and the resource as a `get` returns it now. */
export interface TailedEvent {
  readonly id?: string;
  readonly type?: string;
  readonly time?: string;
  /** The resource name the event carries (a subscription for lifecycle events). */
  readonly name?: string;
  readonly resource?: unknown;
  /** Why the resource is missing: the message was malformed, or the `get` failed. */
  readonly problem?: string;
}

/** What reading events needs. */
export interface EventTailDeps {
  readonly pubsub: PubSubApi;
  readonly workspaceEvents: WorkspaceEventsApi;
  readonly meet: MeetApi;
  /** The record of the app's setup; undefined when instant updates were never set up. */
  readonly record: () => Promise<PushRecord | undefined>;
  readonly random: () => number;
}

const NOT_SET_UP = 'Instant updates are not set up: turn them on in Quickmeet’s settings (Instant updates) first.';

/** Fetches what one message names (the REST `get`; artifacts are found in their conference's list). */
async function describe(deps: EventTailDeps, message: PulledMessage): Promise<TailedEvent> {
  const event = decodeCloudEvent(message);
  if (event.kind === 'malformed') return { problem: event.reason, ...(message.attributes?.['ce-id'] ? { id: message.attributes['ce-id'] } : {}) };
  const head = { id: event.id, type: event.type, ...(event.kind === 'meet' && event.time ? { time: event.time } : {}) };
  try {
    if (event.kind === 'lifecycle') return { ...head, name: event.subscription, resource: await deps.workspaceEvents.getSubscription(event.subscription) };
    const record = event.resource.split('/').slice(0, 2).join('/');
    const found = async (list: Promise<{ items: ReadonlyArray<{ name: string }> }>) => (await list).items.find((item) => item.name === event.resource);
    const resource = await (async () => {
      switch (PAYLOAD_KEY[event.type]) {
        case 'conferenceRecord':
          return deps.meet.getConferenceRecord(event.resource);
        case 'participantSession':
          return deps.meet.getParticipant(event.resource.replace(/\/participantSessions\/[^/]+$/, ''));
        case 'recording':
          return found(deps.meet.listRecordings(record, {}));
        case 'transcript':
          return found(deps.meet.listTranscripts(record, {}));
        case 'smartNote':
          return found(deps.meet.listSmartNotes(record, {}));
      }
    })();
    return { ...head, name: event.resource, ...(resource ? { resource } : { problem: 'not found' }) };
  } catch (error) {
    return { ...head, name: event.kind === 'meet' ? event.resource : event.subscription, problem: error instanceof Error ? error.message : 'could not be read' };
  }
}

/**
 * `--once`: what waits on the app's own pull subscription now, left unacknowledged so the app still
 * receives every message after the ack deadline.
 */
export async function readWaitingEvents(deps: EventTailDeps, signal?: AbortSignal): Promise<TailedEvent[]> {
  const record = await deps.record();
  if (!record) throw new AppError('CONFIG_ERROR', NOT_SET_UP);
  let messages: ReadonlyArray<PulledMessage>;
  try {
    messages = await deps.pubsub.pull(record.pullSubscription, 100, signal);
  } catch (error) {
    // A pull is held open until something arrives: cut short, it means nothing was waiting.
    if (signal?.aborted) return [];
    throw error;
  }
  return Promise.all(messages.map((message) => describe(deps, message)));
}

/**
 * `--follow`: a temporary pull subscription of its own on the app's topic (so the app misses
 * nothing), printing each event until `signal` aborts; the temporary subscription is deleted then.
 */
export async function followEvents(deps: EventTailDeps, print: (event: TailedEvent) => void, signal: AbortSignal): Promise<void> {
  const record = await deps.record();
  if (!record) throw new AppError('CONFIG_ERROR', NOT_SET_UP);
  const temporary = `projects/${record.project}/subscriptions/quickmeet-cli-${Math.floor(deps.random() * 0xffffffff).toString(16).padStart(8, '0')}`;
  await deps.pubsub.createSubscription(temporary, record.topic, ACK_DEADLINE_SECONDS);
  try {
    while (!signal.aborted) {
      let messages: ReadonlyArray<PulledMessage>;
      try {
        messages = await deps.pubsub.pull(temporary, 100, signal);
      } catch (error) {
        if (signal.aborted) break;
        throw error;
      }
      for (const message of messages) print(await describe(deps, message));
      if (messages.length > 0) await deps.pubsub.acknowledge(temporary, messages.map((m) => m.ackId));
    }
  } finally {
    await deps.pubsub.deleteSubscription(temporary).catch(() => undefined);
  }
}
