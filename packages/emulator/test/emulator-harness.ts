/**
 * Starts an emulator and builds the app's client stack against it: googleapis' Meet module with
 * `rootUrl`, an OAuth2Client with its endpoints overridden, and the control API helpers.
 */
import { OAuth2Client } from 'google-auth-library';
import { meet_v2 } from 'googleapis/build/src/apis/meet/v2.js';
import { DEMO_CLIENT, startEmulator, type EmulatorOptions, type RunningEmulator } from '../src/index';
import { EmulatorControl, MEET_SCOPES } from '../src/control/control-client';
import { assertValidResponse } from './discovery/discovery-validator';

/** One emulator with helpers. */
export interface EmulatorHarness {
  readonly emulator: RunningEmulator;
  readonly baseUrl: string;
  readonly control: EmulatorControl;
  /** An OAuth2Client pointed at the emulator (DEMO_CLIENT). */
  oauthClient(redirectUri?: string): OAuth2Client;
  /** A Meet client signed in as `account` with `scopes` (default: meetings.space.created). */
  meet(options?: { account?: string; scopes?: ReadonlyArray<string>; clientId?: string }): Promise<meet_v2.Meet>;
  close(): Promise<void>;
}

/** Starts an emulator for one test file. */
export async function startHarness(options: EmulatorOptions = {}): Promise<EmulatorHarness> {
  const emulator = await startEmulator(options);
  const control = new EmulatorControl(emulator.baseUrl);
  const oauthClient = (redirectUri = 'http://127.0.0.1:53682/callback'): OAuth2Client =>
    new OAuth2Client({
      clientId: DEMO_CLIENT.clientId,
      clientSecret: DEMO_CLIENT.clientSecret,
      redirectUri,
      endpoints: {
        oauth2AuthBaseUrl: `${emulator.baseUrl}/o/oauth2/v2/auth`,
        oauth2TokenUrl: `${emulator.baseUrl}/token`,
        oauth2RevokeUrl: `${emulator.baseUrl}/revoke`,
        tokenInfoUrl: `${emulator.baseUrl}/tokeninfo`,
      },
    });
  return {
    emulator,
    baseUrl: emulator.baseUrl,
    control,
    oauthClient,
    async meet({ account = 'ada@quickmeet.test', scopes = [MEET_SCOPES.created], clientId } = {}) {
      const minted = await control.mintToken(account, scopes, clientId === undefined ? {} : { clientId });
      const auth = oauthClient();
      // A far expiry keeps the library from refreshing on its own: the emulator's clock decides expiry.
      auth.setCredentials({ access_token: minted.access_token, expiry_date: Date.now() + 365 * 86_400_000 });
      // No retries: tests see each answer exactly as the emulator gave it.
      return new meet_v2.Meet({ rootUrl: `${emulator.baseUrl}/`, auth, retry: false });
    },
    close: () => emulator.close(),
  };
}

/** Returns `data` after checking it against the method's discovery response schema. */
export function valid<T>(methodId: string, data: T): T {
  assertValidResponse(methodId, data);
  return data;
}

/** The Google error a rejected googleapis call carried: HTTP status and the envelope's status name. */
export async function googleError(call: Promise<unknown>): Promise<{ code: number; status: string; message: string; headers: Headers | Record<string, string> }> {
  try {
    await call;
  } catch (error) {
    const e = error as { status?: number; response?: { status: number; data: { error?: { status: string; message: string } }; headers: Headers } };
    const body = e.response?.data.error;
    return { code: e.response?.status ?? e.status ?? 0, status: body?.status ?? '', message: body?.message ?? '', headers: e.response?.headers ?? {} };
  }
  throw new Error('Expected the call to fail.');
}
