import { afterEach, describe, expect, it } from 'vitest';
import { createGoogleapisMeetClient } from '../../../electron/adapters/googleapis-meet-client';
import type { AccessTokenSource } from '../../../electron/core/ports/access-token';
import { emulatorControl, MEET_SCOPES, type RunningEmulator, startEmulator } from '@quickmeet/emulator';
import { fixedToken } from '../../support/in-memory-ports';

/** A token source with a bug: it throws before any request leaves. */
const brokenTokens: AccessTokenSource = {
  accessToken: async () => {
    throw new TypeError("Cannot read properties of undefined (reading 'access_token')");
  },
};

let emulator: RunningEmulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

/** A Meet client on the emulator whose retry waits are counted instead of slept. */
async function clientWith(tokens: AccessTokenSource) {
  emulator ??= await startEmulator();
  const waits: number[] = [];
  const meet = createGoogleapisMeetClient({
    tokens,
    rootUrl: `${emulator.baseUrl}/`,
    retryEnvironment: { now: Date.now, sleep: async (ms) => void waits.push(ms), random: () => 0 },
  });
  return { meet, waits, control: emulatorControl(emulator.baseUrl) };
}

describe('failures that are neither a response nor the network', () => {
  it('reports a fault inside Quickmeet once, as INTERNAL, instead of retrying it as a dropped connection', async () => {
    const { meet, waits, control } = await clientWith(brokenTokens);
    await expect(meet.listConferenceRecords({})).rejects.toMatchObject({ code: 'INTERNAL' });
    expect(waits).toEqual([]);
    expect(await control.requests()).toHaveLength(0);
  });

  it('still retries a real connection reset', async () => {
    emulator = await startEmulator();
    const control = emulatorControl(emulator.baseUrl);
    const token = await control.mintToken('ada@quickmeet.test', [MEET_SCOPES.created]);
    const { meet, waits } = await clientWith(fixedToken(token.access_token));
    await control.setFaults({ method: 'meet.conferenceRecords.list', kind: 'reset', count: 1 });
    await expect(meet.listConferenceRecords({})).resolves.toMatchObject({ items: [] });
    expect(waits).toHaveLength(1);
  });
});
