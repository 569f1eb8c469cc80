import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCliHost } from '../../electron/cli/account-runtime';
import { signInDemoAccount } from '../../electron/cli/demo-runtime';
import { runCli } from '../../electron/cli/main';
import { resolveDataFolder } from '../../electron/host/data-folder';
import { createHost } from '../../electron/host/start-host';
import { MemoryClipboard, MemorySecretStore, RecordingNotifier, RecordingUrlOpener } from '../support/in-memory-ports';

const scratch = mkdtempSync(join(tmpdir(), 'quickmeet-demo-folder-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A fresh app-data root in `scratch`, as XDG_CONFIG_HOME would put it on Linux. */
function freshRoot(name: string): { readonly xdg: string; readonly root: string } {
  const xdg = join(scratch, name);
  mkdirSync(xdg);
  return { xdg, root: join(xdg, 'Quickmeet') };
}
const desktopClient = JSON.stringify({ installed: { client_id: 'id.apps.googleusercontent.com', client_secret: 'shh' } });

describe('the data folder every host runs on', () => {
  it('is <app-data>/demo in demo mode and <app-data> with a configured Google client', async () => {
    const { xdg, root } = freshRoot('rule');
    const env = { XDG_CONFIG_HOME: xdg };
    expect(await resolveDataFolder({ env })).toMatchObject({ dir: join(root, 'demo'), root, client: { mode: 'demo' } });
    // The same root given by the host (Electron's userData) decides the same way.
    expect((await resolveDataFolder({ env: {}, appDataRoot: root })).dir).toBe(join(root, 'demo'));
    expect((await resolveDataFolder({ env: { ...env, QUICKMEET_GOOGLE_CLIENT_ID: 'a', QUICKMEET_GOOGLE_CLIENT_SECRET: 'b' } })).dir).toBe(root);
    mkdirSync(root);
    writeFileSync(join(root, 'oauth-client.json'), desktopClient);
    expect(await resolveDataFolder({ env })).toMatchObject({ dir: root, client: { mode: 'google' } });
    // `npm run demo` and `--demo` force demo mode: still the demo folder, never the account's.
    expect((await resolveDataFolder({ env, forceDemo: true })).dir).toBe(join(root, 'demo'));
  });

  it('is QUICKMEET_HOME (or the caller\'s folder) itself, in either mode', async () => {
    const { xdg } = freshRoot('pinned');
    const pinned = join(scratch, 'pinned-home');
    expect((await resolveDataFolder({ env: { XDG_CONFIG_HOME: xdg, QUICKMEET_HOME: pinned } })).dir).toBe(pinned);
    expect((await resolveDataFolder({ env: { XDG_CONFIG_HOME: xdg }, home: pinned, forceDemo: true })).dir).toBe(pinned);
  });
});

describe('quickmeet beside the demo of another host', () => {
  const keychain = new MemorySecretStore(); // stands in for the one OS keychain every host shares
  const saved: Record<string, string | undefined> = {};
  const variables = ['XDG_CONFIG_HOME', 'QUICKMEET_HOME', 'QUICKMEET_OAUTH_CLIENT_FILE', 'QUICKMEET_GOOGLE_CLIENT_ID', 'QUICKMEET_GOOGLE_CLIENT_SECRET'];
  let root = '';
  beforeAll(() => {
    const fresh = freshRoot('shared');
    root = fresh.root;
    for (const name of variables) {
      saved[name] = process.env[name];
      delete process.env[name];
    }
    process.env['XDG_CONFIG_HOME'] = fresh.xdg;
  });
  afterAll(() => {
    for (const name of variables) if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  });

  it('finds the meeting made in the window, in the same demo folder, and says which folder', async () => {
    // The app as Electron starts it, on its userData and no configured client.
    const app = await createHost({
      appDataRoot: root,
      host: 'electron',
      version: '0.0.0-test',
      emulator: { autopilot: false },
      devices: () => ({ clipboard: new MemoryClipboard(), urlOpener: new RecordingUrlOpener(), notifier: new RecordingNotifier(), secrets: keychain }),
    });
    await signInDemoAccount(app, keychain);
    await app.start({ background: false });
    const { meetingCode } = (await app.core.services.meetings.instant.create({})).meeting;
    expect(app.node.dataDir).toBe(join(root, 'demo'));
    await app.stop();

    const out: string[] = [];
    const cli = (...args: string[]) =>
      runCli(['node', 'quickmeet', ...args], { out: (line) => out.push(line), err: (line) => out.push(`err: ${line}`) }, () =>
        startCliHost({ print: () => undefined, secrets: keychain, describe: () => 'demo mode' }),
      );
    expect(await cli('status')).toBe(0);
    expect(out).toEqual(['Signed in as ada@quickmeet.test (demo mode)', `Data folder: ${join(root, 'demo')}`]);
    out.length = 0;
    expect(await cli('join', meetingCode)).toBe(0);
    expect(out).toEqual([expect.stringContaining(meetingCode)]);
  });
});
