import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { createKeytarSecretStore, KEYCHAIN_TIMEOUT_MS } from '../../../electron/adapters/keytar-secret-store';

const run = promisify(execFile);
const keyring = process.env.QUICKMEET_KEYRING === '1';

describe('keytar addon (K1)', () => {
  it('loads: the native build really happened', () => {
    const keytar = createRequire(import.meta.url)('keytar') as Record<string, unknown>;
    for (const method of ['getPassword', 'setPassword', 'deletePassword', 'findCredentials']) expect(typeof keytar[method]).toBe('function');
  });

  it('is approved in allowScripts so a stricter npm cannot skip its build silently', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { allowScripts?: Record<string, boolean> };
    expect(pkg.allowScripts?.['keytar']).toBe(true);
  });

  it('turns an addon that fails to load into KEYCHAIN_UNAVAILABLE', async () => {
    const store = createKeytarSecretStore({ load: () => Promise.reject(new Error('Cannot find module keytar.node')) });
    await expect(store.get('x@quickmeet.test')).rejects.toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE', message: expect.stringContaining('keytar.node') });
  });

  it('waits for a person answering the keychain prompt (a minute here), and gives up only after the timeout', async () => {
    vi.useFakeTimers();
    try {
      // A keychain that answers when the person clicks "Allow" or types the keyring password.
      const answers: Array<() => void> = [];
      const prompting = { getPassword: () => new Promise<string>((resolve) => answers.push(() => resolve('1//0secret'))) };
      const store = createKeytarSecretStore({ load: async () => prompting as never });
      const read = store.get('ada@quickmeet.test');
      await vi.advanceTimersByTimeAsync(60_000);
      answers[0]!();
      expect(await read).toBe('1//0secret');

      const unanswered = store.get('ada@quickmeet.test').catch((error: unknown) => error);
      await vi.advanceTimersByTimeAsync(KEYCHAIN_TIMEOUT_MS);
      expect(await unanswered).toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE' });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe.runIf(keyring)('keytar secret store on a real Secret Service', () => {
  it('sets, reads, and deletes one entry per account under service Quickmeet', async () => {
    const store = createKeytarSecretStore();
    const account = `k-${randomBytes(4).toString('hex')}@quickmeet.test`;
    const secret = `1//0${randomBytes(24).toString('base64url')}`;
    await store.set(account, secret);
    expect(await store.get(account)).toBe(secret);
    const { stdout } = await run('secret-tool', ['lookup', 'service', 'Quickmeet', 'account', account]);
    expect(stdout.trim()).toBe(secret);
    expect(await store.delete(account)).toBe(true);
    expect(await store.get(account)).toBeNull();
    expect(await store.delete(account)).toBe(false);
  });
});

/** Runs the adapter in a child process with the given environment and reports what a `set` did. */
async function setInChild(env: NodeJS.ProcessEnv): Promise<{ code?: string; message?: string; ok?: boolean }> {
  const dir = mkdtempSync(join(tmpdir(), 'quickmeet-keytar-'));
  const script = join(dir, 'probe.ts');
  const adapter = resolve('electron/adapters/keytar-secret-store.ts');
  writeFileSync(
    script,
    `import { createKeytarSecretStore } from ${JSON.stringify(adapter)};
createKeytarSecretStore({ timeoutMs: 5000 }).set('probe@quickmeet.test', '1//0probe-token-value-xyz')
  .then(() => console.log(JSON.stringify({ ok: true })), (e) => console.log(JSON.stringify({ code: e.code, message: e.message })));`,
  );
  const { stdout } = await run(process.execPath, ['--import', 'tsx', script], { env, timeout: 15_000 });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
}

describe('keychain unavailable (O16, F24)', () => {
  it('without a session bus, fails fast with KEYCHAIN_UNAVAILABLE', async () => {
    const { DBUS_SESSION_BUS_ADDRESS: _bus, DISPLAY: _display, ...rest } = process.env;
    const result = await setInChild({ ...rest, DBUS_SESSION_BUS_ADDRESS: `unix:path=${join(tmpdir(), 'no-such-bus')}` });
    expect(result).toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE' });
  });

  it.runIf(keyring)('with a bus but no Secret Service, fails with KEYCHAIN_UNAVAILABLE', async () => {
    const config = join(mkdtempSync(join(tmpdir(), 'quickmeet-bus-')), 'session.conf');
    writeFileSync(
      config,
      `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN" "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig><type>session</type><listen>unix:tmpdir=${tmpdir()}</listen><policy context="default"><allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/><allow own="*"/></policy></busconfig>`,
    );
    const { stdout } = await run('dbus-daemon', [`--config-file=${config}`, '--fork', '--print-address=1', '--print-pid=1']);
    const [address, pid] = stdout.trim().split('\n');
    try {
      const result = await setInChild({ ...process.env, DBUS_SESSION_BUS_ADDRESS: address });
      expect(result).toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE', message: expect.stringContaining('org.freedesktop.secrets') });
    } finally {
      process.kill(Number(pid));
    }
  });
});

describe('no plaintext fallback (K2)', () => {
  it('never stores tokens through Electron safeStorage, whose Linux basic_text backend is a hard-coded key', async () => {
    const { readdirSync } = await import('node:fs');
    const sources = readdirSync('electron', { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'));
    const users = sources.filter((name) => /\bsafeStorage\b/.test(readFileSync(join('electron', name), 'utf8')));
    expect(users).toEqual([]);
  });
});
