import { OAuth2Client } from 'google-auth-library';
import { afterEach, describe, expect, it } from 'vitest';
import { createGoogleapisMeetClient } from '../../../electron/adapters/googleapis-meet-client';
import { startEmulator, type RunningEmulator } from '../../../electron/emulator/index';
import { emulatorControl, MEET_SCOPES } from '../../support/emulator-control';

/** An auth client with a bug: it throws before any request leaves. */
class BrokenAuthClient extends OAuth2Client {
  override async request<T>(): Promise<never & T> {
    throw new TypeError("Cannot read properties of undefined (reading 'access_token')");
  }
}

let emulator: RunningEmulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

/** A Meet client on the emulator whose retry waits are counted instead of slept. */
async function clientWith(auth: OAuth2Client) {
  emulator ??= await startEmulator();
  const waits: number[] = [];
  const meet = createGoogleapisMeetClient({
    auth,
    rootUrl: `${emulator.baseUrl}/`,
    retryEnvironment: { now: Date.now, sleep: async (ms) => void waits.push(ms), random: () => 0 },
  });
  return { meet, waits, control: emulatorControl(emulator.baseUrl) };
}

describe('failures that are neither a response nor the network', () => {
  it('reports a fault inside Quickmeet once, as INTERNAL, instead of retrying it as a dropped connection', async () => {
    const { meet, waits, control } = await clientWith(new BrokenAuthClient());
    await expect(meet.listConferenceRecords({})).rejects.toMatchObject({ code: 'INTERNAL' });
    expect(waits).toEqual([]);
    expect(await control.requests()).toHaveLength(0);
  });

  it('still retries a real connection reset', async () => {
    emulator = await startEmulator();
    const control = emulatorControl(emulator.baseUrl);
    const auth = new OAuth2Client();
    const token = await control.mintToken('ada@quickmeet.test', [MEET_SCOPES.created]);
    auth.setCredentials({ access_token: token.access_token, expiry_date: Date.now() + 3_600_000 });
    const { meet, waits } = await clientWith(auth);
    await control.setFaults({ method: 'meet.conferenceRecords.list', kind: 'reset', count: 1 });
    await expect(meet.listConferenceRecords({})).resolves.toMatchObject({ items: [] });
    expect(waits).toHaveLength(1);
  });
});
