import { afterEach, describe, expect, it } from 'vitest';
import { POLL_INTERVALS_MS } from '../../../electron/core/conference/conference-monitor';
import { RECENT_ACTIVITY_MS } from '../../../electron/core/conference/recent-activity';
import { rendererList } from '../../unit/attendees/support/harness';
import { startEmulatorFeature } from './emulator-feature';

const VISIBLE = POLL_INTERVALS_MS.attendeesVisible;
const ctx = { senderId: 'test' };
let running: Awaited<ReturnType<typeof startEmulatorFeature>> | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

/** Emulator + feature, window open, a conference started and discovered. */
async function liveConference() {
  const h = (running = await startEmulatorFeature());
  h.feature.setWindowVisible(true);
  const record = await h.control.startConference(h.space.name);
  await h.advance(POLL_INTERVALS_MS.discoveryVisible);
  expect(h.feature.monitor.listLive().map((c) => c.record)).toEqual([record.name]);
  return { ...h, record: record.name };
}

describe('live attendees against the emulator', () => {
  it('shows people within one poll, grows sessions on rejoin, and pages through hundreds', async () => {
    const h = await liveConference();
    const ada = await h.control.join(h.record, { kind: 'signedinUser', displayName: 'Ada Lovelace' });
    await h.control.join(h.record, { kind: 'anonymousUser', displayName: 'Visitor' });
    await h.control.join(h.record, { kind: 'phoneUser', displayName: '+1 555 010 0199' });
    await h.advance(VISIBLE);
    const rows = [...rendererList(h.events).values()];
    expect(rows.map((r) => r.kind).sort()).toEqual(['anonymousUser', 'phoneUser', 'signedinUser']);
    expect(rows.find((r) => r.kind === 'phoneUser')!.displayName).not.toBe('+1 555 010 0199'); // masked by Google

    await h.control.leave(h.record, ada.name);
    await h.advance(VISIBLE);
    expect(rendererList(h.events).get(ada.name)).toMatchObject({ present: false, sessionCount: 1 });
    await h.control.rejoin(h.record, ada.name);
    await h.advance(VISIBLE);
    expect(rendererList(h.events).get(ada.name)).toMatchObject({ present: true, sessionCount: 2 });

    for (let i = 0; i < 300; i += 1) await h.control.join(h.record, { kind: 'anonymousUser', displayName: `Guest ${i}` });
    await h.advance(VISIBLE);
    expect(rendererList(h.events).size).toBe(303);
    expect(h.feature.headCount.headCount().presentCount).toBe(303);
  });

  it('backs off on a 429 burst with Retry-After, shows stale data, then recovers', async () => {
    const h = await liveConference();
    await h.control.join(h.record, { kind: 'signedinUser', displayName: 'Ada' });
    await h.advance(VISIBLE);
    await h.control.clearRequests();
    await h.control.setFaults({ method: 'meet.conferenceRecords.list', kind: 'status', status: 429, retryAfterSeconds: 30, count: 5 });
    await h.advance(VISIBLE);
    expect(h.feature.headCount.headCount().stale).toBe(true);
    expect(rendererList(h.events).size).toBe(1);
    await h.advance(25_000);
    const during = (await h.control.requests()).filter((r) => r.apiMethod === 'meet.conferenceRecords.list').length;
    expect(during).toBe(4); // one attempt plus the adapter's three retries, then the poll waits
    await h.advance(60_000);
    expect(h.feature.headCount.headCount().stale).toBe(false);
    const statuses = (await h.control.requests()).filter((r) => r.apiMethod === 'meet.conferenceRecords.list').map((r) => r.status);
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
    expect(statuses.at(-1)).toBe(200);
  });

  it('makes no call asleep, catches up on wake; idle spaces cost nothing', async () => {
    const h = await liveConference();
    h.system.suspend();
    await h.control.clearRequests();
    await h.control.join(h.record, { kind: 'anonymousUser', displayName: 'Night owl' });
    // Only the app's clock moves: the emulator's access token would expire with its clock.
    await h.time.advance(60 * 60 * 1000);
    expect(await h.control.requests()).toHaveLength(0);
    h.system.resume();
    await h.advance(1_500);
    expect([...rendererList(h.events).values()].map((r) => r.displayName)).toContain('Night owl');

    await h.feature.handlers['conference.end']({ space: h.space.name }, ctx);
    await h.advance(VISIBLE);
    await h.time.advance(RECENT_ACTIVITY_MS + 24 * 60 * 60 * 1000);
    await h.control.clearRequests();
    await h.time.advance(60 * 60 * 1000);
    expect(await h.control.requests()).toHaveLength(0);
  });
});
