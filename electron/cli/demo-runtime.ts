import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACCOUNT_DOCUMENT } from '../core/auth/create-auth';
import { BASE_SCOPES } from '../core/auth/scopes';
import type { SecretStore } from '../core/ports/secret-store';
import type { Host } from '../host/start-host';
import { startCliHost } from './account-runtime';
import type { CliRuntime } from './cli-runtime';

/**
 * `--demo`: the same host as every command, forced into demo mode on a fresh emulator and a temporary
 * app-data folder, signed in as the emulator's first demo account without a browser or the keychain:
 * the emulator's control API mints a refresh token, and the core restores the session from it.
 */
export async function startDemoRuntime(): Promise<CliRuntime> {
  const home = await mkdtemp(join(tmpdir(), 'quickmeet-demo-'));
  const secrets = sessionSecrets();
  return startCliHost({
    home,
    forceDemo: true,
    emulator: { autopilot: false },
    secrets,
    print: () => undefined,
    prepare: (host) => signInDemoAccount(host, secrets),
    cleanup: () => rm(home, { recursive: true, force: true }),
    describe: (emulatorUrl) => `demo emulator at ${emulatorUrl}`,
  });
}

/** Leaves the emulator's first account signed in for the core's start-up restore, as a second start of the app would. */
export async function signInDemoAccount(host: Host, secrets: SecretStore): Promise<void> {
  const control = host.node.emulator?.control;
  if (!control) throw new Error('--demo runs on the built-in emulator, and none started');
  const [first] = await control.accounts();
  if (!first) throw new Error('the demo emulator has no accounts');
  const { email } = first;
  // The control API mints for the demo build's OAuth client unless told otherwise.
  const minted = await control.mintToken(email, BASE_SCOPES, { offline: true });
  if (!minted.refresh_token) throw new Error('the demo emulator minted no refresh token');
  await secrets.set(email, minted.refresh_token);
  await host.node.ports.documents(ACCOUNT_DOCUMENT).write({ email, scopes: [...BASE_SCOPES] });
  await host.node.ports.documents.flush?.();
}

/** Secrets held for this run only: the demo account never reaches the keychain. */
function sessionSecrets(): SecretStore {
  const entries = new Map<string, string>();
  return {
    get: async (account) => entries.get(account) ?? null,
    set: async (account, secret) => void entries.set(account, secret),
    delete: async (account) => entries.delete(account),
  };
}
