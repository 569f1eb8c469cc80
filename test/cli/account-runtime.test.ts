import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { startAccountRuntime } from '../../electron/cli/account-runtime';
import { runCli } from '../../electron/cli/main';
import { answerConsent } from '../adapters/auth/consent-browser';
import { emulatorControl } from '@quickmeet/emulator';

// Uses the real keychain: only inside scripts/with-keyring.sh (as `npm test` runs it).
const withKeyring = process.env.QUICKMEET_KEYRING === '1';

/** Runs the CLI in-process on the user's own (here: demo) account, answering the consent page when asked. */
async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const consents: Array<Promise<unknown>> = [];
  const status = await runCli(['node', 'quickmeet', ...args], { out: (l) => out.push(l), err: (l) => err.push(l) }, () =>
    startAccountRuntime((line) => {
      const url = /^Opening (\S+)/.exec(line)?.[1];
      if (url) consents.push(answerConsent(url, { account: 'grace@quickmeet.test' }));
    }),
  );
  await Promise.all(consents);
  return { status, out, err, consents: consents.length };
}

/** Runs the CLI like `cli`, and answers how many spaces.create reached the demo emulator during the command. */
async function cliCountingCreates(...args: string[]) {
  let creates = -1;
  // No spare left over from earlier commands: a command that refilled the pool would have to create one.
  const home = process.env.QUICKMEET_HOME ?? '';
  for (const file of readdirSync(home, { recursive: true, encoding: 'utf8' })) {
    if (basename(file) === 'spare-spaces.json') rmSync(join(home, file), { force: true });
  }
  const status = await runCli(['node', 'quickmeet', ...args], { out: () => undefined, err: () => undefined }, async () => {
    const runtime = await startAccountRuntime(() => undefined);
    const baseUrl = /emulator at (http:\/\/127\.0\.0\.1:\d+)/.exec(runtime.target)?.[1] ?? '';
    return {
      ...runtime,
      close: async () => {
        await runtime.meetings.pool.whenIdle();
        creates = (await emulatorControl(baseUrl).requests()).filter((r) => r.apiMethod === 'meet.spaces.create').length;
        await runtime.close();
      },
    };
  });
  return { status, creates };
}

describe.runIf(withKeyring)('quickmeet CLI on the app account (demo mode, real keychain)', () => {
  beforeAll(() => {
    process.env.QUICKMEET_HOME = mkdtempSync(join(tmpdir(), 'quickmeet-cli-'));
    process.env.PATH = ''; // no xclip/xdg-open: the CLI must still print the link and the sign-in address
  });
  const keychainEntry = () => {
    try {
      return execFileSync('/usr/bin/secret-tool', ['lookup', 'service', 'Quickmeet', 'account', 'grace@quickmeet.test'], { encoding: 'utf8' });
    } catch {
      return '';
    }
  };

  it('says who is signed in, refuses to create before sign-in, signs in, creates and signs out', async () => {
    const before = await cli('status');
    expect(before.status).toBe(0);
    expect(before.out).toEqual([
      expect.stringMatching(/^Not signed in \(demo mode, emulator at http:\/\/127\.0\.0\.1:\d+\)$/),
      `Data folder: ${process.env.QUICKMEET_HOME}`,
    ]);

    const refused = await cli('new');
    expect(refused.status).not.toBe(0);
    expect(refused.err).toHaveLength(1);
    expect(refused.err[0]).toMatch(/^quickmeet: .*sign in/i);

    const signIn = await cli('signin');
    expect(signIn.consents).toBe(1);
    expect(signIn.status).toBe(0);
    expect(signIn.out).toEqual(['Signed in as grace@quickmeet.test']);
    expect(keychainEntry()).toMatch(/^1\/\//);

    // A new process: the sign-in comes back from the keychain, and the demo Google state from its file.
    const created = await cli('new', '--format', 'code');
    expect(created.err).toEqual([]);
    expect(created.status).toBe(0);
    expect(created.out.at(-1)).toMatch(/^[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
    expect((await cli('status')).out[0]).toMatch(/^Signed in as grace@quickmeet\.test/);

    const signOut = await cli('signout');
    expect(signOut.status).toBe(0);
    expect(keychainEntry()).toBe('');
    expect((await cli('status')).out[0]).toMatch(/^Not signed in/);
  });

  it('creates no Meet space (no spare refill) for status, join or signout', async () => {
    expect((await cli('signin')).status).toBe(0);
    const status = await cliCountingCreates('status');
    expect(status).toEqual({ status: 0, creates: 0 });
    const join = await cliCountingCreates('join', 'abc-mnop-xyz');
    expect(join.creates).toBe(0);
    expect(await cliCountingCreates('signout')).toEqual({ status: 0, creates: 0 });
  });
});
