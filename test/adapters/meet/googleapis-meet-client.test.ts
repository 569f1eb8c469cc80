import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGoogleapisMeetClient } from '../../../electron/adapters/googleapis-meet-client';
import { fixedToken } from '../../support/in-memory-ports';
import { instantRetries, startMeetEmulator, type MeetEmulator } from './emulator-harness';

let emu: MeetEmulator;
beforeAll(async () => {
  emu = await startMeetEmulator();
});
afterAll(async () => emu.emulator.close());
beforeEach(async () => {
  await emu.control.clearFaults();
  await emu.control.clearRequests();
});

describe('Meet client against the emulator: the happy path', () => {
  it('creates with a config, resolves the code alias, patches with a mask and adds a co-host', async () => {
    const meet = await emu.client();
    const space = await meet.createSpace({ accessType: 'OPEN', moderation: 'ON' });
    expect(space.name).toMatch(/^spaces\//);
    expect(space.meetingUri).toBe(`https://meet.google.com/${space.meetingCode}`);
    expect(space.config).toMatchObject({ accessType: 'OPEN', moderation: 'ON' });
    const byCode = await meet.getSpace(`spaces/${space.meetingCode}`);
    expect(byCode.name).toBe(space.name);
    const patched = await meet.patchSpace(space.name, { accessType: 'RESTRICTED' }, 'config.accessType');
    expect(patched.config).toMatchObject({ accessType: 'RESTRICTED', moderation: 'ON' });
    const member = await meet.createMember(space.name, { email: 'bo@example.com', role: 'COHOST' });
    expect(member).toMatchObject({ email: 'bo@example.com', role: 'COHOST' });
    expect(await emu.attempts('meet.spaces.create')).toBe(1);
  });
});

describe('retries: reads only, within a budget (R2, R3, F1–F4)', () => {
  it('repeats a GET through two 503s and succeeds on the third attempt', async () => {
    const meet = await emu.client({ retryEnvironment: instantRetries() });
    const space = await meet.createSpace();
    await emu.fault({ method: 'meet.spaces.get', kind: 'status', status: 503, count: 2 });
    expect((await meet.getSpace(space.name)).name).toBe(space.name);
    expect(await emu.attempts('meet.spaces.get')).toBe(3);
  });

  it('sends spaces.create once on a 503 and says so clearly (F5)', async () => {
    const meet = await emu.client({ retryEnvironment: instantRetries() });
    await emu.fault({ method: 'meet.spaces.create', kind: 'status', status: 503, count: 2 });
    await expect(meet.createSpace()).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    expect(await emu.attempts('meet.spaces.create')).toBe(1);
  });

  it('waits at least Retry-After on a 429 GET, and stops after the attempt limit', async () => {
    const retries = instantRetries();
    const meet = await emu.client({ retryEnvironment: retries });
    const space = await meet.createSpace();
    await emu.fault({ method: 'meet.spaces.get', kind: 'status', status: 429, retryAfterSeconds: 2, count: 1 });
    await meet.getSpace(space.name);
    expect(retries.sleeps[0]).toBeGreaterThanOrEqual(2_000);
    await emu.fault({ method: 'meet.spaces.get', kind: 'status', status: 429, retryAfterSeconds: 2, count: 5 });
    await emu.control.clearRequests();
    await expect(meet.getSpace(space.name)).rejects.toMatchObject({ code: 'QUOTA_EXCEEDED', retryAfterSeconds: 2 });
    expect(await emu.attempts('meet.spaces.get')).toBe(4);
  });

  it('does not retry a 429 on create and passes the wait on (F2)', async () => {
    const meet = await emu.client({ retryEnvironment: instantRetries() });
    await emu.fault({ method: 'meet.spaces.create', kind: 'status', status: 429, retryAfterSeconds: 20 });
    await expect(meet.createSpace()).rejects.toMatchObject({ code: 'QUOTA_EXCEEDED', retryAfterSeconds: 20 });
    expect(await emu.attempts('meet.spaces.create')).toBe(1);
  });

  it('gives up on a 500 burst with "Google is having trouble" (F3) and on an HTML 502 page (F10)', async () => {
    const meet = await emu.client({ retryEnvironment: instantRetries() });
    const space = await meet.createSpace();
    await emu.fault({ method: 'meet.spaces.get', kind: 'status', status: 500, count: 10 });
    await expect(meet.getSpace(space.name)).rejects.toMatchObject({ code: 'UNAVAILABLE', message: expect.stringMatching(/trouble/) });
    expect(await emu.attempts('meet.spaces.get')).toBe(4);
    await emu.control.clearFaults();
    await emu.fault({ method: 'meet.spaces.get', kind: 'html', status: 502, count: 10 });
    await expect(meet.getSpace(space.name)).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  });
});

describe('timeouts and dropped connections (R1, R5, F6, F7)', () => {
  it('times out a silent GET, retrying within the budget', async () => {
    const meet = await emu.client({ timeoutMs: 300, retryEnvironment: instantRetries(), readRetry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1, totalCapMs: 10_000, jitterRatio: 0 } });
    const space = await meet.createSpace();
    await emu.fault({ method: 'meet.spaces.get', kind: 'hang', count: 5 });
    await expect(meet.getSpace(space.name)).rejects.toMatchObject({ code: 'TIMEOUT' });
    expect(await emu.attempts('meet.spaces.get')).toBe(2);
  });

  it('reports a create whose answer never came as "may or may not have been created", sent once', async () => {
    const meet = await emu.client({ timeoutMs: 300 });
    await emu.fault({ method: 'meet.spaces.create', kind: 'hang', applyFirst: true });
    await expect(meet.createSpace()).rejects.toMatchObject({ code: 'OUTCOME_UNKNOWN', message: expect.stringMatching(/may or may not have been created/) });
    await emu.fault({ method: 'meet.spaces.create', kind: 'reset', applyFirst: true });
    await expect(meet.createSpace()).rejects.toMatchObject({ code: 'OUTCOME_UNKNOWN' });
    expect(await emu.attempts('meet.spaces.create')).toBe(2);
  });

  it('retries a GET after a connection reset', async () => {
    const meet = await emu.client({ retryEnvironment: instantRetries() });
    const space = await meet.createSpace();
    await emu.fault({ method: 'meet.spaces.get', kind: 'reset' });
    expect((await meet.getSpace(space.name)).name).toBe(space.name);
    expect(await emu.attempts('meet.spaces.get')).toBe(2);
  });

  it('says offline when nothing listens at the address', async () => {
    const meet = createGoogleapisMeetClient({ tokens: fixedToken('ya29.x'), rootUrl: 'http://127.0.0.1:9/', retryEnvironment: instantRetries() });
    await expect(meet.createSpace()).rejects.toMatchObject({ code: 'OFFLINE' });
  });
});

describe('bad bodies and mapped errors (R4, F8, F9, F33)', () => {
  it.each(['malformed', 'wrongTypes'] as const)('rejects a 200 with a %s body as an unexpected response', async (kind) => {
    const meet = await emu.client({ retryEnvironment: instantRetries() });
    const space = await meet.createSpace();
    await emu.fault({ method: 'meet.spaces.get', kind, count: 10 });
    await expect(meet.getSpace(space.name)).rejects.toMatchObject({ code: 'UNEXPECTED_RESPONSE' });
    await emu.fault({ method: 'meet.spaces.create', kind });
    await expect(meet.createSpace()).rejects.toMatchObject({ code: 'UNEXPECTED_RESPONSE' });
  });

  it('never returns part of a truncated body', async () => {
    const meet = await emu.client({ retryEnvironment: instantRetries() });
    const space = await meet.createSpace();
    await emu.fault({ method: 'meet.spaces.get', kind: 'truncated', count: 10 });
    const outcome = await meet.getSpace(space.name).catch((error: { code: string }) => error.code);
    expect(['UNAVAILABLE', 'UNEXPECTED_RESPONSE']).toContain(outcome);
  });

  it('maps 404, a refused code, a missing scope and a revoked token', async () => {
    const meet = await emu.client({ retryEnvironment: instantRetries() });
    await expect(meet.getSpace('spaces/zzz-zzzz-zzz')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await emu.fault({ method: 'meet.spaces.get', kind: 'status', status: 400 });
    await expect(meet.getSpace('spaces/abc-mnop-xyz')).rejects.toMatchObject({ code: 'INVALID_MEETING_CODE' });
    const readOnly = await emu.client({}, ['https://www.googleapis.com/auth/meetings.space.readonly']);
    await expect(readOnly.createSpace()).rejects.toMatchObject({ code: 'PERMISSION_DENIED', message: expect.stringMatching(/reconnect/) });
    const token = await emu.token();
    await emu.control.revokeTokens({ token });
    const revoked = createGoogleapisMeetClient({ tokens: fixedToken(token), rootUrl: `${emu.emulator.baseUrl}/` });
    await expect(revoked.createSpace()).rejects.toMatchObject({ code: 'NEEDS_REAUTH' });
  });
});

const paths = async () => (await emu.control.requests()).filter((r) => r.apiMethod === 'meet.spaces.members.list').map((r) => r.path.split('/')[1]);

describe('members.list: v2beta for the account id, v2 where the project may not use v2beta', () => {
  it('reads members with their account id through v2beta', async () => {
    const meet = await emu.client();
    const space = await meet.createSpace();
    await meet.createMember(space.name, { email: 'grace@quickmeet.test', role: 'COHOST' });
    const grace = (await emu.control.accounts()).find((a) => a.email === 'grace@quickmeet.test')!;
    const page = await meet.listMembers(space.name, { pageSize: 100 });
    expect(page.items).toEqual([expect.objectContaining({ email: 'grace@quickmeet.test', role: 'COHOST', user: grace.user })]);
    expect(await paths()).toEqual(['v2beta']);
  });

  it('falls back to v2 once v2beta is refused, and stays there', async () => {
    const meet = await emu.client();
    const space = await meet.createSpace();
    await meet.createMember(space.name, { email: 'grace@quickmeet.test', role: 'COHOST' });
    await emu.fault({ method: 'meet.spaces.members.list', kind: 'status', status: 403, count: 1 });
    const first = await meet.listMembers(space.name, {});
    expect(first.items.map((m) => m.email)).toEqual(['grace@quickmeet.test']);
    expect(first.items[0]).not.toHaveProperty('user');
    await meet.listMembers(space.name, {});
    expect(await paths()).toEqual(['v2beta', 'v2', 'v2']);
  });

  it('passes other failures on without trying v2', async () => {
    const meet = await emu.client();
    const space = await meet.createSpace();
    await emu.fault({ method: 'meet.spaces.members.list', kind: 'status', status: 400, count: 1 });
    await expect(meet.listMembers(space.name, {})).rejects.toMatchObject({ code: expect.any(String) });
    expect(await paths()).toEqual(['v2beta']);
  });
});
