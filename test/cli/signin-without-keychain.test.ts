import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../electron/cli/exit-codes';
import { answerConsent } from '../adapters/auth/consent-browser';

/** Runs `quickmeet …args` as its own process with no session bus (so no keychain), answering the consent page. */
function quickmeet(home: string, ...args: string[]): Promise<{ status: number | null; out: string; err: string }> {
  const { DBUS_SESSION_BUS_ADDRESS: _bus, DISPLAY: _display, WAYLAND_DISPLAY: _wayland, ...rest } = process.env;
  // No PATH: no xdg-open, so no real browser starts; the consent page is answered from here.
  const env = { ...rest, PATH: '', QUICKMEET_HOME: home, DBUS_SESSION_BUS_ADDRESS: `unix:path=${join(tmpdir(), 'no-such-bus')}` };
  const child = spawn(process.execPath, ['--import', 'tsx', resolve('electron/cli/main.ts'), ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const consents: Array<Promise<unknown>> = [];
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  createInterface({ input: child.stderr }).on('line', (line) => {
    err += `${line}\n`;
    const url = /^Opening (\S+)/.exec(line)?.[1];
    if (url) consents.push(answerConsent(url, { account: 'grace@quickmeet.test' }));
  });
  return new Promise((done) => child.on('close', async (status) => (await Promise.all(consents), done({ status, out, err }))));
}

describe('quickmeet signin with no keychain', () => {
  it('says the sign-in lasts this run only and why, exits 3, and status then says signed out', async () => {
    const home = mkdtempSync(join(tmpdir(), 'quickmeet-nokeychain-'));
    const signIn = await quickmeet(home, 'signin');
    expect(signIn.out).toBe('');
    expect(signIn.err).toMatch(/^quickmeet: Signed in as grace@quickmeet\.test for this run only: the system keychain is not available .*not saved/m);
    expect(signIn.status).toBe(EXIT.auth);
    const status = await quickmeet(home, 'status');
    expect(status.out).toMatch(/^Not signed in/);
  });
});
