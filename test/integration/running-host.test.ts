import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lock } from 'proper-lockfile';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emulatorControl } from '@quickmeet/emulator';
import { DataFolderInUseError, findRunningHost, holdDataFolder } from '../../electron/adapters/running-host-lock';
import { startBridge, type RunningBridge } from '../../electron/bridge/start-bridge';
import { startCliHost } from '../../electron/cli/account-runtime';
import { signInDemoAccount } from '../../electron/cli/demo-runtime';
import { writeJsonAtomically } from '../../electron/adapters/atomic-json-file';
import { MemorySecretStore } from '../support/in-memory-ports';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'quickmeet-running-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every file under `dir` with its size and modification time: what "untouched" means. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const info = statSync(join(dir, name));
    if (info.isFile()) files[name] = `${info.size}:${info.mtimeMs}:${readFileSync(join(dir, name), 'utf8').length}`;
  }
  return files;
}

describe('one long-running host per data folder', () => {
  const xdg = join(scratch, 'config');
  const demoDir = join(xdg, 'Quickmeet', 'demo');
  const saved = { ...process.env };
  let preview: RunningBridge;
  beforeAll(async () => {
    mkdirSync(xdg);
    for (const name of ['QUICKMEET_HOME', 'QUICKMEET_OAUTH_CLIENT_FILE', 'QUICKMEET_GOOGLE_CLIENT_ID', 'QUICKMEET_GOOGLE_CLIENT_SECRET']) delete process.env[name];
    process.env['XDG_CONFIG_HOME'] = xdg;
    preview = await startBridge({ appData: true, emulator: { autopilot: false } });
  });
  afterAll(async () => {
    await preview?.close();
    process.env = saved;
  });

  it('refuses a second preview on the same folder, says where the first one is, exits 1 and leaves the data alone', async () => {
    const before = snapshot(demoDir);
    const env = { ...process.env, QUICKMEET_BRIDGE_PORT: '0' };
    const second = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'electron/bridge/start-bridge.ts')], { env, encoding: 'utf8', timeout: 60_000 });
    expect(second.status).toBe(1);
    expect(second.stdout).toBe('');
    expect(second.stderr.trim()).toBe(
      `Quickmeet is already running on ${demoDir} (in the browser at ${preview.url}, process ${process.pid}). ` +
        'Use that one, or stop it first (Ctrl+C in its terminal, or Quit in its tray menu).',
    );
    expect(snapshot(demoDir)).toEqual(before);
  });

  it('lets a short quickmeet command run beside it, on the running emulator rather than a second one', async () => {
    const owned = () => Object.entries(snapshot(demoDir)).filter(([name]) => /^(meetings|spare-spaces)-[0-9a-f]{16}\.json$/.test(name));
    const ownedBefore = owned();
    const keychain = new MemorySecretStore();
    const cli = await startCliHost({
      print: () => undefined,
      secrets: keychain,
      prepare: (host) => signInDemoAccount(host, keychain),
      describe: (emulatorUrl) => `emulator at ${emulatorUrl}`,
    });
    try {
      expect(cli.target).toBe(`emulator at ${preview.emulatorUrl}`);
      const { meeting } = await cli.meetings.instant.create({});
      // The preview's Google knows the meeting: one state, one writer of demo-google.json.
      const conference = await emulatorControl(preview.emulatorUrl).startConference(meeting.meetingCode);
      expect(conference.space).toBe(meeting.space);
    } finally {
      await cli.close();
    }
    expect(await findRunningHost(demoDir)).toMatchObject({ host: 'bridge', url: preview.url, emulatorUrl: preview.emulatorUrl });
    // The account's registry and spare spaces are the running host's, kept in its memory and written whole: the
    // command neither took a spare from them nor wrote a snapshot over them.
    expect(owned()).toEqual(ownedBefore);
  });
});

describe('the data folder lock', () => {
  it('is free again once its host ends, and a left-over lock of a process that died is taken over at once', async () => {
    const dir = join(scratch, 'left-over');
    const first = await holdDataFolder(dir, { host: 'bridge' });
    await expect(holdDataFolder(dir, { host: 'electron' })).rejects.toBeInstanceOf(DataFolderInUseError);
    await first.release();
    expect(await findRunningHost(dir)).toBeUndefined();

    // A crash: the lock folder is fresh, but the process in the note is gone.
    const release = await lock(dir, { lockfilePath: join(dir, 'running.lock'), realpath: false });
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    await writeJsonAtomically(join(dir, 'running-host.json'), { pid: gone, host: 'electron' }, 'note');
    const second = await holdDataFolder(dir, { host: 'bridge' });
    expect(await findRunningHost(dir)).toMatchObject({ pid: process.pid, host: 'bridge' });
    await second.release();
    await release().catch(() => undefined);
  });
});
