/**
 * Google's own Meet client, `@google-apps/meet`, on its REST transport against the emulator, behind
 * a wire tap: every raw answer is checked against the discovery schema, the decoded results can be
 * compared with the emulator's state file, and the RPCs a test drove are counted.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v2, v2beta } from '@google-apps/meet';
// The app's google-auth-library: package.json gives google-gax this same copy (R9: one version), so its
// OAuth2Client is also the type the client's `authClient` option takes.
import { OAuth2Client } from 'google-auth-library';
import { expect, vi } from 'vitest';
import type { EmulatorState } from '../src/state/emulator-state';
import { MEET_SCOPES } from '../src/control/control-client';
import { assertValidResponse } from './discovery/discovery-validator';
import { startHarness, type EmulatorHarness } from './emulator-harness';
import { startWireTap, type Exchange, type WireTap } from './wire-tap';

/** A Meet API surface. */
export type Version = 'v2' | 'v2beta';

/** Discovery method id of each RPC (ConnectActiveConference has none: v2beta only, no discovery document). */
export const DISCOVERY_ID: Readonly<Record<string, string | undefined>> = {
  CreateSpace: 'meet.spaces.create',
  GetSpace: 'meet.spaces.get',
  UpdateSpace: 'meet.spaces.patch',
  EndActiveConference: 'meet.spaces.endActiveConference',
  ConnectActiveConference: undefined,
  CreateMember: 'meet.spaces.members.create',
  GetMember: 'meet.spaces.members.get',
  ListMembers: 'meet.spaces.members.list',
  DeleteMember: 'meet.spaces.members.delete',
  GetConferenceRecord: 'meet.conferenceRecords.get',
  ListConferenceRecords: 'meet.conferenceRecords.list',
  GetParticipant: 'meet.conferenceRecords.participants.get',
  ListParticipants: 'meet.conferenceRecords.participants.list',
  GetParticipantSession: 'meet.conferenceRecords.participants.participantSessions.get',
  ListParticipantSessions: 'meet.conferenceRecords.participants.participantSessions.list',
  GetRecording: 'meet.conferenceRecords.recordings.get',
  ListRecordings: 'meet.conferenceRecords.recordings.list',
  GetTranscript: 'meet.conferenceRecords.transcripts.get',
  ListTranscripts: 'meet.conferenceRecords.transcripts.list',
  GetTranscriptEntry: 'meet.conferenceRecords.transcripts.entries.get',
  ListTranscriptEntries: 'meet.conferenceRecords.transcripts.entries.list',
};

/** The RPCs the installed client has for one service and version, from its own gapic_metadata.json. */
export function clientRpcs(version: Version, service: 'SpacesService' | 'ConferenceRecordsService'): ReadonlyArray<string> {
  const metadataUrl = new URL(`../../../node_modules/@google-apps/meet/build/src/${version}/gapic_metadata.json`, import.meta.url);
  const metadata = JSON.parse(readFileSync(metadataUrl, 'utf8')) as { services: Record<string, { clients: { 'grpc-fallback': { rpcs: Record<string, unknown> } } }> };
  return Object.keys(metadata.services[service]?.clients['grpc-fallback'].rpcs ?? {});
}

/** A google.protobuf.Timestamp as the client decodes it, in epoch milliseconds. */
export const millisOf = (ts: { seconds?: unknown; nanos?: number | null } | null | undefined): number | undefined =>
  ts === null || ts === undefined ? undefined : Number(ts.seconds ?? 0) * 1000 + Math.round((ts.nanos ?? 0) / 1e6);

// google/rpc/code.proto, by number.
const GRPC_STATUS = ['OK', 'CANCELLED', 'UNKNOWN', 'INVALID_ARGUMENT', 'DEADLINE_EXCEEDED', 'NOT_FOUND', 'ALREADY_EXISTS', 'PERMISSION_DENIED', 'RESOURCE_EXHAUSTED', 'FAILED_PRECONDITION', 'ABORTED', 'OUT_OF_RANGE', 'UNIMPLEMENTED', 'INTERNAL', 'UNAVAILABLE', 'DATA_LOSS', 'UNAUTHENTICATED'];

/**
 * The canonical status a client error carries. google-gax 5 on gaxios 7 and 8 rejects REST calls with a
 * GaxiosError whose `message` is Google's error envelope and whose `code` is the HTTP status; later
 * gax versions map it to a gRPC code (https://github.com/googleapis/google-cloud-node/pull/9346).
 * Both are read here, so the test holds either way.
 */
export function clientStatus(error: unknown): { status: string; httpStatus?: number; message: string } {
  const e = error as { code?: unknown; status?: unknown; message?: string; details?: string };
  if (e.constructor.name === 'GoogleError' && typeof e.code === 'number') return { status: GRPC_STATUS[e.code] ?? String(e.code), message: e.details ?? e.message ?? '' };
  const envelope = JSON.parse(e.message ?? '') as { error: { code: number; status: string; message: string } };
  expect(e.status).toBe(envelope.error.code);
  return { status: envelope.error.status, httpStatus: envelope.error.code, message: envelope.error.message };
}

/** Awaits a call that must fail, and returns the status the client saw. */
export async function rejection(call: Promise<unknown>): Promise<ReturnType<typeof clientStatus>> {
  try {
    await call;
  } catch (error) {
    return clientStatus(error);
  }
  throw new Error('Expected the call to fail.');
}

/** Both services of one version, signed in as one account. */
export interface GapicClients<V extends Version> {
  readonly spaces: V extends 'v2' ? v2.SpacesServiceClient : v2beta.SpacesServiceClient;
  readonly records: V extends 'v2' ? v2.ConferenceRecordsServiceClient : v2beta.ConferenceRecordsServiceClient;
}

/** The emulator, a tap in front of it, and GAPIC clients pointed at the tap. */
export interface GapicHarness {
  readonly h: EmulatorHarness;
  readonly tap: WireTap;
  clients<V extends Version>(version: V, options?: { account?: string; scopes?: ReadonlyArray<string>; token?: string; minifyJson?: boolean }): Promise<GapicClients<V>>;
  /**
   * Runs one successful RPC and checks what crossed the wire: GAPIC's `$alt=json;enum-encoding=int`
   * on every request, and every raw answer valid against the discovery schema with enums as numbers.
   */
  drive<T>(version: Version, rpc: string, call: () => Promise<T>): Promise<{ result: T; exchanges: ReadonlyArray<Exchange> }>;
  /** The RPCs driven so far, as `v2 GetSpace`. */
  readonly driven: ReadonlySet<string>;
  /** The emulator's state as saved to its file, once `until` holds for it. */
  state(until?: (state: EmulatorState) => boolean): Promise<EmulatorState>;
  close(): Promise<void>;
}

/** Starts everything for one test file. */
export async function startGapicHarness(): Promise<GapicHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'quickmeet-gapic-'));
  const stateFile = join(dir, 'state.json');
  const h = await startHarness({ stateFile });
  const tap = await startWireTap(h.baseUrl);
  const open: Array<{ close(): Promise<void> }> = [];
  const driven = new Set<string>();

  return {
    h,
    tap,
    driven,
    async clients(version, { account = 'ada@quickmeet.test', scopes = [MEET_SCOPES.created], token, minifyJson = false } = {}) {
      const authClient = new OAuth2Client();
      const accessToken = token ?? (await h.control.mintToken(account, scopes)).access_token;
      // A far expiry: the library never tries to refresh; the emulator's clock decides expiry.
      authClient.setCredentials({ access_token: accessToken, expiry_date: Date.now() + 86_400_000 });
      const options = { fallback: true, protocol: 'http', apiEndpoint: '127.0.0.1', port: tap.port, authClient, minifyJson } as const;
      const api = version === 'v2' ? v2 : v2beta;
      const spaces = new api.SpacesServiceClient(options);
      const records = new api.ConferenceRecordsServiceClient(options);
      open.push(spaces, records);
      return { spaces, records } as unknown as GapicClients<typeof version>;
    },
    async drive(version, rpc, call) {
      const mark = tap.count();
      const result = await call();
      const exchanges = tap.since(mark);
      expect(exchanges.length, rpc).toBeGreaterThan(0);
      for (const exchange of exchanges) {
        expect(exchange.url, rpc).toMatch(new RegExp(`^/${version}/[^?]+\\?(.+&)?\\$alt=json%3Benum-encoding=int(&|$)`));
        expect(exchange.status, `${rpc}: ${exchange.responseBody}`).toBe(200);
        const body = JSON.parse(exchange.responseBody) as unknown;
        const id = DISCOVERY_ID[rpc];
        if (id !== undefined) assertValidResponse(id, body, { enumEncoding: 'int', version });
      }
      driven.add(`${version} ${rpc}`);
      return { result, exchanges };
    },
    async state(until = () => true) {
      let state: EmulatorState | undefined;
      // The emulator writes its file a moment after each change; wait for the change, not for a time.
      await vi.waitFor(
        () => {
          state = JSON.parse(readFileSync(stateFile, 'utf8')) as EmulatorState;
          if (!until(state)) throw new Error('The state file does not show the change yet.');
        },
        { timeout: 10_000, interval: 50 },
      );
      return state!;
    },
    async close() {
      for (const client of open) await client.close();
      await tap.close();
      await h.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
