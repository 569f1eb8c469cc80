import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMeetEmulator, type MeetEmulator } from './emulator-harness';

let emu: MeetEmulator;
beforeAll(async () => {
  emu = await startMeetEmulator();
});
afterAll(async () => emu.emulator.close());
beforeEach(async () => {
  await emu.control('DELETE', '/faults');
  await emu.control('DELETE', '/requests');
});

const paths = async () => (await emu.control<{ requests: Array<{ apiMethod: string; path: string }> }>('GET', '/requests')).requests
  .filter((r) => r.apiMethod === 'meet.spaces.members.list')
  .map((r) => r.path.split('/')[1]);

describe('members.list: v2beta for the account id, v2 where the project may not use v2beta', () => {
  it('reads members with their account id through v2beta', async () => {
    const meet = await emu.client();
    const space = await meet.createSpace();
    await meet.createMember(space.name, { email: 'grace@quickmeet.test', role: 'COHOST' });
    const accounts = await emu.control<{ accounts: Array<{ email: string; user: string }> }>('GET', '/accounts');
    const grace = accounts.accounts.find((a) => a.email === 'grace@quickmeet.test')!;
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
