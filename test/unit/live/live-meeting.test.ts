import { describe, expect, it } from 'vitest';
import type { LiveMeeting } from '../../../shared/model/live-meeting';
import { OWN_USER, startLiveHarness } from './live-harness';

const ctx = { senderId: 't' };
const MINUTE = 60_000;
/** The discovery pace with the window hidden: one poll finds the conference. */
const ONE_POLL = 31_000;

const snapshot = (h: Awaited<ReturnType<typeof startLiveHarness>>) =>
  h.events.last('live.changed') as LiveMeeting | null | undefined;

describe('meeting clock and hard stop', () => {
  it('counts minutes since the conference started, pushed once a minute', async () => {
    const h = await startLiveHarness();
    const record = h.meet.startConference('spaces/alpha');
    await h.time.advance(ONE_POLL);
    expect(snapshot(h)).toMatchObject({
      record,
      elapsedMinutes: 0,
      phase: 'open',
      owner: true,
      personalRoom: false,
      badges: [],
    });
    await h.time.advance(2 * MINUTE);
    expect(snapshot(h)).toMatchObject({ elapsedMinutes: 2 });
    expect(h.notifier.shown).toEqual([]);
  });

  it('warns five minutes before the preset’s length and says time’s up at it, ending nothing', async () => {
    const h = await startLiveHarness({ preset: { lengthMinutes: 10 } });
    const record = h.meet.startConference('spaces/alpha');
    await h.time.advance(ONE_POLL);
    expect(snapshot(h)).toMatchObject({ lengthMinutes: 10, phase: 'running', endAutomatically: false });
    await h.time.advance(5 * MINUTE - ONE_POLL);
    expect(h.notifier.shown.map((n) => n.title)).toEqual(['5 minutes left in aaa-bbbb-cc0']);
    expect(snapshot(h)?.phase).toBe('ending-soon');
    await h.time.advance(5 * MINUTE);
    expect(h.notifier.shown.map((n) => n.title)).toEqual(['5 minutes left in aaa-bbbb-cc0', "Time's up"]);
    expect(snapshot(h)?.phase).toBe('over');
    expect(h.notices.list().map((n) => n.id)).toContain(`times-up:${record}`);
    await h.time.advance(10 * MINUTE);
    expect(h.meet.count('endActiveConference')).toBe(0);
    expect(h.meet.records.get(record)?.endTime).toBeUndefined();
    // Each moment is said once, however often the snapshot is recomputed.
    expect(h.notifier.shown).toHaveLength(2);
  });

  it('ends the meeting for everyone at its length only when the preset chose to', async () => {
    const h = await startLiveHarness({ preset: { lengthMinutes: 6, endAutomatically: true } });
    const record = h.meet.startConference('spaces/alpha');
    await h.time.advance(ONE_POLL);
    expect(snapshot(h)?.endAutomatically).toBe(true);
    await h.time.advance(6 * MINUTE);
    expect(h.meet.count('endActiveConference')).toBe(1);
    expect(h.meet.records.get(record)?.endTime).toBeDefined();
    expect(h.notifier.shown.map((n) => n.title)).toContain('Ending aaa-bbbb-cc0');
  });

  it('catches up after sleep: a warning missed while the laptop slept still comes before the end, time’s up after it', async () => {
    const h = await startLiveHarness({ preset: { lengthMinutes: 10 } });
    h.meet.startConference('spaces/alpha');
    await h.time.advance(ONE_POLL);
    // Asleep from 0:31 to 7:31: no timer ran; the wake-up poll re-plans.
    h.time.jump(7 * MINUTE);
    await h.time.advance(ONE_POLL);
    expect(h.notifier.shown.map((n) => n.title)).toEqual(['5 minutes left in aaa-bbbb-cc0']);
    h.time.jump(10 * MINUTE);
    await h.time.advance(ONE_POLL);
    expect(h.notifier.shown.map((n) => n.title)).toEqual(['5 minutes left in aaa-bbbb-cc0', "Time's up"]);
  });

  it('a single meeting’s own length wins over its preset’s', async () => {
    const h = await startLiveHarness({ preset: { lengthMinutes: 60 } });
    h.meet.startConference('spaces/alpha');
    await h.time.advance(ONE_POLL);
    await h.live.handlers['live.plan']({ space: 'spaces/alpha', lengthMinutes: 8 }, ctx);
    expect(snapshot(h)).toMatchObject({ lengthMinutes: 8, phase: 'running' });
    await h.time.advance(3 * MINUTE);
    expect(h.notifier.shown.map((n) => n.title)).toEqual(['5 minutes left in aaa-bbbb-cc0']);
    await h.live.handlers['live.plan']({ space: 'spaces/alpha', lengthMinutes: null }, ctx);
    expect(snapshot(h)).toMatchObject({ lengthMinutes: 60 });
    await expect(
      h.live.handlers['live.plan']({ space: 'spaces/unknown', lengthMinutes: 5 }, ctx),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('who is still missing', () => {
  it('counts members and the preset’s list against who is here, and copies who is still missing', async () => {
    const h = await startLiveHarness({ preset: { expected: ['Dee <dee@example.com>', 'Ana'] } });
    h.meet.members.set('spaces/alpha', [
      { name: 'spaces/alpha/members/1', email: 'bo@example.com', role: 'COHOST', user: 'users/2' },
      { name: 'spaces/alpha/members/2', email: 'cy.li@example.com', role: 'ROLE_UNSPECIFIED' },
    ]);
    const record = h.meet.startConference('spaces/alpha');
    h.meet.join(record, 'signedinUser', 'Ada Lovelace', OWN_USER);
    h.meet.join(record, 'signedinUser', 'Robert', 'users/2');
    h.meet.join(record, 'anonymousUser', 'Dee');
    h.meet.join(record, 'signedinUser', 'Ana Smith', 'users/5');
    await h.time.advance(ONE_POLL);
    expect(snapshot(h)?.expected).toEqual({
      total: 4,
      here: [
        { label: 'Bo', byName: false },
        { label: 'Ana', byName: true },
      ],
      missing: ['Cy Li', 'Dee'],
    });
    await expect(h.live.handlers['live.copy']({ what: 'missing' }, ctx)).resolves.toEqual({
      copiedText: 'Still waiting for Cy and Dee',
    });
    expect(h.clipboard.text).toBe('Still waiting for Cy and Dee');
    // This one meeting expects one more person; its own list shows beside the count.
    await h.live.handlers['live.plan']({ space: 'spaces/alpha', expected: ['Eve'] }, ctx);
    expect(snapshot(h)).toMatchObject({ meetingExpected: ['Eve'], expected: { total: 5, missing: ['Cy Li', 'Dee', 'Eve'] } });
    // Members are read once per conference, not on every poll.
    await h.time.advance(MINUTE);
    expect(h.meet.count('listMembers')).toBe(1);
  });

  it('hears a participant a push event brings, without waiting for the next poll', async () => {
    const h = await startLiveHarness({ preset: { expected: ['Ana'] } });
    const record = h.meet.startConference('spaces/alpha');
    await h.time.advance(ONE_POLL);
    expect(snapshot(h)?.expected).toMatchObject({ here: [], missing: ['Ana'] });
    const ana = { name: `${record}/participants/pushed`, earliestStartTime: new Date(h.time.now()).toISOString(), signedinUser: { user: 'users/5', displayName: 'Ana' } };
    expect(h.feature.monitor.applyParticipant(record, ana)).toBe(true);
    await h.time.advance(0);
    expect(snapshot(h)?.expected).toMatchObject({ here: [{ label: 'Ana', byName: true }], missing: [] });
  });

  it('shows no expected list when nobody is expected, and says so when asked to copy', async () => {
    const h = await startLiveHarness();
    h.meet.startConference('spaces/alpha');
    await h.time.advance(ONE_POLL);
    expect(snapshot(h)?.expected).toBeUndefined();
    await expect(h.live.handlers['live.copy']({ what: 'missing' }, ctx)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('live recording badge', () => {
  it('shows REC while a recording of the conference runs, copies the notice, and drops it once it stops', async () => {
    const h = await startLiveHarness();
    const record = h.meet.startConference('spaces/alpha');
    h.meet.recordings.set(record, [
      { name: `${record}/recordings/r1`, state: 'STARTED', startTime: new Date(h.time.now()).toISOString() },
    ]);
    h.meet.transcripts.set(record, [{ name: `${record}/transcripts/t1`, state: 'STARTED' }]);
    await h.time.advance(ONE_POLL);
    expect(snapshot(h)?.badges).toEqual(['REC', 'TXT']);
    await expect(h.live.handlers['live.copy']({ what: 'recording' }, ctx)).resolves.toEqual({
      copiedText: 'This meeting is being recorded and transcribed.',
    });
    h.meet.recordings.set(record, [{ name: `${record}/recordings/r1`, state: 'ENDED' }]);
    h.meet.transcripts.set(record, []);
    await h.time.advance(ONE_POLL);
    expect(snapshot(h)?.badges).toEqual([]);
  });
});

describe('doorbell of a personal room', () => {
  it('rings once per visitor while the user is not in the room, and Join opens it', async () => {
    // Made long ago: only the room keeps the monitor looking.
    const h = await startLiveHarness({ preset: { personalRoom: true }, meetingsAgeMs: 5 * 3600_000 });
    await h.rooms.remember('team', 'spaces/alpha');
    h.settings.update({});
    await h.time.advance(0);
    const record = h.meet.startConference('spaces/alpha');
    h.meet.join(record, 'signedinUser', 'Ana Pérez', 'users/7');
    await h.time.advance(ONE_POLL);
    expect(h.notifier.shown.map((n) => n.title)).toEqual(['Ana Pérez is waiting in your room']);
    expect(snapshot(h)?.personalRoom).toBe(true);
    h.notifier.shown[0]!.onAction?.();
    expect(h.opened).toEqual(['spaces/alpha']);
    await h.time.advance(ONE_POLL);
    expect(h.notifier.shown).toHaveLength(1);
    // Once the user is inside, newcomers are theirs to see.
    h.meet.join(record, 'signedinUser', 'Ada Lovelace', OWN_USER);
    h.meet.join(record, 'phoneUser', '+1 ***-***-**42');
    await h.time.advance(ONE_POLL);
    expect(h.notifier.shown).toHaveLength(1);
  });

  it('knows the user by their account name while Google has not said their id', async () => {
    const h = await startLiveHarness({ preset: { personalRoom: true }, ownUser: undefined });
    h.auth.set({
      status: 'signedIn',
      email: 'ada@quickmeet.test',
      name: 'Ada Lovelace',
      capabilities: ['createSpaces'],
      persisted: true,
    });
    await h.rooms.remember('team', 'spaces/alpha');
    h.settings.update({});
    const record = h.meet.startConference('spaces/alpha');
    h.meet.join(record, 'signedinUser', 'Ada Lovelace', OWN_USER);
    h.meet.join(record, 'signedinUser', 'Bo', 'users/8');
    await h.time.advance(ONE_POLL);
    expect(h.notifier.shown).toEqual([]);
  });

  it('never rings for a space that is not a personal room', async () => {
    const h = await startLiveHarness();
    const record = h.meet.startConference('spaces/alpha');
    h.meet.join(record, 'signedinUser', 'Ana Pérez', 'users/7');
    await h.time.advance(2 * ONE_POLL);
    expect(h.notifier.shown).toEqual([]);
  });
});
