import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeytarSecretStore } from '../../../electron/adapters/keytar-secret-store';
import { MEET_READONLY_SCOPE } from '../../../electron/core/auth/scopes';
import { startEmulator, type RunningEmulator } from '@quickmeet/emulator';
import { MemorySecretStore } from '../../support/in-memory-ports';
import { answerConsent } from './consent-browser';
import { startRealAuthHost } from './real-auth-host';

let emulator: RunningEmulator;
beforeAll(async () => (emulator = await startEmulator()));
afterAll(() => emulator.close());

describe('sign-in through the core against the emulator', () => {
  it('works for the session when the keychain is unavailable, says so, and leaves no token on disk (O16, F24)', async () => {
    const secrets = createKeytarSecretStore({ load: () => Promise.reject(new Error('Cannot autolaunch D-Bus without X11 $DISPLAY')) });
    const host = await startRealAuthHost(emulator, { secrets });
    const opened = host.urlOpener.nextOpened();
    const signingIn = host.api.auth.signIn({});
    await answerConsent(await opened, { account: 'alan@quickmeet.test' });
    expect(await signingIn).toEqual({ ok: true, value: expect.objectContaining({ status: 'signedIn', email: 'alan@quickmeet.test', persisted: false }) });
    const notices = await host.api.app.listNotices({});
    expect(notices).toEqual({ ok: true, value: [expect.objectContaining({ id: 'keychain-unavailable', level: 'warning' })] });
    const disk = readdirSync(host.home, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.json'));
    for (const name of disk) expect(readFileSync(join(host.home, name), 'utf8')).not.toMatch(/1\/\/|ya29\./);
    await host.close();
  });

  it('gates features on the scopes actually granted and asks for more only on demand (O11, F22)', async () => {
    const host = await startRealAuthHost(emulator, { secrets: new MemorySecretStore() });
    const opened = host.urlOpener.nextOpened();
    const signingIn = host.api.auth.signIn({});
    await answerConsent(await opened, { account: 'grace@quickmeet.test', untick: ['https://www.googleapis.com/auth/meetings.space.created'] });
    expect(await signingIn).toEqual({ ok: true, value: expect.objectContaining({ status: 'signedIn', capabilities: [] }) });

    const more = host.urlOpener.nextOpened(1);
    const requesting = host.api.auth.requestCapability({ capability: 'readAllConferences' });
    const consentUrl = new URL(await more);
    expect(consentUrl.searchParams.get('scope')).toContain(MEET_READONLY_SCOPE);
    expect(consentUrl.searchParams.get('prompt')).toBeNull();
    expect(consentUrl.searchParams.get('login_hint')).toBe('grace@quickmeet.test');
    await answerConsent(consentUrl.toString(), { account: 'grace@quickmeet.test' });
    expect(await requesting).toEqual({ ok: true, value: expect.objectContaining({ capabilities: expect.arrayContaining(['readAllConferences']) }) });
    await host.close();
  });

  it('denied in the browser: a friendly error, signed out, listener closed (F18)', async () => {
    const host = await startRealAuthHost(emulator, { secrets: new MemorySecretStore() });
    const opened = host.urlOpener.nextOpened();
    const signingIn = host.api.auth.signIn({});
    const answer = await answerConsent(await opened, { decision: 'deny' });
    expect(answer.status).toBe(200);
    expect(await signingIn).toEqual({ ok: false, error: expect.objectContaining({ code: 'CANCELLED' }) });
    await expect(fetch(answer.redirectUrl)).rejects.toThrow();
    expect(await host.api.auth.getState({})).toEqual({ ok: true, value: expect.objectContaining({ status: 'signedOut' }) });
    await host.close();
  });
});
