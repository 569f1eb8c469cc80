/** One test per item of REFERENCE.md §11.2 "Most likely to get wrong". */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEET_SCOPES } from '../src/control/control-client';
import { googleError, startHarness, valid, type EmulatorHarness } from './emulator-harness';

let h: EmulatorHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const newSpace = async () => {
  const meet = await h.meet();
  return { meet, space: (await meet.spaces.create({ requestBody: {} })).data };
};
const raw = async (path: string, init: RequestInit = {}, scopes: string[] = [MEET_SCOPES.created]) => {
  const token = (await h.control.mintToken('ada@quickmeet.test', scopes)).access_token;
  return fetch(`${h.baseUrl}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, ...init.headers } });
};

describe('REFERENCE §11.2', () => {
  it('1. ordering: records, participants, sessions newest first; artifacts and entries oldest first', async () => {
    const { meet, space } = await newSpace();
    const records = [];
    for (let i = 0; i < 3; i += 1) {
      const record = await h.control.startConference(space.name!);
      await h.control.advanceClock(60);
      await h.control.end(record.name);
      records.push(record.name);
    }
    const listed = (await meet.conferenceRecords.list({ filter: `space.name = "${space.name}"` })).data.conferenceRecords!.map((r) => r.name);
    expect(listed).toEqual([...records].reverse());
    const live = await h.control.startConference(space.name!);
    const joined = [];
    for (const name of ['First', 'Second', 'Third']) {
      joined.push((await h.control.join(live.name, { kind: 'anonymousUser', displayName: name })).name);
      await h.control.advanceClock(5);
    }
    expect((await meet.conferenceRecords.participants.list({ parent: live.name })).data.participants!.map((p) => p.name)).toEqual([...joined].reverse());
    await h.control.leave(live.name, joined[0]!);
    await h.control.advanceClock(5);
    await h.control.rejoin(live.name, joined[0]!);
    const sessions = (await meet.conferenceRecords.participants.participantSessions.list({ parent: joined[0]! })).data.participantSessions!;
    expect(Date.parse(sessions[0]!.startTime!)).toBeGreaterThan(Date.parse(sessions[1]!.startTime!));
    await h.control.end(live.name, { artifacts: ['transcript'], generateNow: true });
    const transcript = (await meet.conferenceRecords.transcripts.list({ parent: live.name })).data.transcripts![0]!;
    const starts = (await meet.conferenceRecords.transcripts.entries.list({ parent: transcript.name! })).data.transcriptEntries!.map((e) => Date.parse(e.startTime!));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('2. page sizes: defaults, silent capping, opaque tokens bound to the query, no token on the last page', async () => {
    const { meet, space } = await newSpace();
    const record = await h.control.startConference(space.name!);
    for (let i = 0; i < 260; i += 1) await h.control.join(record.name, { kind: 'anonymousUser', displayName: `Guest ${i}` });
    const byDefault = (await meet.conferenceRecords.participants.list({ parent: record.name })).data;
    expect(byDefault.participants).toHaveLength(100);
    const capped = (await meet.conferenceRecords.participants.list({ parent: record.name, pageSize: 1000 })).data;
    expect(capped.participants).toHaveLength(250);
    const last = (await meet.conferenceRecords.participants.list({ parent: record.name, pageSize: 1000, pageToken: capped.nextPageToken! })).data;
    expect(last.participants).toHaveLength(10);
    expect(last).not.toHaveProperty('nextPageToken');
    expect(await googleError(meet.conferenceRecords.participants.list({ parent: record.name, pageToken: 'garbage' }))).toMatchObject({ code: 400 });
    const otherFilter = meet.conferenceRecords.participants.list({ parent: record.name, pageToken: capped.nextPageToken!, filter: 'latest_end_time IS NULL' });
    expect(await googleError(otherFilter)).toMatchObject({ code: 400, status: 'INVALID_ARGUMENT' });
    expect((await meet.conferenceRecords.participants.list({ parent: record.name, pageSize: 0 })).data.participants).toHaveLength(100);
    expect(await googleError(meet.conferenceRecords.participants.list({ parent: record.name, pageSize: -1 }))).toMatchObject({ code: 400 });
  });

  it('3. the alias: spaces.get by meeting code in any case answers the canonical name', async () => {
    const { meet, space } = await newSpace();
    const mixed = space.meetingCode!.replace(/^./, (c) => c.toUpperCase());
    const got = valid('meet.spaces.get', (await meet.spaces.get({ name: `spaces/${mixed}` })).data);
    expect(got.name).toBe(space.name);
    expect(got.name).not.toContain(space.meetingCode!);
  });

  it('4. omitted fields: empty list is {}, no activeConference when idle, no endTime while live, never null', async () => {
    const { meet, space } = await newSpace();
    const body = await (await raw(`/v2/conferenceRecords?filter=${encodeURIComponent(`space.name = "${space.name}"`)}`)).text();
    expect(JSON.parse(body)).toEqual({});
    expect(space).not.toHaveProperty('activeConference');
    const record = await h.control.startConference(space.name!);
    const live = await (await raw(`/v2/${record.name}`)).text();
    expect(JSON.parse(live)).not.toHaveProperty('endTime');
    expect(live).not.toContain('null');
    expect((await meet.conferenceRecords.recordings.list({ parent: record.name })).data).toEqual({});
  });

  it('5. filter grammar: =, >=, <=, AND, IS NULL, quoted RFC 3339 times (with offsets too)', async () => {
    const { meet, space } = await newSpace();
    const record = await h.control.startConference(space.name!);
    const start = new Date(record.startTime);
    const offset = new Date(start.getTime() - 1000).toISOString().replace('Z', '+00:00');
    const filter = `space.name = "${space.name}" AND start_time>="${offset}" AND start_time <= "${new Date(start.getTime() + 1000).toISOString()}" AND end_time IS NULL`;
    expect((await meet.conferenceRecords.list({ filter })).data.conferenceRecords!.map((r) => r.name)).toEqual([record.name]);
    expect((await meet.conferenceRecords.list({ filter: `space.name = "${space.name}" AND end_time >= "2000-01-01T00:00:00Z"` })).data).toEqual({});
    expect(await googleError(meet.conferenceRecords.list({ filter: 'start_time >= 2024' }))).toMatchObject({ code: 400 });
  });

  it('6. participant kinds: exactly one of signedinUser, anonymousUser, phoneUser', async () => {
    const { meet, space } = await newSpace();
    const record = await h.control.startConference(space.name!);
    for (const kind of ['signedinUser', 'anonymousUser', 'phoneUser'] as const) await h.control.join(record.name, { kind, displayName: `${kind} person` });
    for (const p of (await meet.conferenceRecords.participants.list({ parent: record.name })).data.participants!) {
      expect(['signedinUser', 'anonymousUser', 'phoneUser'].filter((k) => k in p)).toHaveLength(1);
    }
  });

  it('7. artifact states: STARTED → ENDED → FILE_GENERATED; the destination only at the end', async () => {
    const { meet, space } = await newSpace();
    const record = await h.control.startConference(space.name!);
    const note = await h.control.startArtifact(record.name, 'smartNotes');
    const state = async () => (await meet.conferenceRecords.smartNotes.get({ name: note.name })).data;
    expect(await state()).toMatchObject({ state: 'STARTED' });
    await h.control.end(record.name);
    expect(await state()).not.toHaveProperty('docsDestination');
    expect((await state()).state).toBe('ENDED');
    await h.control.advanceClock(60);
    expect((await state()).state).toBe('FILE_GENERATED');
    expect((await state()).docsDestination?.document).toBeDefined();
  });

  it('8. scope visibility: meetings.space.created sees only its own app\'s spaces; read-only cannot write', async () => {
    const { meet, space } = await newSpace();
    const record = await h.control.startConference(space.name!);
    const foreign = await h.control.createSpace({ owner: 'ada@quickmeet.test', clientId: 'meet-ui' });
    const foreignRecord = await h.control.startConference(foreign.name);
    const visible = (await meet.conferenceRecords.list({ filter: 'end_time IS NULL' })).data.conferenceRecords!.map((r) => r.name);
    expect(visible).toContain(record.name);
    expect(visible).not.toContain(foreignRecord.name);
    expect(await googleError(meet.spaces.get({ name: foreign.name }))).toMatchObject({ code: 403, status: 'PERMISSION_DENIED' });
    expect(await googleError(meet.conferenceRecords.get({ name: foreignRecord.name }))).toMatchObject({ code: 403 });
    const reader = await h.meet({ scopes: [MEET_SCOPES.readonly] });
    expect((await reader.conferenceRecords.get({ name: foreignRecord.name })).status).toBe(200);
    expect(await googleError(reader.spaces.create({ requestBody: {} }))).toMatchObject({ code: 403, message: 'Request had insufficient authentication scopes.' });
    expect(await googleError(reader.spaces.endActiveConference({ name: space.name!, requestBody: {} }))).toMatchObject({ code: 403 });
    const stranger = await h.meet({ account: 'alan@quickmeet.test', scopes: [MEET_SCOPES.readonly] });
    const seen = valid('meet.spaces.get', (await stranger.spaces.get({ name: space.name! })).data);
    expect(seen).not.toHaveProperty('config');
    expect(seen).not.toHaveProperty('activeConference');
    expect(await googleError(stranger.conferenceRecords.get({ name: record.name }))).toMatchObject({ code: 403 });
    const unauthenticated = await fetch(`${h.baseUrl}/v2/${space.name}`);
    expect(unauthenticated.status).toBe(401);
    expect(await unauthenticated.json()).toMatchObject({ error: { code: 401, status: 'UNAUTHENTICATED' } });
  });

  it('9. update masks: dot paths, comma lists, *, unknown path rejected, both spellings', async () => {
    const { meet, space } = await newSpace();
    const config = { accessType: 'OPEN', artifactConfig: { transcriptionConfig: { autoTranscriptionGeneration: 'ON' } } };
    const both = (await meet.spaces.patch({ name: space.name!, updateMask: 'config.access_type,config.artifactConfig.transcriptionConfig.autoTranscriptionGeneration', requestBody: { config } })).data;
    expect(both.config).toMatchObject({ accessType: 'OPEN', artifactConfig: { transcriptionConfig: { autoTranscriptionGeneration: 'ON' } } });
    const all = (await meet.spaces.patch({ name: space.name!, updateMask: '*', requestBody: {} })).data;
    expect(all.config).toMatchObject({ accessType: 'TRUSTED', artifactConfig: { transcriptionConfig: { autoTranscriptionGeneration: 'OFF' } } });
    expect(await googleError(meet.spaces.patch({ name: space.name!, updateMask: 'config.nonsense', requestBody: {} }))).toMatchObject({ code: 400, status: 'INVALID_ARGUMENT' });
  });

  it('10. proto3 JSON input: enums by number, unknown fields rejected, system parameters accepted ($alt too)', async () => {
    const created = await raw('/v2/spaces?alt=json&prettyPrint=false&quotaUser=q&%24.xgafv=2', { method: 'POST', body: JSON.stringify({ config: { entryPointAccess: 2 } }) });
    const space = (await created.json()) as { name: string; config: { entryPointAccess: string } };
    expect(space.config.entryPointAccess).toBe('CREATOR_APP_ONLY');
    expect((await raw(`/v2/${space.name}?$alt=json&fields=name`)).status).toBe(200);
    expect(await (await raw(`/v2/${space.name}?fields=name,meetingCode`)).json()).toEqual({ name: space.name, meetingCode: expect.any(String) });
    const unknownField = await raw('/v2/spaces', { method: 'POST', body: JSON.stringify({ config: { colour: 'red' } }) });
    expect(unknownField.status).toBe(400);
    expect(((await unknownField.json()) as { error: { message: string } }).error.message).toContain('Unknown name "colour"');
    expect((await raw(`/v2/${space.name}?orderBy=name`)).status).toBe(400);
    expect((await raw('/v2/spaces', { method: 'POST', body: JSON.stringify({ config: { accessType: 9 } }) })).status).toBe(400);
  });
});
