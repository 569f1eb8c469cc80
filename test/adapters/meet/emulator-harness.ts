import { afterAll, beforeAll, beforeEach } from 'vitest';
import { fixedToken } from '../../support/in-memory-ports';
import { createGoogleapisMeetClient, type GoogleapisMeetClientOptions } from '../../../electron/adapters/googleapis-meet-client';
import type { RetryEnvironment } from '../../../electron/adapters/retry-policy';
import { emulatorControl, startEmulator, type EmulatorControl, type EmulatorOptions, type FaultRequest, type RunningEmulator } from '@quickmeet/emulator';

export const CREATED_SCOPE = 'https://www.googleapis.com/auth/meetings.space.created';

/** A running emulator plus the calls these tests make to its control API. */
export interface MeetEmulator {
  readonly emulator: RunningEmulator;
  readonly control: EmulatorControl;
  /** An access token for the first demo account with the given scopes. */
  token(scopes?: string[]): Promise<string>;
  /** Registers a fault (kind, status, retryAfterSeconds, count, applyFirst) for a route id. */
  fault(spec: FaultRequest): Promise<void>;
  /** How many requests reached `apiMethod` (e.g. `meet.spaces.create`). */
  attempts(apiMethod: string): Promise<number>;
  /** A Meet client as the app builds it, signed in with a fresh token. */
  client(options?: Partial<GoogleapisMeetClientOptions>, scopes?: string[]): Promise<ReturnType<typeof createGoogleapisMeetClient>>;
}

/** Starts an emulator for one test file. */
export async function startMeetEmulator(options: EmulatorOptions = {}): Promise<MeetEmulator> {
  const emulator = await startEmulator(options);
  const control = emulatorControl(emulator.baseUrl);
  const token = async (scopes = [CREATED_SCOPE]) => (await control.mintToken('ada@quickmeet.test', scopes)).access_token;
  return {
    emulator,
    control,
    token,
    fault: (spec) => control.setFaults(spec),
    attempts: async (apiMethod) => (await control.requests()).filter((r) => r.apiMethod === apiMethod).length,
    client: async (options = {}, scopes) => {
      return createGoogleapisMeetClient({ tokens: fixedToken(await token(scopes)), rootUrl: `${emulator.baseUrl}/`, ...options });
    },
  };
}

/**
 * One emulator for the calling test file, with faults and the request log cleared before each test;
 * answers a getter for it (valid once the file's tests run).
 */
export function emulatorPerFile(options: EmulatorOptions = {}): () => MeetEmulator {
  let emu: MeetEmulator | undefined;
  beforeAll(async () => {
    emu = await startMeetEmulator(options);
  });
  afterAll(async () => emu?.emulator.close());
  beforeEach(async () => {
    await emu!.control.clearFaults();
    await emu!.control.clearRequests();
  });
  return () => emu!;
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
