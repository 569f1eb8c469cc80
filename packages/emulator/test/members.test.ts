/** spaces.members create, get, list, patch, delete and batchUpdate; v2beta adds `user`. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEET_SCOPES } from '../src/control/control-client';
import { googleError, startHarness, valid, type EmulatorHarness } from './emulator-harness';

let h: EmulatorHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

async function spaceWithMeet() {
  const meet = await h.meet();
  const space = (await meet.spaces.create({ requestBody: {} })).data;
  return { meet, parent: space.name! };
}

describe('members', () => {
  it('creates, gets, lists and deletes members', async () => {
    const { meet, parent } = await spaceWithMeet();
    const cohost = valid('meet.spaces.members.create', (await meet.spaces.members.create({ parent, requestBody: { email: 'grace@quickmeet.test', role: 'COHOST' } })).data);
    expect(cohost).toMatchObject({ email: 'grace@quickmeet.test', role: 'COHOST' });
    expect(cohost.name).toMatch(new RegExp(`^${parent}/members/`));
    const plain = (await meet.spaces.members.create({ parent, requestBody: { email: 'someone@example.com' } })).data;
    expect(plain).not.toHaveProperty('role');
    expect(valid('meet.spaces.members.get', (await meet.spaces.members.get({ name: cohost.name! })).data)).toEqual(cohost);
    const listed = valid('meet.spaces.members.list', (await meet.spaces.members.list({ parent })).data);
    expect(listed.members).toEqual([cohost, plain]);
    valid('meet.spaces.members.delete', (await meet.spaces.members.delete({ name: cohost.name! })).data);
    expect(await googleError(meet.spaces.members.get({ name: cohost.name! }))).toMatchObject({ code: 404 });
  });

  it('refuses a duplicate email, a missing email and unknown fields on v2', async () => {
    const { meet, parent } = await spaceWithMeet();
    await meet.spaces.members.create({ parent, requestBody: { email: 'alan@quickmeet.test' } });
    expect(await googleError(meet.spaces.members.create({ parent, requestBody: { email: 'ALAN@quickmeet.test' } }))).toMatchObject({ code: 409, status: 'ALREADY_EXISTS' });
    expect(await googleError(meet.spaces.members.create({ parent, requestBody: {} }))).toMatchObject({ code: 400 });
    expect(await googleError(meet.spaces.members.create({ parent, requestBody: { email: 'x@example.com', user: 'users/1' } as object }))).toMatchObject({ code: 400 });
  });

  it('pages members (v2 default 250) and caps the page size at 500', async () => {
    const { meet, parent } = await spaceWithMeet();
    for (let i = 0; i < 3; i += 1) await meet.spaces.members.create({ parent, requestBody: { email: `p${i}@example.com` } });
    const first = (await meet.spaces.members.list({ parent, pageSize: 2 })).data;
    expect(first.members).toHaveLength(2);
    const second = (await meet.spaces.members.list({ parent, pageSize: 2, pageToken: first.nextPageToken! })).data;
    expect(second.members).toHaveLength(1);
    expect(second).not.toHaveProperty('nextPageToken');
    expect((await meet.spaces.members.list({ parent, pageSize: 9999 })).data.members).toHaveLength(3);
  });

  it('patches the role by mask and batch-updates with the mask rules', async () => {
    const { meet, parent } = await spaceWithMeet();
    const a = (await meet.spaces.members.create({ parent, requestBody: { email: 'a@example.com' } })).data;
    const b = (await meet.spaces.members.create({ parent, requestBody: { email: 'b@example.com' } })).data;
    const patched = valid('meet.spaces.members.patch', (await meet.spaces.members.patch({ name: a.name!, updateMask: 'role', requestBody: { role: 'COHOST' } })).data);
    expect(patched.role).toBe('COHOST');
    expect(await googleError(meet.spaces.members.patch({ name: a.name!, updateMask: 'email', requestBody: { email: 'c@example.com' } }))).toMatchObject({ code: 400 });
    const batch = valid('meet.spaces.members.batchUpdate', (await meet.spaces.members.batchUpdate({ parent, requestBody: { updateMask: 'role', requests: [{ member: { name: a.name!, role: 'ROLE_UNSPECIFIED' } }, { member: { name: b.name!, role: 'COHOST' }, updateMask: 'role' }] } })).data);
    expect(batch.members!.map((m) => m.role)).toEqual([undefined, 'COHOST']);
    const childOnly = meet.spaces.members.batchUpdate({ parent, requestBody: { requests: [{ member: { name: a.name! }, updateMask: 'role' }] } });
    expect(await googleError(childOnly)).toMatchObject({ code: 400 });
  });

  it('adds `user` on v2beta and uses v2beta page sizes', async () => {
    const { parent } = await spaceWithMeet();
    const token = (await h.control.mintToken('ada@quickmeet.test', [MEET_SCOPES.created])).access_token;
    const call = (method: string, path: string, body?: unknown) =>
      fetch(`${h.baseUrl}/v2beta/${path}`, { method, headers: { authorization: `Bearer ${token}` }, ...(body ? { body: JSON.stringify(body) } : {}) });
    const created = (await (await call('POST', `${parent}/members`, { user: 'users/100000000000000000002' })).json()) as Record<string, unknown>;
    expect(created).toMatchObject({ email: 'grace@quickmeet.test', user: 'users/100000000000000000002' });
    expect((await call('POST', `${parent}/members`, { email: 'x@example.com', user: 'users/100000000000000000002' })).status).toBe(400);
  });

  it('lets only the creating app write members, and readonly tokens read them', async () => {
    const { meet, parent } = await spaceWithMeet();
    const otherApp = await h.meet({ clientId: 'other-app.apps.googleusercontent.com' });
    expect(await googleError(otherApp.spaces.members.create({ parent, requestBody: { email: 'z@example.com' } }))).toMatchObject({ code: 403 });
    const reader = await h.meet({ scopes: [MEET_SCOPES.readonly] });
    expect((await reader.spaces.members.list({ parent })).status).toBe(200);
    expect(await googleError(reader.spaces.members.create({ parent, requestBody: { email: 'z@example.com' } }))).toMatchObject({ code: 403, message: 'Request had insufficient authentication scopes.' });
    expect((await meet.spaces.members.list({ parent })).data).toEqual({});
  });
});
