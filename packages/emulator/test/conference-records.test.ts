/** conferenceRecords, participants and participantSessions through the googleapis Meet client. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { googleError, startHarness, valid, type EmulatorHarness } from './emulator-harness';

let h: EmulatorHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

async function runningConference() {
  const meet = await h.meet();
  const space = (await meet.spaces.create({ requestBody: {} })).data;
  const record = await h.control.startConference(space.name!);
  return { meet, space, record };
}

describe('conference records', () => {
  it('gets a live record without endTime or expireTime, then with both once ended', async () => {
    const { meet, space, record } = await runningConference();
    const live = valid('meet.conferenceRecords.get', (await meet.conferenceRecords.get({ name: record.name })).data);
    expect(live).toEqual({ name: record.name, startTime: record.startTime, space: space.name });
    await h.control.end(record.name);
    const ended = valid('meet.conferenceRecords.get', (await meet.conferenceRecords.get({ name: record.name })).data);
    expect(Date.parse(ended.expireTime!) - Date.parse(ended.endTime!)).toBe(30 * 86_400_000);
  });

  it('starts a new record for each conference in a space; a running one cannot be started twice', async () => {
    const { space, record } = await runningConference();
    await expect(h.control.startConference(space.name!)).rejects.toMatchObject({ status: 400 });
    await h.control.end(record.name);
    const next = await h.control.startConference(space.meetingCode!);
    expect(next.name).not.toBe(record.name);
  });

  it('filters on space.name, space.meeting_code (any case), end_time IS NULL and start_time ranges', async () => {
    const { meet, space, record } = await runningConference();
    const list = async (filter: string) => valid('meet.conferenceRecords.list', (await meet.conferenceRecords.list({ filter })).data).conferenceRecords?.map((r) => r.name) ?? [];
    expect(await list(`space.name = "${space.name}"`)).toEqual([record.name]);
    expect(await list(`space.meeting_code = "${space.meetingCode!.toUpperCase()}"`)).toEqual([record.name]);
    expect(await list(`space.name = "${space.name}" AND end_time IS NULL`)).toEqual([record.name]);
    expect(await list(`space.name = "${space.name}" AND end_time IS NOT NULL`)).toEqual([]);
    expect(await list(`space.name="${space.name}" AND start_time>="${record.startTime}" AND start_time<="${record.startTime}"`)).toEqual([record.name]);
    expect(await list(`space.name = "${space.name}" AND start_time > "${record.startTime}"`)).toEqual([]);
    // end_time comparisons never match a running conference: only IS NULL does.
    expect(await list(`space.name = "${space.name}" AND end_time <= "2999-01-01T00:00:00Z"`)).toEqual([]);
  });

  it('rejects filters on unknown fields, bad syntax and unquoted or malformed times', async () => {
    const meet = await h.meet();
    for (const filter of ['colour = "red"', 'start_time >=', 'start_time >= 2024-01-01', 'start_time >= "yesterday"', 'space.name = "a" AND (']) {
      expect(await googleError(meet.conferenceRecords.list({ filter }))).toMatchObject({ code: 400, status: 'INVALID_ARGUMENT' });
    }
  });

  it('makes records and their children disappear 30 days after the conference ends', async () => {
    const { record } = await runningConference();
    const person = await h.control.join(record.name, { kind: 'anonymousUser', displayName: 'Guest' });
    await h.control.end(record.name, { artifacts: ['recording'], generateNow: true });
    await h.control.advanceClock(30 * 86_400 - 60);
    // Access tokens last an hour on the emulator clock too, so each step signs in afresh.
    expect((await (await h.meet()).conferenceRecords.get({ name: record.name })).status).toBe(200);
    await h.control.advanceClock(61);
    const meet = await h.meet();
    expect(await googleError(meet.conferenceRecords.get({ name: record.name }))).toMatchObject({ code: 404 });
    expect(await googleError(meet.conferenceRecords.participants.get({ name: person.name }))).toMatchObject({ code: 404 });
    expect(await googleError(meet.conferenceRecords.recordings.list({ parent: record.name }))).toMatchObject({ code: 404 });
    const listed = (await meet.conferenceRecords.list({})).data.conferenceRecords ?? [];
    expect(listed.map((r) => r.name)).not.toContain(record.name);
  });
});

describe('participants and sessions', () => {
  it('renders each kind with exactly one of signedinUser, anonymousUser, phoneUser', async () => {
    const { meet, record } = await runningConference();
    await h.control.join(record.name, { kind: 'signedinUser', account: 'grace@quickmeet.test' });
    await h.control.join(record.name, { kind: 'anonymousUser', displayName: 'Guest Kim' });
    await h.control.join(record.name, { kind: 'phoneUser', displayName: '+1 650 555 0123' });
    const people = valid('meet.conferenceRecords.participants.list', (await meet.conferenceRecords.participants.list({ parent: record.name })).data).participants!;
    const kinds = people.map((p) => ['signedinUser', 'anonymousUser', 'phoneUser'].filter((k) => k in p));
    expect(kinds).toEqual([['phoneUser'], ['anonymousUser'], ['signedinUser']]);
    expect(people[0]!.phoneUser!.displayName).toBe('+1 ***-***-**23');
    expect(people[2]!.signedinUser).toEqual({ user: 'users/100000000000000000002', displayName: 'Grace Hopper' });
  });

  it('adds a session per join, keeps one participant per identity, and tracks earliest/latest times', async () => {
    const { meet, record } = await runningConference();
    const joined = await h.control.join(record.name, { kind: 'anonymousUser', displayName: 'Guest Lee' });
    await h.control.advanceClock(60);
    const left = await h.control.leave(record.name, joined.name);
    expect(left.latestEndTime).toBeDefined();
    await h.control.advanceClock(60);
    const back = await h.control.rejoin(record.name, joined.name);
    expect(back).not.toHaveProperty('latestEndTime');
    const again = await h.control.join(record.name, { kind: 'anonymousUser', displayName: 'Guest Lee' });
    expect(again.name).toBe(joined.name);
    const participant = valid('meet.conferenceRecords.participants.get', (await meet.conferenceRecords.participants.get({ name: joined.name })).data);
    expect(participant.earliestStartTime).toBe(joined.earliestStartTime);
    const sessions = valid('meet.conferenceRecords.participants.participantSessions.list', (await meet.conferenceRecords.participants.participantSessions.list({ parent: joined.name })).data).participantSessions!;
    expect(sessions).toHaveLength(3);
    expect(sessions.filter((s) => s.endTime === undefined)).toHaveLength(2);
    expect(sessions.at(-1)).toMatchObject({ startTime: joined.earliestStartTime, endTime: left.latestEndTime });
    const one = valid('meet.conferenceRecords.participants.participantSessions.get', (await meet.conferenceRecords.participants.participantSessions.get({ name: sessions[2]!.name! })).data);
    expect(one).toEqual(sessions[2]);
    const open = (await meet.conferenceRecords.participants.participantSessions.list({ parent: joined.name, filter: 'end_time IS NULL' })).data.participantSessions!;
    expect(open).toHaveLength(2);
  });

  it('filters participants on latest_end_time IS NULL and earliest_start_time', async () => {
    const { meet, record } = await runningConference();
    const stays = await h.control.join(record.name, { kind: 'signedinUser', account: 'ada@quickmeet.test' });
    await h.control.advanceClock(30);
    const goes = await h.control.join(record.name, { kind: 'anonymousUser', displayName: 'Brief visitor' });
    await h.control.leave(record.name, goes.name);
    const names = async (filter: string) => (await meet.conferenceRecords.participants.list({ parent: record.name, filter })).data.participants?.map((p) => p.name) ?? [];
    expect(await names('latest_end_time IS NULL')).toEqual([stays.name]);
    expect(await names('latest_end_time IS NOT NULL')).toEqual([goes.name]);
    expect(await names(`earliest_start_time > "${stays.earliestStartTime}"`)).toEqual([goes.name]);
    expect(await googleError(meet.conferenceRecords.participants.list({ parent: record.name, filter: 'end_time IS NULL' }))).toMatchObject({ code: 400 });
  });

  it('returns totalSize only when fields asks for it', async () => {
    const { meet, record } = await runningConference();
    for (let i = 0; i < 3; i += 1) await h.control.join(record.name, { kind: 'anonymousUser', displayName: `Guest ${i}` });
    const plain = (await meet.conferenceRecords.participants.list({ parent: record.name, pageSize: 2 })).data;
    expect(plain).not.toHaveProperty('totalSize');
    const counted = valid('meet.conferenceRecords.participants.list', (await meet.conferenceRecords.participants.list({ parent: record.name, pageSize: 2, fields: 'participants(name),nextPageToken,totalSize' })).data);
    expect(counted.totalSize).toBe(3);
    expect(Object.keys(counted.participants![0]!)).toEqual(['name']);
  });
});
