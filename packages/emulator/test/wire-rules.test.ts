/** One test per wire rule of REFERENCE.md §1 (URL templates, system parameters, proto3 JSON, resource names). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEET_ENUMS } from '../src/meet/meet-enums';
import { MEET_SCOPES } from '../src/control/control-client';
import { assertValidResponse, enumNumbersToNames, enumProperties, RESPONSE_SCHEMA } from './discovery/discovery-validator';
import { startHarness, type EmulatorHarness } from './emulator-harness';

const INT = '$alt=json%3Benum-encoding=int';

let h: EmulatorHarness;
let token: string;
/** Names of one of everything, under a space Ada's app created and moderated. */
let world: { space: string; code: string; member: string; record: string; participant: string; session: string; recording: string; transcript: string; entry: string; smartNote: string };

beforeAll(async () => {
  h = await startHarness();
  token = (await h.control.mintToken('ada@quickmeet.test', [MEET_SCOPES.created])).access_token;
  const config = { moderation: 'ON', moderationRestrictions: { chatRestriction: 'HOSTS_ONLY' }, artifactConfig: { recordingConfig: { autoRecordingGeneration: 'ON' } } };
  const space = (await (await call('POST', '/v2/spaces', { config })).json()) as { name: string; meetingCode: string };
  const member = (await (await call('POST', `/v2/${space.name}/members`, { email: 'grace@quickmeet.test', role: 'COHOST' })).json()) as { name: string };
  const record = await h.control.startConference(space.name);
  const participant = await h.control.join(record.name, { kind: 'signedinUser', account: 'grace@quickmeet.test' });
  await h.control.advanceClock(30);
  await h.control.end(record.name, { artifacts: ['recording', 'transcript', 'smartNote'], generateNow: true });
  const first = async (path: string, key: string): Promise<string> => ((await (await call('GET', path)).json()) as Record<string, Array<{ name: string }>>)[key]![0]!.name;
  const transcript = await first(`/v2/${record.name}/transcripts`, 'transcripts');
  world = {
    space: space.name,
    code: space.meetingCode,
    member: member.name,
    record: record.name,
    participant: participant.name,
    session: await first(`/v2/${participant.name}/participantSessions`, 'participantSessions'),
    recording: await first(`/v2/${record.name}/recordings`, 'recordings'),
    transcript,
    entry: await first(`/v2/${transcript}/entries`, 'transcriptEntries'),
    smartNote: await first(`/v2/${record.name}/smartNotes`, 'smartNotes'),
  };
});
afterAll(() => h.close());

function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${h.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...headers },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
}
const json = async (response: Response): Promise<Record<string, unknown>> => {
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as Record<string, unknown>;
};
const withQuery = (path: string, query: string): string => `${path}${path.includes('?') ? '&' : '?'}${query}`;
const errorOf = async (response: Response) => ({ code: response.status, ...((await response.json()) as { error: { status: string; message: string } }).error });

// Every read method, with the path that reaches it in `world`.
const READS: ReadonlyArray<readonly [string, () => string]> = [
  ['meet.spaces.get', () => `/${world.space}`],
  ['meet.spaces.members.get', () => `/${world.member}`],
  ['meet.spaces.members.list', () => `/${world.space}/members`],
  ['meet.conferenceRecords.get', () => `/${world.record}`],
  ['meet.conferenceRecords.list', () => `/conferenceRecords?filter=${encodeURIComponent(`space.name = "${world.space}"`)}`],
  ['meet.conferenceRecords.participants.get', () => `/${world.participant}`],
  ['meet.conferenceRecords.participants.list', () => `/${world.record}/participants`],
  ['meet.conferenceRecords.participants.participantSessions.get', () => `/${world.session}`],
  ['meet.conferenceRecords.participants.participantSessions.list', () => `/${world.participant}/participantSessions`],
  ['meet.conferenceRecords.recordings.get', () => `/${world.recording}`],
  ['meet.conferenceRecords.recordings.list', () => `/${world.record}/recordings`],
  ['meet.conferenceRecords.transcripts.get', () => `/${world.transcript}`],
  ['meet.conferenceRecords.transcripts.list', () => `/${world.record}/transcripts`],
  ['meet.conferenceRecords.transcripts.entries.get', () => `/${world.entry}`],
  ['meet.conferenceRecords.transcripts.entries.list', () => `/${world.transcript}/entries`],
  ['meet.conferenceRecords.smartNotes.get', () => `/${world.smartNote}`],
  ['meet.conferenceRecords.smartNotes.list', () => `/${world.record}/smartNotes`],
];
const VERSIONS = ['v2', 'v2beta'] as const;
const V2BETA_HAS_NO_SMART_NOTES = (id: string): boolean => id.includes('smartNotes');

describe('§1.1 URL templates', () => {
  it('pastes {+name} unescaped and takes custom methods after a colon', async () => {
    expect((await json(await call('GET', `/v2/${world.session}`))).name).toBe(world.session);
    const space = (await json(await call('POST', '/v2/spaces', {}))).name as string;
    await h.control.startConference(space);
    expect(await json(await call('POST', `/v2/${space}:endActiveConference`, {}))).toEqual({});
  });

  it('routes a resource name with escaped slashes as the plain one', async () => {
    const escaped = world.participant.replaceAll('/', '%2F');
    expect(await json(await call('GET', `/v2/${escaped}`))).toEqual(await json(await call('GET', `/v2/${world.participant}`)));
  });
});

describe('§1.2 system parameters', () => {
  it.each([
    ['fields=name'], ['prettyPrint=false'], ['alt=json'], ['key=AIza-demo'], ['quotaUser=q'], ['callback=cb'], ['uploadType=media'], ['upload_protocol=raw'], ['%24.xgafv=2'],
    ['%24alt=json'], ['%24prettyPrint=0'], ['%24fields=name'],
  ])('accepts %s on every method', async (parameter) => {
    for (const version of VERSIONS) {
      for (const [id, path] of READS) if (version === 'v2' || !V2BETA_HAS_NO_SMART_NOTES(id)) await json(await call('GET', withQuery(`/${version}${path()}`, parameter)));
    }
  });

  it('applies fields in either spelling, and prettyPrint=false or $prettyPrint=0 writes one line', async () => {
    expect(await json(await call('GET', `/v2/${world.space}?fields=name`))).toEqual({ name: world.space });
    expect(await json(await call('GET', `/v2/${world.space}?$fields=meetingCode`))).toEqual({ meetingCode: world.code });
    expect(await (await call('GET', `/v2/${world.space}`)).text()).toContain('\n');
    for (const off of ['prettyPrint=false', '$prettyPrint=0']) expect(await (await call('GET', `/v2/${world.space}?${off}`)).text()).not.toContain('\n');
  });

  it('takes the token as access_token or oauth_token instead of the header', async () => {
    for (const name of ['access_token', 'oauth_token']) {
      const response = await fetch(`${h.baseUrl}/v2/${world.space}?${name}=${encodeURIComponent(token)}`);
      expect(response.status).toBe(200);
    }
  });

  it('refuses formats other than JSON and unknown alt options', async () => {
    for (const alt of ['media', 'proto', 'json%3Benum-encoding=float']) expect(await errorOf(await call('GET', `/v2/${world.space}?$alt=${alt}`))).toMatchObject({ code: 400, status: 'INVALID_ARGUMENT' });
  });

  it.each(VERSIONS)('%s: $alt=json;enum-encoding=int writes every enum as its proto number on every read method, nested and in lists', async (version) => {
    for (const [id, path] of READS) {
      if (version === 'v2beta' && V2BETA_HAS_NO_SMART_NOTES(id)) continue;
      const named = await json(await call('GET', `/${version}${path()}`));
      const numbered = await json(await call('GET', withQuery(`/${version}${path()}`, INT)));
      assertValidResponse(id, numbered, { enumEncoding: 'int', version });
      expect(enumNumbersToNames(RESPONSE_SCHEMA.get(id)!, numbered, { version }), id).toEqual(named);
    }
    // The fixture carries enums at every depth: config, config.moderationRestrictions, config.artifactConfig.*, members[].role, recordings[].state.
    const space = (await json(await call('GET', withQuery(`/${version}/${world.space}`, INT)))) as { config: Record<string, unknown> };
    expect(space.config).toMatchObject({ accessType: 2, moderation: 2, moderationRestrictions: { chatRestriction: 1 }, artifactConfig: { recordingConfig: { autoRecordingGeneration: 1 } } });
    expect(await json(await call('GET', withQuery(`/${version}/${world.space}/members`, INT)))).toMatchObject({ members: [{ role: 1 }] });
    expect(await json(await call('GET', withQuery(`/${version}/${world.record}/recordings`, INT)))).toMatchObject({ recordings: [{ state: 3 }] });
  });

  it.each(VERSIONS)('%s: $alt=json;enum-encoding=int on every write method', async (version) => {
    const created = await json(await call('POST', withQuery(`/${version}/spaces`, INT), { config: { accessType: 'OPEN' } }));
    assertValidResponse('meet.spaces.create', created, { enumEncoding: 'int', version });
    expect(created.config).toMatchObject({ accessType: 1, entryPointAccess: 1 });
    const space = created.name as string;
    const patched = await json(await call('PATCH', withQuery(`/${version}/${space}?updateMask=config.moderation`, INT), { config: { moderation: 'ON' } }));
    expect(patched.config).toMatchObject({ moderation: 2, moderationRestrictions: { chatRestriction: 2 } });
    const member = await json(await call('POST', withQuery(`/${version}/${space}/members`, INT), { email: 'alan@quickmeet.test', role: 'COHOST' }));
    assertValidResponse('meet.spaces.members.create', member, { enumEncoding: 'int', version });
    expect(member.role).toBe(1);
    expect(await json(await call('DELETE', withQuery(`/${version}/${member.name as string}`, INT)))).toEqual({});
    await h.control.startConference(space);
    expect(await json(await call('POST', withQuery(`/${version}/${space}:endActiveConference`, INT), ''))).toEqual({});
    if (version === 'v2') {
      const again = await json(await call('POST', withQuery(`/v2/${space}/members`, INT), { email: 'katherine@quickmeet.test' }));
      const mask = await json(await call('PATCH', withQuery(`/v2/${again.name as string}?updateMask=role`, INT), { role: 1 }));
      expect(mask.role).toBe(1);
      const batch = await json(await call('POST', withQuery(`/v2/${space}/members:batchUpdate`, INT), { requests: [{ member: { name: again.name, role: 0 } }], updateMask: 'role' }));
      assertValidResponse('meet.spaces.members.batchUpdate', batch, { enumEncoding: 'int' });
    }
  });

  it('plain alt=json, or no alt, writes enum names', async () => {
    for (const query of ['', '?alt=json', '?$alt=json']) expect((await json(await call('GET', `/v2/${world.recording}${query}`))).state).toBe('FILE_GENERATED');
  });

  it('the emulator numbers enums exactly as the discovery document lists them', () => {
    for (const [schema, property, values] of enumProperties()) expect(MEET_ENUMS[property as keyof typeof MEET_ENUMS], `${schema}.${property}`).toEqual(values);
  });
});

describe('§1.3 proto3 JSON', () => {
  it('writes lowerCamelCase names, enum names and RFC 3339 UTC times on every read method (discovery-valid)', async () => {
    for (const [id, path] of READS) {
      const body = await json(await call('GET', `/v2${path()}`));
      assertValidResponse(id, body);
      const text = JSON.stringify(body);
      expect(text).not.toMatch(/"[a-z]+_[a-z_]+":/);
      // Timestamps: UTC, with 0, 3, 6 or 9 fractional digits.
      for (const [time] of text.matchAll(/"\d{4}-\d\d-\d\dT[^"]*"/g)) expect(time, id).toMatch(/^"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.(\d{3}|\d{6}|\d{9}))?Z"$/);
    }
  });

  it('accepts input times with an offset', async () => {
    const record = await json(await call('GET', `/v2/${world.record}`));
    // One second before the start, written in +02:00.
    const shifted = new Date(Date.parse(record.startTime as string) - 1000 + 2 * 3_600_000).toISOString().replace('Z', '+02:00');
    const filter = `space.name = "${world.space}" AND start_time >= "${shifted}"`;
    expect(((await json(await call('GET', `/v2/conferenceRecords?filter=${encodeURIComponent(filter)}`))).conferenceRecords as unknown[]).length).toBe(1);
  });

  it('writes int32 as a JSON number (totalSize)', async () => {
    expect(await json(await call('GET', `/v2/${world.record}/participants?fields=totalSize`))).toEqual({ totalSize: 1 });
  });

  it('omits defaults: {} for an empty list, no nextPageToken on the last page, no activeConference when idle, no endTime while live', async () => {
    const space = (await json(await call('POST', '/v2/spaces', {}))).name as string;
    expect(await json(await call('GET', `/v2/${space}/members`))).toEqual({});
    expect(await json(await call('GET', `/v2/${space}`))).not.toHaveProperty('activeConference');
    const live = await h.control.startConference(space);
    expect(await json(await call('GET', `/v2/${live.name}`))).not.toHaveProperty('endTime');
    expect(await json(await call('GET', `/v2/${live.name}/recordings`))).toEqual({});
    expect(await json(await call('GET', `/v2/${world.record}/participants?pageSize=1`))).not.toHaveProperty('nextPageToken');
    expect(await (await call('GET', `/v2/${live.name}`)).text()).not.toContain('null');
  });

  it('refuses unknown body fields with "Invalid JSON payload received. Unknown name"', async () => {
    for (const [path, body] of [['/v2/spaces', { colour: 'red' }], ['/v2/spaces', { config: { colour: 'red' } }], [`/v2/${world.space}/members`, { email: 'x@example.com', colour: 'red' }]] as const) {
      const error = await errorOf(await call('POST', path, body));
      expect(error).toMatchObject({ code: 400, status: 'INVALID_ARGUMENT' });
      expect(error.message).toMatch(/^Invalid JSON payload received\. Unknown name "colour"/);
    }
  });

  it('answers google.protobuf.Empty as {}', async () => {
    const member = (await json(await call('POST', `/v2/${world.space}/members`, { email: 'katherine@quickmeet.test' }))).name as string;
    expect(await (await call('DELETE', `/v2/${member}`)).text()).toBe('{}');
  });

  it('accepts enums by name or by number, nested ones included', async () => {
    const byNumber = { config: { accessType: 3, moderation: 2, moderationRestrictions: { presentRestriction: 1, defaultJoinAsViewerType: 1 }, attendanceReportGenerationType: 1, artifactConfig: { transcriptionConfig: { autoTranscriptionGeneration: 1 } } } };
    const byName = { config: { accessType: 'RESTRICTED', moderation: 'ON', moderationRestrictions: { presentRestriction: 'HOSTS_ONLY', defaultJoinAsViewerType: 'ON' }, attendanceReportGenerationType: 'GENERATE_REPORT', artifactConfig: { transcriptionConfig: { autoTranscriptionGeneration: 'ON' } } } };
    const a = await json(await call('POST', '/v2/spaces', byNumber));
    const b = await json(await call('POST', '/v2/spaces', byName));
    expect(a.config).toEqual(b.config);
    expect(a.config).toMatchObject(byName.config);
    for (const role of ['COHOST', 1]) expect((await json(await call('POST', `/v2/${a.name as string}/members`, { email: `r${String(role)}@example.com`, role }))).role).toBe('COHOST');
    expect(await errorOf(await call('POST', '/v2/spaces', { config: { accessType: 4 } }))).toMatchObject({ code: 400, status: 'INVALID_ARGUMENT' });
  });

  it('reads the JSON string "" as the empty message on every method with a body', async () => {
    const space = await json(await call('POST', '/v2/spaces', '""'));
    expect(space.config).toMatchObject({ accessType: 'TRUSTED' });
    const name = space.name as string;
    expect((await json(await call('PATCH', `/v2/${name}`, '""'))).config).toEqual(space.config);
    expect(await errorOf(await call('POST', `/v2/${name}/members`, '""'))).toMatchObject({ code: 400, message: 'member.email is required.' });
    await h.control.startConference(name);
    expect(await json(await call('POST', `/v2/${name}:endActiveConference`, '""'))).toEqual({});
    const media = (await h.control.mintToken('ada@quickmeet.test', ['https://www.googleapis.com/auth/meetings.conference.media.readonly'])).access_token;
    const connect = await fetch(`${h.baseUrl}/v2beta/${name}:connectActiveConference`, { method: 'POST', headers: { authorization: `Bearer ${media}` }, body: '""' });
    expect(await errorOf(connect)).toMatchObject({ code: 400, status: 'INVALID_ARGUMENT', message: expect.stringContaining('offer') });
  });

  it('takes content-type: application/json on GET and DELETE, and ignores x-goog-request-params', async () => {
    const headers = { 'content-type': 'application/json', 'x-goog-request-params': `name=${encodeURIComponent(world.space)}` };
    expect((await json(await call('GET', `/v2/${world.space}`, undefined, headers))).name).toBe(world.space);
    const member = (await json(await call('POST', `/v2/${world.space}/members`, { email: 'headers@example.com' }, headers))).name as string;
    expect(await json(await call('DELETE', `/v2/${member}`, undefined, headers))).toEqual({});
  });
});

describe('§1.4 resource names', () => {
  it('space ids are case-sensitive; meeting codes are not, and only spaces.get takes them', async () => {
    const swapped = world.space.replace(/[a-zA-Z]/g, (c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()));
    expect((await call('GET', `/v2/${swapped}`)).status).toBe(404);
    expect((await json(await call('GET', `/v2/spaces/${world.code.toUpperCase()}`))).name).toBe(world.space);
    expect((await call('PATCH', `/v2/spaces/${world.code}`, {})).status).toBe(404);
  });

  it('every name follows its pattern', async () => {
    const segment = '[^/]+';
    const patterns = {
      space: `spaces/${segment}`, member: `spaces/${segment}/members/${segment}`, record: `conferenceRecords/${segment}`,
      participant: `conferenceRecords/${segment}/participants/${segment}`, session: `conferenceRecords/${segment}/participants/${segment}/participantSessions/${segment}`,
      recording: `conferenceRecords/${segment}/recordings/${segment}`, transcript: `conferenceRecords/${segment}/transcripts/${segment}`,
      entry: `conferenceRecords/${segment}/transcripts/${segment}/entries/${segment}`, smartNote: `conferenceRecords/${segment}/smartNotes/${segment}`,
    } as const;
    for (const [kind, pattern] of Object.entries(patterns)) expect(world[kind as keyof typeof world], kind).toMatch(new RegExp(`^${pattern}$`));
    expect(world.code).toMatch(/^[a-z]+-[a-z]+-[a-z]+$/);
  });

  it('a path outside the patterns is 404', async () => {
    for (const path of [`/v2/${world.space}/extra`, `/v2/${world.record}/recordings/a/b`, '/v3/spaces/abc', '/v2/spaces//members']) {
      expect((await call('GET', path)).status, path).toBe(404);
    }
  });
});
