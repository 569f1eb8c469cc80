/**
 * Google's Meet client (`@google-apps/meet`, REST transport) drives every ConferenceRecordsService
 * RPC, v2 and v2beta: records, participants, sessions, recordings, transcripts and entries, with its
 * async-iterator auto-pagination, capped page sizes and filters as the client sends them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmulatorState, StoredArtifact, StoredParticipant } from '../src/state/emulator-state';
import { RECORD_RETENTION_MS } from '../src/state/state-queries';
import { clientRpcs, millisOf, startGapicHarness, type GapicHarness } from './gapic-harness';

let g: GapicHarness;
/** An ended call with three kinds of people and every artifact, and a live one with 260 guests. */
let world: { space: string; ended: string; live: string; grace: string; state: EmulatorState; now: number };

beforeAll(async () => {
  g = await startGapicHarness();
  const { control } = g.h;
  const space = (await control.createSpace({ owner: 'ada@quickmeet.test' })).name;
  const ended = (await control.startConference(space)).name;
  const grace = (await control.join(ended, { kind: 'signedinUser', account: 'grace@quickmeet.test' })).name;
  await control.join(ended, { kind: 'anonymousUser', displayName: 'Guest Kim' });
  await control.advanceClock(5);
  await control.join(ended, { kind: 'phoneUser', displayName: '+1 555 0100 23' });
  await control.leave(ended, grace);
  await control.advanceClock(5);
  await control.rejoin(ended, grace);
  await control.advanceClock(60);
  await control.end(ended, { artifacts: ['recording', 'transcript', 'smartNote'], generateNow: true });
  const live = (await control.startConference(space)).name;
  const guests = [];
  for (let i = 0; i < 260; i += 1) guests.push((await control.join(live, { kind: 'anonymousUser', displayName: `Guest ${i}` })).name);
  for (const guest of guests.slice(0, 5)) await control.leave(live, guest);
  await control.startArtifact(live, 'recordings');
  const state = await g.state((s) => s.artifacts.some((a) => a.conferenceId === idOf(live)) && s.participants.filter((p) => p.conferenceId === idOf(live)).length === 260);
  world = { space, ended, live, grace, state, now: Date.parse(await control.now()) };
});
afterAll(() => g.close());

const idOf = (name: string): string => name.slice(name.lastIndexOf('/') + 1);
const participantsOf = (record: string): StoredParticipant[] =>
  world.state.participants
    .filter((p) => p.conferenceId === idOf(record))
    .sort((a, b) => Math.min(...b.sessions.map((s) => s.startTime)) - Math.min(...a.sessions.map((s) => s.startTime)) || b.joinSeq - a.joinSeq);
const artifactsOf = (record: string, type: StoredArtifact['type']): StoredArtifact[] =>
  world.state.artifacts.filter((a) => a.conferenceId === idOf(record) && a.type === type).sort((a, b) => a.startTime - b.startTime);
const stateOf = (artifact: StoredArtifact): string =>
  artifact.endTime === undefined ? 'STARTED' : artifact.fileReadyAt !== undefined && artifact.fileReadyAt <= world.now ? 'FILE_GENERATED' : 'ENDED';
const queryOf = (url: string): URLSearchParams => new URL(url, 'http://127.0.0.1').searchParams;
const collect = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
};

describe.each(['v2', 'v2beta'] as const)('%s ConferenceRecordsService', (version) => {
  it('GetConferenceRecord and ListConferenceRecords (filtered by space, one per page) match the stored conferences', async () => {
    const { records } = await g.clients(version);
    const filter = `space.name = "${world.space}"`;
    const { result, exchanges } = await g.drive(version, 'ListConferenceRecords', () => collect(records.listConferenceRecordsAsync({ filter, pageSize: 1 })));
    const stored = world.state.conferences.filter((c) => `spaces/${c.spaceId}` === world.space).sort((a, b) => b.startTime - a.startTime);
    expect(result.map((r) => r.name)).toEqual(stored.map((c) => `conferenceRecords/${c.id}`));
    expect(exchanges).toHaveLength(2);
    for (const exchange of exchanges) expect(queryOf(exchange.url).get('filter')).toBe(filter);
    for (const [record, conference] of result.map((r, i) => [r, stored[i]!] as const)) {
      expect(record.space).toBe(world.space);
      expect(millisOf(record.startTime)).toBe(conference.startTime);
      expect(millisOf(record.endTime)).toBe(conference.endTime);
      expect(millisOf(record.expireTime)).toBe(conference.endTime === undefined ? undefined : conference.endTime + RECORD_RETENTION_MS);
    }
    const got = await g.drive(version, 'GetConferenceRecord', () => records.getConferenceRecord({ name: world.ended }));
    expect(got.result[0]).toEqual(result.find((r) => r.name === world.ended));
  });

  it('GetParticipant and ListParticipants: each kind as stored, newest first', async () => {
    const { records } = await g.clients(version);
    const { result } = await g.drive(version, 'ListParticipants', () => collect(records.listParticipantsAsync({ parent: world.ended })));
    const stored = participantsOf(world.ended);
    expect(result.map((p) => p.name)).toEqual(stored.map((p) => `${world.ended}/participants/${p.id}`));
    for (const [participant, row] of result.map((p, i) => [p, stored[i]!] as const)) {
      expect((['signedinUser', 'anonymousUser', 'phoneUser'] as const).filter((kind) => participant[kind] != null)).toEqual([row.kind]);
      expect(participant[row.kind]?.displayName).toBe(row.displayName);
      if (row.kind === 'signedinUser') expect(participant.signedinUser?.user).toBe(row.user);
      expect(millisOf(participant.earliestStartTime)).toBe(Math.min(...row.sessions.map((s) => s.startTime)));
      expect(millisOf(participant.latestEndTime)).toBe(Math.max(...row.sessions.map((s) => s.endTime ?? 0)));
    }
    const got = await g.drive(version, 'GetParticipant', () => records.getParticipant({ name: world.grace }));
    expect(got.result[0]).toEqual(result.find((p) => p.name === world.grace));
  });

  it('ListParticipants pages through 260 people: pageSize 1000 is capped at 250, and the iterator follows the token', async () => {
    const { records } = await g.clients(version);
    const { result, exchanges } = await g.drive(version, 'ListParticipants', () => collect(records.listParticipantsAsync({ parent: world.live, pageSize: 1000 })));
    expect(result.map((p) => p.name)).toEqual(participantsOf(world.live).map((p) => `${world.live}/participants/${p.id}`));
    expect(exchanges.map((x) => (JSON.parse(x.responseBody) as { participants: unknown[] }).participants.length)).toEqual([250, 10]);
    expect(exchanges.map((x) => queryOf(x.url).get('pageSize'))).toEqual(['1000', '1000']);
  });

  it('ListParticipants with the filter as the client sends it: only those still in the call, default pages of 100', async () => {
    const { records } = await g.clients(version);
    const filter = 'latest_end_time IS NULL';
    const { result, exchanges } = await g.drive(version, 'ListParticipants', () => collect(records.listParticipantsAsync({ parent: world.live, filter })));
    const inCall = participantsOf(world.live).filter((p) => p.sessions.some((s) => s.endTime === undefined));
    expect(inCall).toHaveLength(255);
    expect(result.map((p) => p.name)).toEqual(inCall.map((p) => `${world.live}/participants/${p.id}`));
    expect(exchanges.map((x) => queryOf(x.url).get('filter'))).toEqual([filter, filter, filter]);
    expect(exchanges.map((x) => (JSON.parse(x.responseBody) as { participants: unknown[] }).participants.length)).toEqual([100, 100, 55]);
  });

  it('GetParticipantSession and ListParticipantSessions: every session as stored, newest first', async () => {
    const { records } = await g.clients(version);
    const { result, exchanges } = await g.drive(version, 'ListParticipantSessions', () =>
      collect(records.listParticipantSessionsAsync({ parent: world.grace, pageSize: 1, filter: 'end_time IS NOT NULL' })),
    );
    const sessions = world.state.participants.find((p) => `${world.ended}/participants/${p.id}` === world.grace)!.sessions.slice().sort((a, b) => b.startTime - a.startTime);
    expect(sessions).toHaveLength(2);
    expect(exchanges).toHaveLength(2);
    expect(result.map((s) => [s.name, millisOf(s.startTime), millisOf(s.endTime)])).toEqual(sessions.map((s) => [`${world.grace}/participantSessions/${s.id}`, s.startTime, s.endTime]));
    const got = await g.drive(version, 'GetParticipantSession', () => records.getParticipantSession({ name: result[1]!.name }));
    expect(got.result[0]).toEqual(result[1]);
  });

  it('GetRecording and ListRecordings: state, times and Drive file as stored (a finished and a running one)', async () => {
    const { records } = await g.clients(version);
    for (const record of [world.ended, world.live]) {
      const { result } = await g.drive(version, 'ListRecordings', () => collect(records.listRecordingsAsync({ parent: record })));
      const stored = artifactsOf(record, 'recording');
      expect(result.map((r) => [r.name, r.state, millisOf(r.startTime), millisOf(r.endTime), r.driveDestination?.file])).toEqual(
        stored.map((a) => [`${record}/recordings/${a.id}`, stateOf(a), a.startTime, a.endTime, stateOf(a) === 'FILE_GENERATED' ? a.fileId : undefined]),
      );
      const got = await g.drive(version, 'GetRecording', () => records.getRecording({ name: result[0]!.name }));
      expect(got.result[0]).toEqual(result[0]);
    }
    expect(artifactsOf(world.live, 'recording').map(stateOf)).toEqual(['STARTED']);
  });

  it('GetTranscript, ListTranscripts, GetTranscriptEntry and ListTranscriptEntries (two per page) as stored', async () => {
    const { records } = await g.clients(version);
    const { result } = await g.drive(version, 'ListTranscripts', () => collect(records.listTranscriptsAsync({ parent: world.ended })));
    const [stored] = artifactsOf(world.ended, 'transcript');
    expect(result.map((t) => [t.name, t.state, t.docsDestination?.document])).toEqual([[`${world.ended}/transcripts/${stored!.id}`, 'FILE_GENERATED', stored!.fileId]]);
    const transcript = (await g.drive(version, 'GetTranscript', () => records.getTranscript({ name: result[0]!.name }))).result[0];
    expect(transcript).toEqual(result[0]);

    const entries = await g.drive(version, 'ListTranscriptEntries', () => collect(records.listTranscriptEntriesAsync({ parent: transcript.name, pageSize: 2 })));
    const storedEntries = world.state.transcriptEntries.filter((e) => e.transcriptId === stored!.id).sort((a, b) => a.startTime - b.startTime);
    expect(storedEntries.length).toBeGreaterThan(2);
    expect(entries.exchanges).toHaveLength(Math.ceil(storedEntries.length / 2));
    expect(entries.result.map((e) => [e.name, e.participant, e.text, e.languageCode, millisOf(e.startTime), millisOf(e.endTime)])).toEqual(
      storedEntries.map((e) => [`${transcript.name}/entries/${e.id}`, `${world.ended}/participants/${e.participantId}`, e.text, e.languageCode, e.startTime, e.endTime]),
    );
    const entry = await g.drive(version, 'GetTranscriptEntry', () => records.getTranscriptEntry({ name: entries.result[0]!.name }));
    expect(entry.result[0]).toEqual(entries.result[0]);
  });
});

describe('coverage', () => {
  it('drove every ConferenceRecordsService RPC of the installed client, in both versions', () => {
    for (const version of ['v2', 'v2beta'] as const) {
      const rpcs = clientRpcs(version, 'ConferenceRecordsService');
      expect(rpcs).toHaveLength(12);
      for (const rpc of rpcs) expect(g.driven.has(`${version} ${rpc}`), `${version} ${rpc}`).toBe(true);
    }
  });
});
