import { describe, expect, it } from 'vitest';
import { FRESH_MEETING_MS, POLL_INTERVALS_MS } from '../../../electron/core/conference/conference-monitor';
import { attendeePushes, rendererList, startHarness } from './support/harness';

const VISIBLE = POLL_INTERVALS_MS.attendeesVisible;

describe('live attendee list', () => {
  it('finds the conference of a meeting created a moment ago within a few seconds while the window shows', async () => {
    const h = await startHarness({ meetingsAgeMs: 0 });
    h.feature.setWindowVisible(true);
    await h.time.advance(0);
    const record = h.meet.startConference('spaces/alpha');
    await h.time.advance(POLL_INTERVALS_MS.discoveryFresh);
    expect(h.feature.monitor.listLive().map((c) => c.record)).toEqual([record]);
    // Past the first minutes the pace falls back to the ordinary one.
    await h.time.advance(FRESH_MEETING_MS);
    const lists = h.meet.count('listConferenceRecords');
    await h.time.advance(60_000);
    expect(h.meet.count('listConferenceRecords') - lists).toBeLessThanOrEqual(60_000 / POLL_INTERVALS_MS.attendeesVisible + 1);
  });

  it('shows people within one poll interval of joining, each kind distinct', async () => {
    const h = await startHarness();
    h.feature.setWindowVisible(true);
    const record = h.meet.startConference('spaces/alpha');
    await h.time.advance(POLL_INTERVALS_MS.discoveryVisible);
    expect(h.feature.monitor.listLive().map((c) => c.record)).toEqual([record]);
    expect(h.events.last('conference.liveChanged')?.[0]?.meetingCode).toBe('aaa-bbbb-cc0');

    h.meet.join(record, 'signedinUser', 'Ada Lovelace');
    h.meet.join(record, 'anonymousUser', 'Visitor');
    h.meet.join(record, 'phoneUser', '+1 555-***-0199');
    await h.time.advance(VISIBLE);

    const rows = [...rendererList(h.events).values()];
    expect(rows.map((r) => [r.displayName, r.kind, r.present, r.sessionCount])).toEqual(
      expect.arrayContaining([
        ['Ada Lovelace', 'signedinUser', true, 1],
        ['Visitor', 'anonymousUser', true, 1],
        ['+1 555-***-0199', 'phoneUser', true, 1],
      ]),
    );
    expect(h.feature.headCount.headCount()).toMatchObject({ presentCount: 3, liveCount: 1, stale: false });
    expect(h.feature.headCount.headCount().conference?.record).toBe(record);
  });

  it('counts a leave and rejoin as a second session and pushes only that person', async () => {
    const h = await startHarness();
    h.feature.setWindowVisible(true);
    const record = h.meet.startConference('spaces/alpha');
    const ada = h.meet.join(record, 'signedinUser', 'Ada');
    h.meet.join(record, 'signedinUser', 'Grace');
    await h.time.advance(VISIBLE * 2);

    h.meet.leave(ada);
    await h.time.advance(VISIBLE);
    expect(rendererList(h.events).get(ada)).toMatchObject({ present: false, sessionCount: 1 });
    expect(h.feature.headCount.headCount().presentCount).toBe(1);

    h.meet.rejoin(ada);
    const pushesBefore = attendeePushes(h.events).length;
    await h.time.advance(VISIBLE);
    const pushes = attendeePushes(h.events).slice(pushesBefore);
    expect(pushes).toHaveLength(1);
    expect(pushes[0]!.upserted.map((r) => r.name)).toEqual([ada]);
    expect(rendererList(h.events).get(ada)).toMatchObject({ present: true, sessionCount: 2 });
  });

  it('follows every page of a large conference, with session lists only for what changed', async () => {
    const h = await startHarness();
    const record = h.meet.startConference('spaces/alpha');
    for (let i = 0; i < 1200; i += 1) h.meet.join(record, i % 3 === 0 ? 'anonymousUser' : 'signedinUser', `Person ${i}`);
    h.feature.setWindowVisible(true);
    await h.time.advance(VISIBLE);
    // Pushes stay below the IPC limit; together they hold everyone.
    expect(attendeePushes(h.events).every((p) => p.upserted.length <= 500)).toBe(true);
    expect(rendererList(h.events).size).toBe(1200);
    expect(h.feature.headCount.headCount().presentCount).toBe(1200);
    const participantPages = h.meet.calls.filter((c) => c.method === 'listParticipants').length;
    expect(participantPages).toBeGreaterThanOrEqual(5); // 1200 / 250

    // Let the session backlog drain, then one newcomer costs one session list.
    await h.time.advance(VISIBLE * 60);
    const sessionsBefore = h.meet.count('listParticipantSessions');
    const pushesBefore = attendeePushes(h.events).length;
    const newcomer = h.meet.join(record, 'phoneUser', '+44 20 **** 0000');
    await h.time.advance(VISIBLE);
    expect(h.meet.count('listParticipantSessions') - sessionsBefore).toBe(1);
    const pushes = attendeePushes(h.events).slice(pushesBefore);
    expect(pushes.flatMap((p) => p.upserted.map((r) => r.name))).toEqual([newcomer]);
    expect(pushes.at(-1)!.presentCount).toBe(1201);
  });

  it('polls only the head-count, every 15 s, while the window is closed', async () => {
    const h = await startHarness();
    const record = h.meet.startConference('spaces/alpha');
    h.meet.join(record, 'signedinUser', 'Ada');
    await h.time.advance(POLL_INTERVALS_MS.discoveryHidden);
    const callsBefore = h.meet.calls.length;
    await h.time.advance(POLL_INTERVALS_MS.headCountHidden * 4);
    const calls = h.meet.calls.slice(callsBefore);
    expect(calls.filter((c) => c.method === 'listParticipantSessions')).toHaveLength(0);
    const participantCalls = calls.filter((c) => c.method === 'listParticipants');
    expect(participantCalls).toHaveLength(4);
    expect(participantCalls.every((c) => (c.args[1] as { filter?: string }).filter === 'latest_end_time IS NULL')).toBe(true);
    expect(h.feature.headCount.headCount().presentCount).toBe(1);

    h.feature.setWindowVisible(true);
    await h.time.advance(0);
    expect(rendererList(h.events).get([...rendererList(h.events).keys()][0]!)?.displayName).toBe('Ada');
  });

  it('lets the user pick when several conferences run at once', async () => {
    const h = await startHarness({ spaces: ['spaces/alpha', 'spaces/beta'] });
    h.feature.setWindowVisible(true);
    h.meet.startConference('spaces/alpha');
    const beta = h.meet.startConference('spaces/beta');
    h.meet.join(beta, 'signedinUser', 'Grace');
    await h.time.advance(POLL_INTERVALS_MS.discoveryVisible);
    expect(h.feature.monitor.listLive()).toHaveLength(2);
    expect(h.feature.headCount.headCount().conference).toBeUndefined();

    await h.feature.handlers['conference.select']({ record: beta }, { senderId: 't' });
    await h.time.advance(0);
    expect([...rendererList(h.events).values()].map((r) => r.displayName)).toEqual(['Grace']);
    await expect(h.feature.handlers['conference.select']({ record: 'conferenceRecords/none' }, { senderId: 't' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('gives a window that connects after the conference is followed the whole list, on show and on picking it again', async () => {
    const h = await startHarness();
    h.feature.setWindowVisible(true);
    const record = h.meet.startConference('spaces/alpha');
    h.meet.join(record, 'signedinUser', 'Ada');
    h.meet.join(record, 'anonymousUser', 'Visitor');
    await h.time.advance(POLL_INTERVALS_MS.discoveryVisible);
    expect(rendererList(h.events).size).toBe(2);

    // A second window (or a reloaded one) announces itself; it has seen none of the earlier diffs.
    const before = attendeePushes(h.events).length;
    h.feature.setWindowVisible(true);
    const onShow = attendeePushes(h.events).slice(before);
    expect(onShow[0]).toMatchObject({ record, reset: true, presentCount: 2 });
    expect(onShow.flatMap((p) => p.upserted.map((r) => r.displayName)).sort()).toEqual(['Ada', 'Visitor']);

    const beforeSelect = attendeePushes(h.events).length;
    await h.feature.handlers['conference.select']({ record }, { senderId: 't' });
    const onSelect = attendeePushes(h.events).slice(beforeSelect);
    expect(onSelect[0]).toMatchObject({ record, reset: true });
    expect(onSelect.flatMap((p) => p.upserted.map((r) => r.displayName)).sort()).toEqual(['Ada', 'Visitor']);
  });

  it('notifies joins only when the setting is on, and not for people already there', async () => {
    const h = await startHarness({ settings: { notifyOnJoin: true } });
    h.feature.setWindowVisible(true);
    const record = h.meet.startConference('spaces/alpha');
    h.meet.join(record, 'signedinUser', 'Already Here');
    await h.time.advance(POLL_INTERVALS_MS.discoveryVisible);
    expect(h.notifier.shown).toHaveLength(0);
    h.meet.join(record, 'anonymousUser', 'Newcomer');
    await h.time.advance(VISIBLE);
    expect(h.notifier.shown.map((n) => n.body)).toEqual(['Newcomer joined the call.']);

    const quiet = await startHarness();
    quiet.feature.setWindowVisible(true);
    const other = quiet.meet.startConference('spaces/alpha');
    await quiet.time.advance(POLL_INTERVALS_MS.discoveryVisible);
    quiet.meet.join(other, 'anonymousUser', 'Newcomer');
    await quiet.time.advance(VISIBLE);
    expect(quiet.notifier.shown).toHaveLength(0);
  });

  it('tells the tray about head-count changes through a listener', async () => {
    const h = await startHarness();
    const seen: number[] = [];
    h.feature.headCount.onHeadCountChange((count) => seen.push(count.presentCount));
    const record = h.meet.startConference('spaces/alpha');
    h.meet.join(record, 'signedinUser', 'Ada');
    await h.time.advance(POLL_INTERVALS_MS.discoveryHidden);
    h.meet.join(record, 'signedinUser', 'Grace');
    await h.time.advance(POLL_INTERVALS_MS.headCountHidden);
    expect(seen).toEqual([1, 2]);
  });
});
