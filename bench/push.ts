import { pathToFileURL } from 'node:url';
import { POLL_INTERVALS_MS } from '../electron/core/conference/conference-monitor';
import type { MeetApi } from '../electron/core/ports/meet-api';
import { rendererList, startHarness } from '../test/unit/attendees/support/harness';
import type { VirtualTime } from '../test/unit/attendees/support/virtual-time';
import { MEET, startPushHarness, waitFor } from '../test/unit/push/push-harness';
import type { MemoryPubSub } from '../test/support/memory-pub-sub';
import { percentile, roundMs } from './percentiles';

/** One network round trip, as the emulator's latency control adds it to every call. */
export const LATENCY_MS = 100;
const HOUR = 60 * 60 * 1000;
const PEOPLE = 50;
const SAMPLES = 20;
const STEP_MS = 10;

const MEET_METHODS: ReadonlyArray<keyof MeetApi> = [
  'listConferenceRecords', 'getConferenceRecord', 'listParticipants', 'getParticipant', 'listParticipantSessions',
  'listRecordings', 'listTranscripts', 'listSmartNotes',
];

/** Every Meet call answers one round trip later (virtual time), as against Google or the emulator at 100 ms. */
function withLatency(meet: MeetApi, time: VirtualTime): void {
  // Calls now wait on virtual timers: waiting for the loops to be idle between timers would never end.
  time.settle = async () => undefined;
  const target = meet as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const method of MEET_METHODS) {
    const call = target[method]!.bind(meet);
    target[method] = async (...args) => {
      const answer = await call(...args);
      await new Promise<void>((resolve) => time.setTimeout(resolve, LATENCY_MS));
      return answer;
    };
  }
}

/** A pull answers one round trip after the message is there; an acknowledge takes one round trip. */
function pubSubWithLatency(pubsub: MemoryPubSub, time: VirtualTime): void {
  const pull = pubsub.pull.bind(pubsub);
  const acknowledge = pubsub.acknowledge.bind(pubsub);
  const delay = () => new Promise<void>((resolve) => time.setTimeout(resolve, LATENCY_MS));
  pubsub.pull = async (...args) => {
    const answer = await pull(...args);
    await delay();
    return answer;
  };
  pubsub.acknowledge = async (...args) => {
    await delay();
    return acknowledge(...args);
  };
}

/** Advances virtual time in small steps until `shown()`; answers the time it took. */
async function timeUntil(time: VirtualTime, shown: () => boolean, limitMs: number): Promise<number> {
  const start = time.now();
  while (!shown()) {
    if (time.now() - start > limitMs) throw new Error('the join was never shown');
    await time.advance(STEP_MS);
  }
  return time.now() - start;
}

/** Join → shown with polling, window open: people join at random moments of the 5 s poll cycle. */
async function pollJoinToShown(): Promise<number[]> {
  const h = await startHarness();
  withLatency(h.meet, h.time);
  h.feature.setWindowVisible(true);
  const record = h.meet.startConference('spaces/alpha');
  await h.time.advance(POLL_INTERVALS_MS.discoveryVisible + 1_000);
  const samples: number[] = [];
  for (let i = 0; i < SAMPLES; i += 1) {
    await h.time.advance(Math.round(((i * 7919) % 1000) * (POLL_INTERVALS_MS.attendeesVisible / 1000)));
    const person = h.meet.join(record, 'signedinUser', `Person ${i}`);
    samples.push(await timeUntil(h.time, () => rendererList(h.events).get(person)?.present === true, 60_000));
  }
  h.stop();
  return samples;
}

/** Join → shown with instant updates: the event is published as the person joins. */
async function pushJoinToShown(): Promise<number[]> {
  const h = await startPushHarness();
  withLatency(h.meet, h.time);
  pubSubWithLatency(h.pubsub, h.time);
  h.feature.setWindowVisible(true);
  const record = h.meet.startConference('spaces/alpha');
  h.publish(MEET('conference', 'started'), { conferenceRecord: { name: record } });
  await timeUntil(h.time, () => h.feature.monitor.headCount().conference?.record === record, 60_000);
  const samples: number[] = [];
  for (let i = 0; i < SAMPLES; i += 1) {
    await h.time.advance(Math.round(((i * 7919) % 1000) * (POLL_INTERVALS_MS.attendeesVisible / 1000)));
    const person = h.meet.join(record, 'signedinUser', `Person ${i}`);
    h.publish(MEET('participant', 'joined'), { participantSession: { name: `${person}/participantSessions/s${i}` } });
    samples.push(await timeUntil(h.time, () => rendererList(h.events).get(person)?.present === true, 60_000));
  }
  h.push.stop();
  h.stop();
  return samples;
}

/** Meet calls in one hour of a live 50-person conference with the window open, joins included. */
async function callsPerHour(push: boolean): Promise<number> {
  const h = push ? await startPushHarness() : await startHarness();
  h.feature.setWindowVisible(true);
  const record = h.meet.startConference('spaces/alpha');
  const before = h.meet.calls.length;
  if ('publish' in h) h.publish(MEET('conference', 'started'), { conferenceRecord: { name: record } });
  for (let i = 0; i < PEOPLE; i += 1) {
    const person = h.meet.join(record, 'signedinUser', `Person ${i}`);
    if ('publish' in h) h.publish(MEET('participant', 'joined'), { participantSession: { name: `${person}/participantSessions/s${i}` } });
  }
  if ('publish' in h) await waitFor(() => h.feature.monitor.headCount().presentCount === PEOPLE, 'every join');
  await h.time.advance(HOUR);
  const calls = h.meet.calls.length - before;
  if ('push' in h) h.push.stop();
  h.stop();
  return calls;
}

/**
 * Instant updates against polling, at 100 ms per round trip, on virtual time over the in-memory Meet,
 * Pub/Sub and Workspace Events fakes (the emulator's Pub/Sub is not served yet).
 */
export async function benchPush(): Promise<Record<string, number>> {
  const push = await pushJoinToShown();
  const poll = await pollJoinToShown();
  const pushCalls = await callsPerHour(true);
  const pollCalls = await callsPerHour(false);
  return {
    push_join_to_shown_p50_ms: roundMs(percentile(push, 50)),
    poll_join_to_shown_p50_ms: roundMs(percentile(poll, 50)),
    push_meet_calls_per_hour_live: pushCalls,
    poll_meet_calls_per_hour_live: pollCalls,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await benchPush();
  console.log(process.argv.includes('--json') ? JSON.stringify(figures) : figures);
}
