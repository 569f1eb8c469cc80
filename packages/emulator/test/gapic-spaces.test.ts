/** Google's Meet client (`@google-apps/meet`, REST transport) drives every SpacesService RPC, v2 and v2beta. */
import type { protos } from '@google-apps/meet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CLIENT } from '../src/index';
import type { StoredSpace, StoredSpaceConfig } from '../src/state/emulator-state';
import { MEET_SCOPES } from '../src/control/control-client';
import { clientRpcs, startGapicHarness, type GapicHarness, type Version } from './gapic-harness';

let g: GapicHarness;
beforeAll(async () => {
  g = await startGapicHarness();
});
afterAll(() => g.close());

/** What a client decodes for a stored config: v2's proto knows two settings, v2beta's all; restrictions only while moderated. */
function decodedConfig(version: Version, config: StoredSpaceConfig): Record<string, unknown> {
  const base = { accessType: config.accessType, entryPointAccess: config.entryPointAccess };
  if (version === 'v2') return base;
  return {
    ...base,
    moderation: config.moderation,
    moderationRestrictions: config.moderation === 'ON' ? config.moderationRestrictions : null,
    attendanceReportGenerationType: config.attendanceReportGenerationType,
    artifactConfig: config.artifactConfig,
  };
}

const storedSpace = async (name: string | null | undefined, until: (space: StoredSpace) => boolean = () => true): Promise<StoredSpace> => {
  const state = await g.state((s) => s.spaces.some((space) => `spaces/${space.id}` === name && until(space)));
  return state.spaces.find((space) => `spaces/${space.id}` === name)!;
};

describe.each(['v2', 'v2beta'] as const)('%s SpacesService', (version) => {
  it('CreateSpace({}) goes out as "" and makes the space the emulator holds', async () => {
    const { spaces } = await g.clients(version);
    const { result, exchanges } = await g.drive(version, 'CreateSpace', () => spaces.createSpace({}));
    expect(exchanges[0]).toMatchObject({ method: 'POST', body: '""' });
    const [space] = result;
    const stored = await storedSpace(space.name);
    expect(stored).toMatchObject({ ownerEmail: 'ada@quickmeet.test', creatorClientId: DEMO_CLIENT.clientId });
    expect(space).toMatchObject({ meetingCode: stored.meetingCode, meetingUri: `https://meet.google.com/${stored.meetingCode}`, config: decodedConfig(version, stored.config) });
    expect(space.activeConference).toBeNull();
  });

  it('GetSpace by name and by meeting code, with content-type on the GET and the routing header', async () => {
    const { spaces } = await g.clients(version);
    const [created] = await spaces.createSpace({ space: { config: { accessType: 'OPEN' } } });
    expect((await storedSpace(created.name)).config.accessType).toBe('OPEN');
    const { result, exchanges } = await g.drive(version, 'GetSpace', () => spaces.getSpace({ name: created.name }));
    expect(result[0]).toEqual(created);
    expect(exchanges[0]!.headers['content-type']).toBe('application/json');
    expect(exchanges[0]!.headers['x-goog-request-params']).toBe(`name=${encodeURIComponent(created.name!)}`);
    const byCode = await g.drive(version, 'GetSpace', () => spaces.getSpace({ name: `spaces/${created.meetingCode!.toUpperCase()}` }));
    expect(byCode.result[0].name).toBe(created.name);
  });

  it('a client with minifyJson asks for $prettyPrint=0 and gets one-line JSON', async () => {
    const { spaces } = await g.clients(version, { minifyJson: true });
    const { result, exchanges } = await g.drive(version, 'CreateSpace', () => spaces.createSpace({}));
    expect(exchanges[0]!.url).toContain('$prettyPrint=0');
    expect(exchanges[0]!.responseBody).not.toContain('\n');
    expect((await storedSpace(result[0].name)).meetingCode).toBe(result[0].meetingCode);
  });

  it('UpdateSpace sends enums as numbers and the mask, and changes only the masked setting', async () => {
    const { spaces } = await g.clients(version);
    const [created] = await spaces.createSpace({});
    const config = version === 'v2' ? { accessType: 'RESTRICTED' as const, entryPointAccess: 'CREATOR_APP_ONLY' as const } : { accessType: 'RESTRICTED' as const, moderation: 'ON' as const };
    const paths = version === 'v2' ? ['config.access_type'] : ['config.access_type', 'config.moderation'];
    const { result, exchanges } = await g.drive(version, 'UpdateSpace', () => spaces.updateSpace({ space: { name: created.name, config }, updateMask: { paths } }));
    const sent = JSON.parse(exchanges[0]!.body) as { config: Record<string, unknown> };
    expect(sent.config.accessType).toBe(3);
    expect(exchanges[0]!.url).toContain('updateMask=');
    const stored = await storedSpace(created.name, (s) => s.config.accessType === 'RESTRICTED');
    expect(stored.config.entryPointAccess).toBe('ALL');
    if (version === 'v2beta') expect(stored.config.moderation).toBe('ON');
    expect(result[0].config).toEqual(decodedConfig(version, stored.config));
  });

  it('EndActiveConference ends the running conference and answers Empty', async () => {
    const { spaces } = await g.clients(version);
    const [created] = await spaces.createSpace({});
    const record = await g.h.control.startConference(created.name!);
    expect((await spaces.getSpace({ name: created.name }))[0].activeConference?.conferenceRecord).toBe(record.name);
    const { result, exchanges } = await g.drive(version, 'EndActiveConference', () => spaces.endActiveConference({ name: created.name }));
    expect(result[0]).toEqual({});
    expect(exchanges[0]!.url).toMatch(/:endActiveConference\?/);
    const state = await g.state((s) => s.conferences.some((c) => `conferenceRecords/${c.id}` === record.name && c.endTime !== undefined));
    expect(state.spaces.find((s) => `spaces/${s.id}` === created.name)?.activeConferenceId).toBeUndefined();
  });
});

describe('v2beta SpacesService only', () => {
  it('ConnectActiveConference answers the SDP offer for the owner of a running conference', async () => {
    const { spaces } = await g.clients('v2beta', { scopes: [MEET_SCOPES.created, 'https://www.googleapis.com/auth/meetings.conference.media.readonly'] });
    const [created] = await spaces.createSpace({});
    await g.h.control.startConference(created.name!);
    const offer = 'v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n';
    const { result, exchanges } = await g.drive('v2beta', 'ConnectActiveConference', () => spaces.connectActiveConference({ name: created.name, offer }));
    expect(JSON.parse(exchanges[0]!.body)).toEqual({ offer });
    // No discovery document covers v2beta's Meet Media method; its response has exactly these two strings.
    const raw = JSON.parse(exchanges[0]!.responseBody) as Record<string, unknown>;
    expect(Object.keys(raw).sort()).toEqual(['answer', 'traceId']);
    expect(result[0]).toEqual({ answer: raw.answer, traceId: raw.traceId });
    expect(result[0].answer).toMatch(/^v=0\r\n/);
  });

  it('CreateMember, GetMember, ListMembers (auto-paginated) and DeleteMember match the stored members', async () => {
    const { spaces } = await g.clients('v2beta');
    const [created] = await spaces.createSpace({});
    const accounts = await g.h.control.accounts();
    const made: protos.google.apps.meet.v2beta.IMember[] = [];
    for (const [email, role] of [['grace@quickmeet.test', 'COHOST'], ['alan@quickmeet.test', undefined], ['guest@example.com', 'COHOST']] as const) {
      const { result, exchanges } = await g.drive('v2beta', 'CreateMember', () => spaces.createMember({ parent: created.name, member: { email, ...(role ? { role } : {}) } }));
      if (role !== undefined) expect(JSON.parse(exchanges[0]!.body)).toEqual({ email, role: 1 });
      expect(result[0]).toMatchObject({ email, role: role ?? 'ROLE_UNSPECIFIED', user: accounts.find((a) => a.email === email)?.user ?? '' });
      made.push(result[0]);
    }
    const byUser = await g.drive('v2beta', 'CreateMember', () => spaces.createMember({ parent: created.name, member: { user: accounts[3]!.user } }));
    expect(byUser.result[0]).toMatchObject({ email: accounts[3]!.email, user: accounts[3]!.user });
    made.push(byUser.result[0]);
    const state = await g.state((s) => s.members.filter((m) => `spaces/${m.spaceId}` === created.name).length === 4);
    const stored = state.members.filter((m) => `spaces/${m.spaceId}` === created.name);
    expect(made.map((m) => [m.name, m.email, m.role])).toEqual(stored.map((m) => [`spaces/${m.spaceId}/members/${m.id}`, m.email, m.role]));

    expect((await g.drive('v2beta', 'GetMember', () => spaces.getMember({ name: made[0]!.name }))).result[0]).toEqual(made[0]);

    const listed = await g.drive('v2beta', 'ListMembers', async () => {
      const all = [];
      for await (const member of spaces.listMembersAsync({ parent: created.name, pageSize: 3 })) all.push(member);
      return all;
    });
    expect(listed.result).toEqual(made);
    expect(listed.exchanges.map((x) => new URL(x.url, 'http://x').searchParams.get('pageSize'))).toEqual(['3', '3']);
    expect(listed.exchanges[1]!.url).toContain('pageToken=');

    const { result } = await g.drive('v2beta', 'DeleteMember', () => spaces.deleteMember({ name: made[1]!.name }));
    expect(result[0]).toEqual({});
    await g.state((s) => !s.members.some((m) => `spaces/${m.spaceId}/members/${m.id}` === made[1]!.name));
  });
});

describe('coverage', () => {
  it('drove every SpacesService RPC of the installed client, in both versions', () => {
    for (const version of ['v2', 'v2beta'] as const) {
      const rpcs = clientRpcs(version, 'SpacesService');
      expect(rpcs.length).toBe(version === 'v2' ? 4 : 9);
      for (const rpc of rpcs) expect(g.driven.has(`${version} ${rpc}`), `${version} ${rpc}`).toBe(true);
    }
  });
});
