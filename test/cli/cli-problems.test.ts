/**
 * `quickmeet` run as a person runs it (a child process): what went wrong reaches stderr, and the
 * command always ends, with the status the README's table gives.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs the CLI from source with `QUICKMEET_HOME` set; answers its status and both streams once it exits. */
function quickmeet(home: string, ...args: string[]): Promise<{ status: number | null; out: string; err: string }> {
  return run(home, false, ...args);
}

/** Runs the CLI; with `closeStdout` its reader goes away at once, as `quickmeet status | head -c0` does. */
function run(home: string, closeStdout: boolean, ...args: string[]): Promise<{ status: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], {
    env: { ...process.env, QUICKMEET_HOME: home, QUICKMEET_GOOGLE_CLIENT_ID: '', QUICKMEET_OAUTH_CLIENT_FILE: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  if (closeStdout) child.stdout.destroy();
  else child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (status) => resolve({ status, out, err })));
}

describe('quickmeet tells what went wrong, and ends', () => {
  it('prints the notice for a damaged settings file on stderr, keeps the old file, and succeeds', async () => {
    const home = mkdtempSync(join(tmpdir(), 'quickmeet-cli-'));
    writeFileSync(join(home, 'settings.json'), '{"copyFormat":"li');
    const run = await quickmeet(home, 'status');
    expect(run.status).toBe(0);
    expect(run.out).toMatch(/^Not signed in \(demo mode/);
    expect(run.err).toMatch(/^quickmeet: Your settings file could not be used \(the file is not valid JSON\)/m);
    expect(readdirSync(home).filter((name) => name.startsWith('settings.json.corrupt-'))).toHaveLength(1);
  });

  it('ends instead of hanging when QUICKMEET_HOME is a file, and says what cannot be saved', async () => {
    const home = join(mkdtempSync(join(tmpdir(), 'quickmeet-cli-')), 'not-a-folder');
    writeFileSync(home, 'a file');
    const run = await quickmeet(home, 'status');
    expect(run.status).toBe(0);
    expect(run.err).toMatch(/^quickmeet: Quickmeet cannot save settings .*ENOTDIR/m);
    for (const line of run.err.trim().split('\n')) expect(line).toMatch(/^quickmeet: /);
  });

  it('ends quietly when the reader of its output has gone away (EPIPE)', async () => {
    const home = mkdtempSync(join(tmpdir(), 'quickmeet-cli-'));
    const closed = await run(home, true, 'status');
    expect(closed.err).not.toMatch(/EPIPE|Error|at /);
    expect(closed.status).toBe(0);
  });
});
