/**
 * The v2 methods `@google-apps/meet` does not have (spaces.members, v2 GA since 2026-09; smartNotes),
 * driven through googleapis: each answer discovery-valid and equal to what the emulator stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredMember } from '../src/state/emulator-state';
import { valid } from './emulator-harness';
import { startGapicHarness, type GapicHarness } from './gapic-harness';

let g: GapicHarness;
beforeAll(async () => {
  g = await startGapicHarness();
});
afterAll(() => g.close());

const memberJson = (m: StoredMember) => ({ name: `spaces/${m.spaceId}/members/${m.id}`, email: m.email, ...(m.role === 'COHOST' ? { role: 'COHOST' } : {}) });

describe('googleapis: v2 spaces.members and smartNotes against the stored state', () => {
  it('members create, get, list (paged), patch, batchUpdate and delete', async () => {
    const meet = await g.h.meet();
    const space = (await meet.spaces.create({ requestBody: {} })).data.name!;
    const storedOf = async (until: (members: StoredMember[]) => boolean) => {
      const state = await g.state((s) => until(s.members.filter((m) => `spaces/${m.spaceId}` === space)));
      return state.members.filter((m) => `spaces/${m.spaceId}` === space);
    };
    const created = [];
    for (const email of ['grace@quickmeet.test', 'alan@quickmeet.test', 'guest@example.com']) {
      created.push(valid('meet.spaces.members.create', (await meet.spaces.members.create({ parent: space, requestBody: { email, role: email === 'guest@example.com' ? 'COHOST' : undefined } })).data));
    }
    let stored = await storedOf((members) => members.length === 3);
    expect(created).toEqual(stored.map(memberJson));
    expect(valid('meet.spaces.members.get', (await meet.spaces.members.get({ name: created[1]!.name! })).data)).toEqual(memberJson(stored[1]!));

    const first = valid('meet.spaces.members.list', (await meet.spaces.members.list({ parent: space, pageSize: 2 })).data);
    const second = valid('meet.spaces.members.list', (await meet.spaces.members.list({ parent: space, pageSize: 2, pageToken: first.nextPageToken! })).data);
    expect(second).not.toHaveProperty('nextPageToken');
    expect([...first.members!, ...second.members!]).toEqual(stored.map(memberJson));

    const patched = valid('meet.spaces.members.patch', (await meet.spaces.members.patch({ name: created[0]!.name!, updateMask: 'role', requestBody: { role: 'COHOST' } })).data);
    stored = await storedOf((members) => members[0]?.role === 'COHOST');
    expect(patched).toEqual(memberJson(stored[0]!));

    const batch = valid('meet.spaces.members.batchUpdate', (await meet.spaces.members.batchUpdate({ parent: space, requestBody: { updateMask: 'role', requests: [{ member: { name: created[0]!.name!, role: 'ROLE_UNSPECIFIED' } }, { member: { name: created[1]!.name!, role: 'COHOST' } }] } })).data);
    stored = await storedOf((members) => members[0]?.role === 'ROLE_UNSPECIFIED' && members[1]?.role === 'COHOST');
    expect(batch.members).toEqual(stored.slice(0, 2).map(memberJson));

    expect(valid('meet.spaces.members.delete', (await meet.spaces.members.delete({ name: created[2]!.name! })).data)).toEqual({});
    stored = await storedOf((members) => members.length === 2);
    expect(stored.map((m) => m.email)).toEqual(['grace@quickmeet.test', 'alan@quickmeet.test']);
  });

  it('smartNotes get and list (paged, oldest first) with state, times and Docs file as stored', async () => {
    const meet = await g.h.meet();
    const space = (await meet.spaces.create({ requestBody: {} })).data.name!;
    const record = (await g.h.control.startConference(space)).name;
    const running = await g.h.control.startArtifact(record, 'smartNotes');
    await g.h.control.advanceClock(10);
    await g.h.control.stopArtifact(running.name);
    await g.h.control.startArtifact(record, 'smartNotes');
    const now = Date.parse(await g.h.control.now());
    const state = await g.state((s) => s.artifacts.filter((a) => `conferenceRecords/${a.conferenceId}` === record).length === 2);
    const stored = state.artifacts.filter((a) => `conferenceRecords/${a.conferenceId}` === record).sort((a, b) => a.startTime - b.startTime);

    const first = valid('meet.conferenceRecords.smartNotes.list', (await meet.conferenceRecords.smartNotes.list({ parent: record, pageSize: 1 })).data);
    const second = valid('meet.conferenceRecords.smartNotes.list', (await meet.conferenceRecords.smartNotes.list({ parent: record, pageSize: 1, pageToken: first.nextPageToken! })).data);
    const notes = [...first.smartNotes!, ...second.smartNotes!];
    expect(notes.map((n) => [n.name, n.state, n.startTime && Date.parse(n.startTime), n.endTime && Date.parse(n.endTime)])).toEqual(
      stored.map((a) => [`${record}/smartNotes/${a.id}`, a.endTime === undefined ? 'STARTED' : (a.fileReadyAt ?? Infinity) <= now ? 'FILE_GENERATED' : 'ENDED', a.startTime, a.endTime]),
    );
    expect(notes.map((n) => n.state)).toEqual(['ENDED', 'STARTED']);
    expect(valid('meet.conferenceRecords.smartNotes.get', (await meet.conferenceRecords.smartNotes.get({ name: notes[0]!.name! })).data)).toEqual(notes[0]);

    await g.h.control.advanceClock(60);
    const generated = valid('meet.conferenceRecords.smartNotes.get', (await meet.conferenceRecords.smartNotes.get({ name: notes[0]!.name! })).data);
    expect(generated).toMatchObject({ state: 'FILE_GENERATED', docsDestination: { document: stored[0]!.fileId } });
  });
});
