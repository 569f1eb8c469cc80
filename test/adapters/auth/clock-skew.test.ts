import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createGoogleOAuthClient } from '../../../electron/adapters/google-oauth-client';
import { emulatorEndpoints } from '../../../electron/adapters/google-oauth-endpoints';
import { createGoogleapisMeetClient } from '../../../electron/adapters/googleapis-meet-client';
import { createAccessTokenRefresher } from '../../../electron/core/auth/access-token-refresher';
import { systemClock } from '../../../electron/core/ports/clock';
import { DEMO_CLIENT, EmulatorControl, MEET_SCOPES, startEmulator } from '@quickmeet/emulator';
import { REPO_ROOT } from '../../shell/source-files';

const TWO_HOURS_MS = 2 * 3600_000;
// Debian's libfaketime (package `faketime`), preloaded straight into node so killing the child leaves no orphan.
const LIBFAKETIME = `/usr/lib/${process.arch === 'arm64' ? 'aarch64' : 'x86_64'}-linux-gnu/faketime/libfaketime.so.1`;
const hasFaketime = existsSync(LIBFAKETIME);
const children: ChildProcess[] = [];
afterAll(() => children.forEach((child) => child.kill('SIGTERM')));

/** Starts the standalone emulator in a child process whose clock libfaketime shifts by `offset` (e.g. `+2h`). */
async function skewedEmulator(offset: string): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/emulator/src/cli.ts', '--port', '0'], {
    cwd: REPO_ROOT,
    env: { ...process.env, LD_PRELOAD: LIBFAKETIME, FAKETIME: offset },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.split('\n')[0]!);
    });
    child.once('exit', (code) => reject(new Error(`emulator exited ${code}`)));
  });
}

/**
 * Signs a client in against the emulator at `baseUrl` and checks that the app judges its token by
 * the expiry it stored on its own clock: fresh right after the refresh, no refresh loop, API calls
 * accepted, whatever the server's clock says.
 */
async function expectSaneFreshness(baseUrl: string, expectedSkewMs: number): Promise<void> {
  const control = new EmulatorControl(baseUrl);
  // The setup really is skewed: the server's clock differs from ours by the offset.
  expect(Math.abs(Date.parse(await control.now()) - Date.now() - expectedSkewMs)).toBeLessThan(60_000);

  const oauth = createGoogleOAuthClient({ ...DEMO_CLIENT, endpoints: emulatorEndpoints(baseUrl), timeoutMs: 5_000 });
  const { refresh_token: refreshToken } = await control.mintToken('ada@quickmeet.test', ['openid', MEET_SCOPES.created], { clientId: DEMO_CLIENT.clientId, offline: true });
  await control.clearRequests();

  const refresher = createAccessTokenRefresher(oauth, systemClock);
  const tokens = await refresher.fresh(refreshToken!);
  // The stored expiry is our clock plus expires_in, not the server's idea of "now".
  expect(tokens.expiresAt - Date.now()).toBeGreaterThan(3500_000);
  expect(tokens.expiresAt - Date.now()).toBeLessThanOrEqual(3600_000);
  for (let i = 0; i < 3; i++) expect(await refresher.fresh(refreshToken!)).toBe(tokens);

  const meet = createGoogleapisMeetClient({ tokens: { accessToken: async () => (await refresher.fresh(refreshToken!)).accessToken }, rootUrl: `${baseUrl}/` });
  await meet.createSpace();
  await meet.listConferenceRecords({});
  const log = await control.requests();
  expect(log.filter((r) => r.apiMethod === 'oauth.token')).toHaveLength(1);
  expect(log.filter((r) => r.status === 401)).toEqual([]);
}

describe('clock skew between this machine and Google (F23)', () => {
  it.skipIf(!hasFaketime).each([
    ['two hours ahead', '+2h', TWO_HOURS_MS],
    ['two hours behind', '-2h', -TWO_HOURS_MS],
  ])('keeps token freshness sane when the server clock is %s (libfaketime)', { timeout: 30_000 }, async (_label, offset, skew) => {
    await expectSaneFreshness(await skewedEmulator(offset), skew);
  });

  it('keeps token freshness sane when the server clock is ahead (emulator clock moved, no libfaketime)', async () => {
    const emulator = await startEmulator();
    try {
      await new EmulatorControl(emulator.baseUrl).advanceClock(TWO_HOURS_MS / 1000);
      await expectSaneFreshness(emulator.baseUrl, TWO_HOURS_MS);
    } finally {
      await emulator.close();
    }
  });
});
