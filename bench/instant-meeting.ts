// Benchmark: click → meeting URI on the clipboard, warm (spare ready), cold (no spare, valid token) and
// naive (new client + token refresh + create per click, as Google's quickstarts do), against the
// emulator with 100 ms of added latency.
import { performance } from 'node:perf_hooks';
import { OAuth2Client } from 'google-auth-library';
import { meet_v2 } from 'googleapis/build/src/apis/meet/v2.js';
import { createGoogleapisMeetClient } from '../electron/adapters/googleapis-meet-client';
import { createMeetingsFeature } from '../electron/core/meetings/meetings-feature';
import type { Clipboard } from '../electron/core/ports/clipboard';
import { systemClock } from '../electron/core/ports/clock';
import type { MeetApi } from '../electron/core/ports/meet-api';
import { DEMO_CLIENT, startEmulator } from '@quickmeet/emulator';
import { DEFAULT_SETTINGS } from '../shared/model/settings';
import { percentile, roundMs } from './percentiles';

const LATENCY_MS = 100;
const SCOPE = 'https://www.googleapis.com/auth/meetings.space.created';
const ACCOUNT = 'ada@quickmeet.test';

/** A clipboard that resolves a waiter when the link lands, so the clock stops at the clipboard. */
class TimedClipboard implements Clipboard {
  landedAt = 0;
  async writeText(_text: string): Promise<void> {
    this.landedAt = performance.now();
  }
}

/** Runs `click` `runs` times and answers each click → clipboard time. */
async function measure(runs: number, clipboard: TimedClipboard, click: () => Promise<unknown>, between?: () => Promise<void>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    await between?.();
    const started = performance.now();
    await click();
    samples.push(clipboard.landedAt - started);
  }
  return samples;
}

/** The figures this section adds to the JSON. */
export async function benchInstantMeeting(options: { runs?: number } = {}): Promise<Record<string, number>> {
  const runs = options.runs ?? 30;
  const emulator = await startEmulator({ latencyMs: LATENCY_MS });
  const base = emulator.baseUrl;
  try {
    const token = await emulator.control.mintToken(ACCOUNT, [SCOPE], { offline: true });
    const meet = createGoogleapisMeetClient({ tokens: { accessToken: async () => token.access_token }, rootUrl: `${base}/` });

    await meet.createSpace(); // warm up sockets and module code
    const rtt: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      const started = performance.now();
      await meet.createSpace();
      rtt.push(performance.now() - started);
    }

    const warm = await featureClicks(meet, true, runs);
    const cold = await featureClicks(meet, false, runs);
    const naive = await naiveClicks(base, token.refresh_token ?? '', runs);

    const rttMs = percentile(rtt, 50);
    const figures = {
      rtt_ms: rttMs,
      warm_p50_ms: percentile(warm, 50),
      warm_p95_ms: percentile(warm, 95),
      cold_p50_ms: percentile(cold, 50),
      cold_p95_ms: percentile(cold, 95),
      naive_p50_ms: percentile(naive, 50),
      naive_p95_ms: percentile(naive, 95),
    };
    return Object.fromEntries(
      Object.entries({
        ...figures,
        cold_to_rtt_ratio: figures.cold_p50_ms / rttMs,
        naive_to_warm_ratio: figures.naive_p50_ms / figures.warm_p50_ms,
        naive_to_cold_ratio: figures.naive_p50_ms / figures.cold_p50_ms,
        instant_meeting_runs: runs,
      }).map(([k, v]) => [k, roundMs(v)]),
    );
  } finally {
    await emulator.close();
  }
}

/** Clicks through the real feature (in-memory documents), with or without a warm spare. */
async function featureClicks(meet: MeetApi, warm: boolean, runs: number): Promise<number[]> {
  const clipboard = new TimedClipboard();
  const files = new Map<string, unknown>();
  const feature = createMeetingsFeature({
    meet,
    auth: {
      state: () => ({ status: 'signedIn', email: ACCOUNT, capabilities: ['createSpaces'], persisted: false }),
      onChange: () => () => undefined,
      require: () => undefined,
      ensureFresh: async () => undefined,
    },
    settings: { get: () => ({ ...DEFAULT_SETTINGS, keepSpareSpace: warm }), onChange: () => () => undefined },
    documents: (name) => ({ read: async () => files.get(name), write: async (v) => void files.set(name, v) }),
    clipboard,
    notifier: { notify: () => undefined },
    urlOpener: { open: async () => undefined },
    clock: systemClock,
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
    // The benchmark creates far more than Google's 10 a minute; the emulator does not enforce it.
    createsPerMinute: 10_000,
  });
  await feature.start();
  try {
    return await measure(runs, clipboard, () => feature.instant.create(), () => feature.pool.whenIdle());
  } finally {
    feature.stop();
    await feature.pool.whenIdle();
  }
}

/** Each click: a new OAuth2Client, a token refresh and a new Meet client, then spaces.create. */
async function naiveClicks(base: string, refreshToken: string, runs: number): Promise<number[]> {
  const clipboard = new TimedClipboard();
  return measure(runs, clipboard, async () => {
    const auth = new OAuth2Client({ clientId: DEMO_CLIENT.clientId, clientSecret: DEMO_CLIENT.clientSecret, endpoints: { oauth2TokenUrl: `${base}/token` } });
    auth.setCredentials({ refresh_token: refreshToken });
    await auth.refreshAccessToken();
    const client = new meet_v2.Meet({ auth, rootUrl: `${base}/` });
    const space = await client.spaces.create({ requestBody: {} });
    await clipboard.writeText(space.data.meetingUri ?? '');
  });
}
