import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGoogleOAuthClient } from '../../../electron/adapters/google-oauth-client';
import { emulatorEndpoints } from '../../../electron/adapters/google-oauth-endpoints';
import { createGoogleapisMeetClient } from '../../../electron/adapters/googleapis-meet-client';
import { DEMO_CLIENT, startEmulator, type RunningEmulator } from '../../../electron/emulator/index';
import { EmulatorControl, MEET_SCOPES } from '../../support/emulator-control';

let emulator: RunningEmulator;
let control: EmulatorControl;

beforeAll(async () => {
  emulator = await startEmulator();
  control = new EmulatorControl(emulator.baseUrl);
});
afterAll(() => emulator.close());
beforeEach(() => control.reset());

/** The OAuth client and the Meet client sharing its credentials, as the app wires them, holding a live refresh token. */
async function signedInClients() {
  const oauth = createGoogleOAuthClient({ ...DEMO_CLIENT, endpoints: emulatorEndpoints(emulator.baseUrl), timeoutMs: 5_000 });
  const meet = createGoogleapisMeetClient({ auth: oauth.authClient, rootUrl: `${emulator.baseUrl}/` });
  const minted = await control.mintToken('ada@quickmeet.test', ['openid', MEET_SCOPES.created], { clientId: DEMO_CLIENT.clientId, offline: true });
  oauth.useCredentials({ refreshToken: minted.refresh_token!, accessToken: minted.access_token, expiresAt: Date.now() + minted.expires_in * 1000 });
  const space = await meet.createSpace();
  await control.clearRequests();
  return { oauth, meet, refreshToken: minted.refresh_token!, space };
}

/** What the emulator saw: refresh POSTs and Meet calls answered 401. */
async function seen() {
  const log = await control.requests();
  return {
    refreshes: log.filter((r) => r.apiMethod === 'oauth.token' && r.grant === 'refresh_token').length,
    unauthorized: log.filter((r) => r.apiMethod.startsWith('meet.') && r.status === 401).length,
    meetCalls: log.filter((r) => r.apiMethod.startsWith('meet.')).length,
  };
}

describe('one refresh in flight (R7)', () => {
  it('sends one token POST for three parallel API calls made with an expired token', async () => {
    const { oauth, meet, refreshToken, space } = await signedInClients();
    oauth.useCredentials({ refreshToken, accessToken: 'ya29.expired-an-hour-ago', expiresAt: Date.now() - 3600_000 });
    const results = await Promise.all([meet.getSpace(space.name), meet.listConferenceRecords({}), meet.getSpace(space.name)]);
    expect(results[0].name).toBe(space.name);
    expect(await seen()).toEqual({ refreshes: 1, unauthorized: 0, meetCalls: 3 });
  });

  it('shares that one refresh with the core refreshing at the same moment (wake from sleep)', async () => {
    const { oauth, meet, refreshToken, space } = await signedInClients();
    oauth.useCredentials({ refreshToken, accessToken: 'ya29.expired-an-hour-ago', expiresAt: Date.now() - 3600_000 });
    const [fresh] = await Promise.all([oauth.refresh(refreshToken), meet.getSpace(space.name), meet.listConferenceRecords({}), meet.getSpace(space.name)]);
    expect(fresh.accessToken).toMatch(/^ya29\./);
    expect(await seen()).toEqual({ refreshes: 1, unauthorized: 0, meetCalls: 3 });
  });

  it('refreshes once and replays all three when the server refuses a token whose expiry is still ahead (F12)', async () => {
    const { oauth, meet, refreshToken, space } = await signedInClients();
    oauth.useCredentials({ refreshToken, accessToken: 'ya29.no-longer-accepted', expiresAt: Date.now() + 3000_000 });
    const results = await Promise.all([meet.getSpace(space.name), meet.listConferenceRecords({}), meet.getSpace(space.name)]);
    expect(results[2].name).toBe(space.name);
    const counts = await seen();
    expect(counts.unauthorized).toBe(3);
    expect(counts.meetCalls).toBe(6);
    expect(counts.refreshes).toBe(1);
  });
});
