import { fixedToken } from '../../support/in-memory-ports';
import { createGoogleapisMeetClient, type GoogleapisMeetClientOptions } from '../../../electron/adapters/googleapis-meet-client';
import type { RetryEnvironment } from '../../../electron/adapters/retry-policy';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '@quickmeet/emulator';

export const CREATED_SCOPE = 'https://www.googleapis.com/auth/meetings.space.created';

/** A running emulator plus the calls these tests make to its control API. */
export interface MeetEmulator {
  readonly emulator: RunningEmulator;
  control<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  /** An access token for the first demo account with the given scopes. */
  token(scopes?: string[]): Promise<string>;
  /** Registers a fault (kind, status, retryAfterSeconds, count, applyFirst) for a route id. */
  fault(spec: Record<string, unknown>): Promise<void>;
  /** How many requests reached `apiMethod` (e.g. `meet.spaces.create`). */
  attempts(apiMethod: string): Promise<number>;
  /** A Meet client as the app builds it, signed in with a fresh token. */
  client(options?: Partial<GoogleapisMeetClientOptions>, scopes?: string[]): Promise<ReturnType<typeof createGoogleapisMeetClient>>;
}

/** Starts an emulator for one test file. */
export async function startMeetEmulator(options: EmulatorOptions = {}): Promise<MeetEmulator> {
  const emulator = await startEmulator(options);
  const control = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${emulator.baseUrl}/emulator/v1${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`control ${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const token = async (scopes = [CREATED_SCOPE]) =>
    (await control<{ access_token: string }>('POST', '/tokens', { account: 'ada@quickmeet.test', scopes })).access_token;
  return {
    emulator,
    control,
    token,
    fault: async (spec) => void (await control('POST', '/faults', spec)),
    attempts: async (apiMethod) =>
      (await control<{ requests: Array<{ apiMethod: string }> }>('GET', '/requests')).requests.filter((r) => r.apiMethod === apiMethod).length,
    client: async (options = {}, scopes) => {
      return createGoogleapisMeetClient({ tokens: fixedToken(await token(scopes)), rootUrl: `${emulator.baseUrl}/`, ...options });
    },
  };
}

/** Retries without real waiting: sleeps are recorded and the clock moves by them. */
export function instantRetries(): RetryEnvironment & { readonly sleeps: number[] } {
  let time = 0;
  const sleeps: number[] = [];
  const sleep = async (ms: number) => {
    sleeps.push(ms);
    time += ms;
  };
  return { sleeps, now: () => time, sleep, random: () => 0 };
}
