import { pathToFileURL } from 'node:url';
import { POLL_INTERVALS_MS } from '../electron/core/conference/conference-monitor';
import type { AttendeesDiff } from '../shared/model/conference';
import { ctx, startSignedInCore, type SignedInCore } from '../test/integration/signed-in-core';
import { startHarness } from '../test/unit/attendees/support/harness';
import { MEET, startPushHarness, waitFor } from '../test/unit/push/push-harness';
import { percentile, roundMs } from './percentiles';

/** One network round trip, as the emulator's latency control adds it to every call. */
export const LATENCY_MS = 100;
const HOUR = 60 * 60 * 1000;
const PEOPLE = 50;

/** Waits until `check` holds, looking every 5 ms; answers the milliseconds it took. */
async function msUntil(check: () => boolean, limitMs: number): Promise<number> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > limitMs) throw new Error('the join was never shown');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return performance.now() - started;
}

/** True once an `attendees.changed` push has shown `participant` present. */
const shown = (core: SignedInCore, participant: string) => () =>
  core.events.emitted.some((e) => e.event === 'attendees.changed' && (e.payload as AttendeesDiff).upserted.some((row) => row.name === participant && row.present));

/**
 * Join (control API) → the core's list holds the person, against the emulator at 100 ms per Google
 * request: with instant updates (the demo's default), or polling with the window open.
 */
async function joinToShown(push: boolean, samples: number): Promise<number[]> {
  const core = await startSignedInCore({ demoPush: push, emulator: { latencyMs: LATENCY_MS } });
  try {
    await core.core.handlers['app.setWindowVisible']({ visible: true }, ctx);
    const { meeting } = await core.core.handlers['meetings.createInstant']({}, ctx);
    if (push) await msUntil(() => core.core.services.push.status().state === 'healthy' && (core.core.services.push.status() as { subscriptions: number }).subscriptions === 1, 30_000);
    const record = (await core.control.startConference(meeting.space)).name;
    await msUntil(() => core.core.services.conference.monitor.headCount().conference?.record === record, 30_000);
    const taken: number[] = [];
    for (let i = 0; i < samples; i += 1) {
      // Polling: people join at different moments of the 5 s cycle. Push: a moment apart, so each join
      // meets a pull held open as in a real meeting (not the acknowledge and re-pull of the one before).
      const pause = push ? 500 + ((i * 137) % 300) : (i * 1_373) % POLL_INTERVALS_MS.attendeesVisible;
      await new Promise((resolve) => setTimeout(resolve, pause));
      const started = performance.now();
      const person = await core.control.join(record, { kind: 'anonymousUser', displayName: `Guest ${i}` });
      await msUntil(shown(core, person.name), 30_000);
      taken.push(performance.now() - started);
    }
    return taken;
  } finally {
    await core.stop();
  }
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
 * Instant updates against polling. Join → shown runs against the emulator at 100 ms per request;
 * the calls in an hour run on virtual time over the in-memory fakes (an hour in milliseconds).
 */
export async function benchPush(): Promise<Record<string, number>> {
  const push = await joinToShown(true, 15);
  const poll = await joinToShown(false, 8);
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
