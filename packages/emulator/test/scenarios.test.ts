/** Named scenarios of the control API, and the late joiner and no-show the autopilot plays. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type EmulatorHarness } from './emulator-harness';

let h: EmulatorHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

/** Signed-in participants present now, by user id, through the Meet API as Quickmeet reads it. */
const presentUsers = async (record: string): Promise<string[]> => {
  const meet = await h.meet();
  const people =
    (await meet.conferenceRecords.participants.list({ parent: record, filter: 'latest_end_time IS NULL' })).data
      .participants ?? [];
  return people.map((p) => p.signedinUser?.user ?? '').sort();
};
const accounts = async () => Object.fromEntries((await h.control.accounts()).map((a) => [a.email, a.user]));

describe('scenarios', () => {
  it('late-joiner: the owner is in, an invited member joins five minutes later', async () => {
    const users = await accounts();
    const space = await h.control.createSpace();
    const played = await h.control.playScenario(space.meetingCode, 'late-joiner');
    expect(played.steps.map((s) => s.what)).toEqual([
      'ada@quickmeet.test joined',
      'grace@quickmeet.test invited',
      'grace@quickmeet.test joins',
    ]);
    expect(await presentUsers(played.conference.name)).toEqual([users['ada@quickmeet.test']]);
    const meet = await h.meet();
    const members = (await meet.spaces.members.list({ parent: space.name })).data.members ?? [];
    expect(members.map((m) => m.email)).toEqual(['grace@quickmeet.test']);
    await h.control.advanceClock(299);
    expect(await presentUsers(played.conference.name)).toHaveLength(1);
    await h.control.advanceClock(2);
    expect(await presentUsers(played.conference.name)).toEqual(
      [users['ada@quickmeet.test'], users['grace@quickmeet.test']].sort(),
    );
  });

  it('no-show: of two invited members one joins, the other never does', async () => {
    const space = await h.control.createSpace();
    const played = await h.control.playScenario(space.name.split('/')[1]!, 'no-show');
    const meet = await h.meet();
    const members = (await meet.spaces.members.list({ parent: space.name })).data.members ?? [];
    expect(members.map((m) => m.email).sort()).toEqual(['alan@quickmeet.test', 'grace@quickmeet.test']);
    await h.control.advanceClock(3600);
    expect(await presentUsers(played.conference.name)).toHaveLength(2);
  });

  it('waiting-in-room: someone is in the room, its owner is not', async () => {
    const users = await accounts();
    const space = await h.control.createSpace();
    const played = await h.control.playScenario(space.meetingCode, 'waiting-in-room');
    expect(await presentUsers(played.conference.name)).toEqual([users['grace@quickmeet.test']]);
  });

  it('recording-in-progress: a recording runs until the conference ends, and playing it again starts no second one', async () => {
    const space = await h.control.createSpace();
    const played = await h.control.playScenario(space.meetingCode, 'recording-in-progress');
    await h.control.playScenario(space.meetingCode, 'recording-in-progress');
    const meet = await h.meet();
    const recordings =
      (await meet.conferenceRecords.recordings.list({ parent: played.conference.name })).data.recordings ?? [];
    expect(recordings.map((r) => r.state)).toEqual(['STARTED']);
    // The owner, already in, keeps one session.
    const owner = (await meet.conferenceRecords.participants.list({ parent: played.conference.name })).data
      .participants![0]!;
    expect(
      (await meet.conferenceRecords.participants.participantSessions.list({ parent: owner.name! })).data
        .participantSessions,
    ).toHaveLength(1);
  });

  it('refuses an unknown scenario and an unknown space', async () => {
    const space = await h.control.createSpace();
    await expect(h.control.playScenario(space.meetingCode, 'fire-drill' as 'no-show')).rejects.toMatchObject({
      status: 400,
    });
    await expect(h.control.playScenario('spaces/nope', 'no-show')).rejects.toMatchObject({ status: 404 });
  });
});

describe('the autopilot plays a late joiner and a no-show', () => {
  it('invites two members when the owner walks in; one joins at 90 s, the other never', async () => {
    const pilot = await startHarness({ autopilot: true });
    try {
      const meet = await pilot.meet();
      const space = (await meet.spaces.create({ requestBody: {} })).data;
      await fetch(`${pilot.baseUrl}/demo/meet/${space.meetingCode}`, { method: 'POST', redirect: 'manual' });
      const members = (await meet.spaces.members.list({ parent: space.name! })).data.members ?? [];
      expect(members.map((m) => m.email).sort()).toEqual(['alan@quickmeet.test', 'katherine@quickmeet.test']);
      const record = (await meet.spaces.get({ name: space.name! })).data.activeConference!.conferenceRecord!;
      const signedIn = async () =>
        (
          (await meet.conferenceRecords.participants.list({ parent: record, filter: 'latest_end_time IS NULL' })).data
            .participants ?? []
        )
          .map((p) => p.signedinUser?.displayName)
          .filter(Boolean)
          .sort();
      await pilot.control.advanceClock(60);
      expect(await signedIn()).toEqual(['Ada Lovelace', 'Grace Hopper']);
      await pilot.control.advanceClock(31);
      expect(await signedIn()).toEqual(['Ada Lovelace', 'Alan Turing', 'Grace Hopper']);
    } finally {
      await pilot.close();
    }
  });
});
