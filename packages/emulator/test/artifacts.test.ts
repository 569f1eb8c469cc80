/** recordings, transcripts (with entries) and smart notes: states, destinations and ordering. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { googleError, startHarness, valid, type EmulatorHarness } from './emulator-harness';

let h: EmulatorHarness;
beforeAll(async () => {
  h = await startHarness({ artifactProcessingSeconds: 120 });
});
afterAll(() => h.close());

async function conferenceWithPeople() {
  const meet = await h.meet();
  const space = (await meet.spaces.create({ requestBody: {} })).data;
  const record = await h.control.startConference(space.name!);
  const ada = await h.control.join(record.name, { kind: 'signedinUser', account: 'ada@quickmeet.test' });
  const kim = await h.control.join(record.name, { kind: 'anonymousUser', displayName: 'Guest Kim' });
  return { meet, space, record, ada, kim };
}

describe('artifacts', () => {
  it('moves a recording STARTED → ENDED → FILE_GENERATED, with the Drive destination only at the end', async () => {
    const { meet, record } = await conferenceWithPeople();
    const started = await h.control.startArtifact(record.name, 'recordings');
    const get = async () => valid('meet.conferenceRecords.recordings.get', (await meet.conferenceRecords.recordings.get({ name: started.name })).data);
    expect(await get()).not.toHaveProperty('endTime');
    expect((await get()).state).toBe('STARTED');
    await h.control.advanceClock(300);
    await h.control.end(record.name);
    const ended = await get();
    expect(ended.state).toBe('ENDED');
    expect(ended.endTime).toBeDefined();
    expect(ended).not.toHaveProperty('driveDestination');
    await h.control.advanceClock(121);
    const ready = await get();
    expect(ready.state).toBe('FILE_GENERATED');
    expect(ready.driveDestination!.exportUri).toBe(`https://drive.google.com/file/d/${ready.driveDestination!.file}/view`);
  });

  it('produces every requested artifact at once with generateNow, with Docs destinations for transcripts and notes', async () => {
    const { meet, record } = await conferenceWithPeople();
    await h.control.end(record.name, { artifacts: ['recording', 'transcript', 'smartNote'], generateNow: true });
    const recordings = valid('meet.conferenceRecords.recordings.list', (await meet.conferenceRecords.recordings.list({ parent: record.name })).data).recordings!;
    const transcripts = valid('meet.conferenceRecords.transcripts.list', (await meet.conferenceRecords.transcripts.list({ parent: record.name })).data).transcripts!;
    const notes = valid('meet.conferenceRecords.smartNotes.list', (await meet.conferenceRecords.smartNotes.list({ parent: record.name })).data).smartNotes!;
    expect([recordings, transcripts, notes].map((list) => list.map((a) => a.state))).toEqual([['FILE_GENERATED'], ['FILE_GENERATED'], ['FILE_GENERATED']]);
    expect(transcripts[0]!.docsDestination!.exportUri).toBe(`https://docs.google.com/document/d/${transcripts[0]!.docsDestination!.document}/view`);
    expect(notes[0]!.docsDestination!.exportUri).toMatch(/^https:\/\/docs\.google\.com\/document\/d\/[\w-]+\/view$/);
    valid('meet.conferenceRecords.transcripts.get', (await meet.conferenceRecords.transcripts.get({ name: transcripts[0]!.name! })).data);
    valid('meet.conferenceRecords.smartNotes.get', (await meet.conferenceRecords.smartNotes.get({ name: notes[0]!.name! })).data);
  });

  it('writes transcript entries oldest first, each naming a participant of the same conference', async () => {
    const { meet, record, ada, kim } = await conferenceWithPeople();
    await h.control.advanceClock(600);
    await h.control.end(record.name, { artifacts: ['transcript'], generateNow: true });
    const transcript = (await meet.conferenceRecords.transcripts.list({ parent: record.name })).data.transcripts![0]!;
    const entries = valid('meet.conferenceRecords.transcripts.entries.list', (await meet.conferenceRecords.transcripts.entries.list({ parent: transcript.name!, pageSize: 100 })).data).transcriptEntries!;
    expect(entries.length).toBeGreaterThanOrEqual(2);
    expect(new Set(entries.map((e) => e.participant))).toEqual(new Set([ada.name, kim.name]));
    const starts = entries.map((e) => Date.parse(e.startTime!));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(entries[0]).toMatchObject({ languageCode: 'en-US' });
    const one = valid('meet.conferenceRecords.transcripts.entries.get', (await meet.conferenceRecords.transcripts.entries.get({ name: entries[1]!.name! })).data);
    expect(one).toEqual(entries[1]);
  });

  it('gives speakers different talk times: the first to join speaks longest', async () => {
    const { meet, record, ada, kim } = await conferenceWithPeople();
    await h.control.advanceClock(600);
    await h.control.end(record.name, { artifacts: ['transcript'], generateNow: true });
    const transcript = (await meet.conferenceRecords.transcripts.list({ parent: record.name })).data.transcripts![0]!;
    const entries = (await meet.conferenceRecords.transcripts.entries.list({ parent: transcript.name!, pageSize: 100 })).data.transcriptEntries!;
    const talk = (participant: string) =>
      entries.filter((e) => e.participant === participant).reduce((sum, e) => sum + Date.parse(e.endTime!) - Date.parse(e.startTime!), 0);
    expect(talk(ada.name)).toBeGreaterThan(talk(kim.name));
    expect(talk(kim.name)).toBeGreaterThan(0);
    for (const [i, entry] of entries.entries()) {
      // No line runs into the next one.
      if (i + 1 < entries.length) expect(Date.parse(entry.endTime!)).toBeLessThanOrEqual(Date.parse(entries[i + 1]!.startTime!));
    }
  });

  it('starts auto-artifacts with the conference when the space config turns them on', async () => {
    const meet = await h.meet();
    const space = (await meet.spaces.create({ requestBody: { config: { artifactConfig: { recordingConfig: { autoRecordingGeneration: 'ON' }, transcriptionConfig: { autoTranscriptionGeneration: 'ON' } } } } })).data;
    const record = await h.control.startConference(space.name!);
    expect((await meet.conferenceRecords.recordings.list({ parent: record.name })).data.recordings?.map((r) => r.state)).toEqual(['STARTED']);
    expect((await meet.conferenceRecords.transcripts.list({ parent: record.name })).data.transcripts?.map((r) => r.state)).toEqual(['STARTED']);
    expect((await meet.conferenceRecords.smartNotes.list({ parent: record.name })).data).toEqual({});
  });

  it('lists several artifacts oldest first and answers 404 for an unknown one', async () => {
    const { meet, record } = await conferenceWithPeople();
    const first = await h.control.startArtifact(record.name, 'recordings');
    await h.control.advanceClock(10);
    await h.control.stopArtifact(first.name);
    await h.control.advanceClock(10);
    const second = await h.control.startArtifact(record.name, 'recordings');
    const names = (await meet.conferenceRecords.recordings.list({ parent: record.name })).data.recordings!.map((r) => r.name);
    expect(names).toEqual([first.name, second.name]);
    expect(await googleError(meet.conferenceRecords.recordings.get({ name: `${record.name}/recordings/nope` }))).toMatchObject({ code: 404 });
  });
});
