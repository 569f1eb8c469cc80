import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REAUTH_REASON_TEXT } from '../../../shared/model/reauth-reason-text';
import { EmulatorControl, type RunningEmulator, startEmulator } from '@quickmeet/emulator';
import { ManualClock, MemorySecretStore } from '../../support/in-memory-ports';
import { answerConsent } from './consent-browser';
import { startRealAuthHost } from './real-auth-host';

let emulator: RunningEmulator;
let control: EmulatorControl;

beforeAll(async () => {
  emulator = await startEmulator();
  control = new EmulatorControl(emulator.baseUrl);
});
afterAll(() => emulator.close());
beforeEach(() => control.reset());

/** The core and its Meet client as the app wires them, signed in through the consent page, on a clock the test moves. */
async function signedInHost() {
  const clock = new ManualClock(Date.now());
  const host = await startRealAuthHost(emulator, { secrets: new MemorySecretStore(), clock });
  const opened = host.urlOpener.nextOpened();
  const signingIn = host.api.auth.signIn({});
  await answerConsent(await opened);
  await signingIn;
  const space = await host.meet.createSpace();
  await control.clearRequests();
  return { host, clock, space };
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

describe('one refresh in flight, owned by the core (R7)', () => {
  it('sends one token POST for three parallel API calls made once the token has expired', async () => {
    const { host, clock, space } = await signedInHost();
    clock.advance(3600_000);
    const results = await Promise.all([host.meet.getSpace(space.name), host.meet.listConferenceRecords({}), host.meet.getSpace(space.name)]);
    expect(results[0].name).toBe(space.name);
    expect(await seen()).toEqual({ refreshes: 1, unauthorized: 0, meetCalls: 3 });
    await host.close();
  });

  it('shares that one refresh with the core renewing at the same moment (wake from sleep)', async () => {
    const { host, clock, space } = await signedInHost();
    clock.advance(3600_000);
    const [fresh] = await Promise.all([
      host.core.services.auth.ensureFresh(),
      host.meet.getSpace(space.name),
      host.meet.listConferenceRecords({}),
      host.meet.getSpace(space.name),
    ]);
    expect(fresh).toBeUndefined();
    expect(await seen()).toEqual({ refreshes: 1, unauthorized: 0, meetCalls: 3 });
    await host.close();
  });

  it('refreshes once and replays all three when the server refuses a token whose expiry is still ahead (F12)', async () => {
    const { host, space } = await signedInHost();
    // The server stops accepting the access token (a clock jump, a server-side expiry): the next three calls get 401.
    await control.setFaults({ method: 'meet.spaces.get', kind: 'status', status: 401, count: 3 });
    const results = await Promise.all([host.meet.getSpace(space.name), host.meet.getSpace(space.name), host.meet.getSpace(space.name)]);
    expect(results[2].name).toBe(space.name);
    const counts = await seen();
    expect(counts.unauthorized).toBe(3);
    expect(counts.meetCalls).toBe(6);
    expect(counts.refreshes).toBe(1);
    await host.close();
  });

  it('signs out to "sign in again" when the refresh after a 401 is refused (F13, F17)', async () => {
    const { host, space } = await signedInHost();
    await control.revokeTokens({ account: 'ada@quickmeet.test' });
    // The same words the window and the CLI use for a refused sign-in.
    await expect(host.meet.getSpace(space.name)).rejects.toMatchObject({ code: 'NEEDS_REAUTH', message: `${REAUTH_REASON_TEXT['expired-or-revoked']} Sign in again.` });
    expect(host.core.services.auth.state()).toMatchObject({ status: 'needsReauth', email: 'ada@quickmeet.test', reason: 'expired-or-revoked' });
    expect(await seen()).toMatchObject({ refreshes: 1, unauthorized: 1, meetCalls: 1 });
    await host.close();
  });
});
