import { z } from 'zod';
import { AppError } from '../../shared/ipc/result';
import type { AuthState } from '../../shared/model/auth-state';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';
import { createGoogleapisMeetClient } from '../adapters/googleapis-meet-client';
import type { AuthSession } from '../core/auth/auth-session';
import { createMeetingsFeature } from '../core/meetings/meetings-feature';
import type { DocumentStoreFactory } from '../core/ports/document-store';
import { systemClock } from '../core/ports/clock';
import { startEmulator } from '../emulator/index';
import type { CliRuntime } from './cli-runtime';
import { quietLogger, silentNotifier } from './cli-ports';
import { SystemBrowser } from '../adapters/system-browser';
import { SystemClipboard } from '../adapters/system-clipboard';

const CREATED_SCOPE = 'https://www.googleapis.com/auth/meetings.space.created';
const Accounts = z.object({ accounts: z.array(z.object({ email: z.string() })).min(1) });
const Token = z.object({ access_token: z.string().min(1) });

/**
 * A fresh in-process emulator, signed in as its first demo account with a token from the control
 * API (no browser, no keychain), so `quickmeet new --demo` works in a script without a display.
 */
export async function startDemoRuntime(): Promise<CliRuntime> {
  const emulator = await startEmulator();
  const control = async (path: string, init?: RequestInit) => (await fetch(`${emulator.baseUrl}/emulator/v1${path}`, init)).json();
  const email = Accounts.parse(await control('/accounts')).accounts[0]?.email ?? 'ada@quickmeet.test';
  const token = Token.parse(
    await control('/tokens', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ account: email, scopes: [CREATED_SCOPE] }) }),
  );

  let state: AuthState = { status: 'signedIn', email, capabilities: ['createSpaces'], persisted: false };
  const session: AuthSession = {
    state: () => state,
    onChange: () => () => undefined,
    require: () => {
      if (state.status !== 'signedIn') throw new AppError('NOT_SIGNED_IN', 'Signed out of the demo account.');
    },
    ensureFresh: async () => undefined,
  };
  const clipboard = new SystemClipboard();
  const settings = { get: () => ({ ...DEFAULT_SETTINGS, keepSpareSpace: false }), onChange: () => () => undefined };
  const meetings = createMeetingsFeature({
    meet: createGoogleapisMeetClient({ tokens: { accessToken: async () => token.access_token }, rootUrl: `${emulator.baseUrl}/` }),
    auth: session,
    settings,
    documents: memoryDocuments(),
    clipboard,
    notifier: silentNotifier,
    browser: new SystemBrowser(),
    clock: systemClock,
    logger: quietLogger,
  });
  await meetings.start({ refill: false });
  return {
    meetings,
    settings,
    clipboard,
    target: `demo emulator at ${emulator.baseUrl}`,
    authState: () => state,
    signIn: async () => state,
    signOut: async () => {
      state = { status: 'signedOut' };
    },
    close: async () => {
      meetings.stop();
      await emulator.close();
    },
  };
}

/** Documents that live as long as the demo emulator does. */
function memoryDocuments(): DocumentStoreFactory {
  const files = new Map<string, unknown>();
  return (name) => ({ read: async () => files.get(name), write: async (value) => void files.set(name, value) });
}
