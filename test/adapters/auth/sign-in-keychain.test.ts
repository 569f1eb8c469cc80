import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmulatorControl, type RunningEmulator, startEmulator } from '@quickmeet/emulator';
import { answerConsent } from './consent-browser';
import { startRealAuthHost } from './real-auth-host';

// Runs inside scripts/with-keyring.sh (as `npm test` does): a private, unlocked gnome-keyring. Outside it the
// suite is skipped rather than touching the developer's own keychain.
const keyring = process.env.QUICKMEET_KEYRING === '1';
const ACCOUNT = 'katherine@quickmeet.test';
const run = promisify(execFile);

const lookup = async (account: string): Promise<string> =>
  run('secret-tool', ['lookup', 'service', 'Quickmeet', 'account', account]).then(
    (r) => r.stdout.trim(),
    () => '',
  );

/** Every file under `dir`, as text. */
function filesUnder(dir: string): Array<{ path: string; text: string }> {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => ({ path, text: readFileSync(path, 'latin1') }));
}

describe.runIf(keyring)('sign-in end to end with the real keychain and the emulator (O9, O10, O12, O15)', () => {
  let emulator: RunningEmulator;
  let control: EmulatorControl;
  beforeAll(async () => {
    emulator = await startEmulator();
    control = new EmulatorControl(emulator.baseUrl);
  });
  afterAll(() => emulator.close());

  it('keeps the refresh token only in the keychain, signs in again without a browser, and signs out cleanly', async () => {
    const host = await startRealAuthHost(emulator);
    const opened = host.urlOpener.nextOpened();
    const signingIn = host.api.auth.signIn({});
    const answer = await answerConsent(await opened, { account: ACCOUNT });
    expect(answer.status).toBe(200);
    const result = await signingIn;
    expect(result).toEqual({ ok: true, value: expect.objectContaining({ status: 'signedIn', email: ACCOUNT, persisted: true }) });

    const refreshToken = await lookup(ACCOUNT);
    expect(refreshToken).toMatch(/^1\/\//);
    await host.api.settings.update({ notifyOnJoin: true });

    // Zero matches anywhere but the keychain: data dir (settings, documents, logs), captured log lines, every IPC message.
    const files = filesUnder(host.home);
    expect(files.map((f) => f.path)).toEqual(expect.arrayContaining([join(host.home, 'settings.json'), join(host.home, 'account.json')]));
    expect(files.filter((f) => f.text.includes(refreshToken)).map((f) => f.path)).toEqual([]);
    expect(host.logs.filter((line) => line.includes(refreshToken))).toEqual([]);
    expect(host.wire.length).toBeGreaterThan(3);
    expect(host.wire.filter((message) => message.includes(refreshToken))).toEqual([]);
    expect(host.wire.filter((message) => /ya29\.|1\/\//.test(message))).toEqual([]);
    // The client secret is public but still no business of the renderer or the logs (O8).
    expect([...host.wire, ...host.logs].filter((text) => text.includes('GOCSPX'))).toEqual([]);
    await host.close();

    // A second start signs in from the keychain: no browser, no new refresh token minted (O10).
    const minted = (await control.grants()).find((g) => g.account === ACCOUNT)?.refreshTokensMinted;
    const again = await startRealAuthHost(emulator, { home: host.home });
    expect(await again.api.auth.getState({})).toEqual({ ok: true, value: expect.objectContaining({ status: 'signedIn', email: ACCOUNT, persisted: true }) });
    expect(again.urlOpener.opened).toEqual([]);
    await again.core.handlers['auth.getState']({}, { senderId: 't' });
    expect((await control.grants()).find((g) => g.account === ACCOUNT)?.refreshTokensMinted).toBe(minted);

    // Sign-out revokes once and the keychain entry is gone (O12).
    await control.clearRequests();
    expect(await again.api.auth.signOut({})).toEqual({ ok: true, value: { status: 'signedOut' } });
    expect(await lookup(ACCOUNT)).toBe('');
    expect((await control.requests()).filter((r) => r.apiMethod === 'oauth.revoke')).toHaveLength(1);
    expect((await control.grants()).find((g) => g.account === ACCOUNT)?.liveRefreshTokens ?? 0).toBe(0);
    await again.close();
  });
});

