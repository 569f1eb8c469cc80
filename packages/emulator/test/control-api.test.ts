/** Control-API details not covered elsewhere: token revocation, grants, clock, settings, path forms. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEET_SCOPES } from '../src/control/control-client';
import { startHarness, type EmulatorHarness } from './emulator-harness';

let h: EmulatorHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('control API', () => {
  it('revokes one token, or every refresh token of an account for a client', async () => {
    const one = await h.control.mintToken('grace@quickmeet.test', [MEET_SCOPES.created], { offline: true });
    expect(await h.control.revokeTokens({ token: one.access_token })).toEqual({ revoked: 1 });
    expect((await fetch(`${h.baseUrl}/v2/conferenceRecords`, { headers: { authorization: `Bearer ${one.access_token}` } })).status).toBe(401);
    await h.control.mintToken('grace@quickmeet.test', [MEET_SCOPES.created], { offline: true });
    await h.control.mintToken('grace@quickmeet.test', [MEET_SCOPES.created], { offline: true, clientId: 'other-app' });
    expect(await h.control.revokeTokens({ account: 'grace@quickmeet.test', clientId: 'quickmeet-demo.apps.googleusercontent.com' })).toEqual({ revoked: 1 });
    const grants = await h.control.grants();
    expect(grants.find((g) => g.clientId === 'other-app')).toMatchObject({ liveRefreshTokens: 1 });
  });

  it('refuses unknown accounts and scopes when minting', async () => {
    await expect(h.control.mintToken('mallory@example.com', [MEET_SCOPES.created])).rejects.toMatchObject({ status: 400 });
    await expect(h.control.mintToken('ada@quickmeet.test', ['drive'])).rejects.toMatchObject({ status: 400 });
  });

  it('moves the clock forward only', async () => {
    const before = Date.parse(await h.control.now());
    const after = Date.parse(await h.control.advanceClock(3600));
    expect(after - before).toBeGreaterThanOrEqual(3600_000);
    await expect(h.control.advanceClock(-1)).rejects.toMatchObject({ status: 400 });
  });

  it('accepts the token in the access_token query parameter and escaped slashes in names', async () => {
    const token = (await h.control.mintToken('ada@quickmeet.test', [MEET_SCOPES.created])).access_token;
    const space = await h.control.createSpace();
    const id = space.name.split('/')[1]!;
    expect((await fetch(`${h.baseUrl}/v2/spaces%2F${id}?access_token=${token}`)).status).toBe(200);
  });

  it('answers unknown control and Meet paths with 404 in Google\'s envelope', async () => {
    const control = await fetch(`${h.baseUrl}/emulator/v1/nothing`);
    expect(control.status).toBe(404);
    expect(await control.json()).toMatchObject({ error: { status: 'NOT_FOUND' } });
    expect((await fetch(`${h.baseUrl}/v2/spaces/a/b/c`)).status).toBe(404);
  });
});
