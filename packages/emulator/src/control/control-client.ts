import type { z } from 'zod';
import { SCOPES } from '../oauth/scopes';
import type { ActiveFault, faultSpec } from './fault-plan';
import type { LoggedRequest } from './request-log';

/**
 * Typed client of the emulator's control API (/emulator/v1/, docs/reference.md), so tests and the
 * demo drive simulated meetings, tokens, faults and the clock without hand-written fetch calls.
 */

/** Meet scopes by short name. */
export const MEET_SCOPES = { created: SCOPES.created, readonly: SCOPES.readonly, settings: SCOPES.settings } as const;

/** The three participant kinds. */
export type ParticipantKind = 'signedinUser' | 'anonymousUser' | 'phoneUser';
/** Artifact types `end` can produce. */
export type ArtifactKind = 'recording' | 'transcript' | 'smartNote';

/** A Meet ConferenceRecord as the control API returns it (Meet v2 JSON). */
export interface ControlConferenceRecord { readonly name: string; readonly startTime: string; readonly endTime?: string; readonly expireTime?: string; readonly space: string }
/** A Meet Participant as the control API returns it (Meet v2 JSON: the key of its kind is set). */
export type ControlParticipant = { readonly name: string; readonly earliestStartTime: string; readonly latestEndTime?: string } & {
  readonly [kind in ParticipantKind]?: { readonly user?: string; readonly displayName?: string };
};
/** A Meet Space as the control API returns it (owner view, Meet v2 JSON). */
export interface ControlSpace {
  readonly name: string;
  readonly meetingUri: string;
  readonly meetingCode: string;
  readonly config?: Readonly<Record<string, unknown>>;
  readonly activeConference?: { readonly conferenceRecord?: string };
}

/** A minted token. */
export interface MintedToken {
  readonly access_token: string;
  readonly expires_in: number;
  readonly scope: string;
  readonly token_type: 'Bearer';
  readonly refresh_token?: string;
}

/** A fault to inject (see docs/reference.md): `method` is a route id, a prefix ending in `*`, or `*`; `count` defaults to 1. */
export type FaultRequest = z.input<typeof faultSpec>;

/** One request-log entry. */
export type { LoggedRequest };
/** A registered fault and how many times it will still fire. */
export type { ActiveFault };

/** The settings that can change at run time. */
export interface ControlSettings {
  readonly latencyMs: number;
  readonly artifactProcessingSeconds: number;
  readonly pullHoldSeconds: number;
}

/** Thrown when a control call fails; carries the HTTP status and Google-style body. */
export class EmulatorControlError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`Emulator control call failed with ${status}: ${JSON.stringify(body)}`);
    this.name = 'EmulatorControlError';
  }
}

/** Accepts a full resource name (`conferenceRecords/x`) or a bare id. */
const idOf = (nameOrId: string): string => nameOrId.split('/').pop() ?? nameOrId;

/** One control call: JSON in (POST/PATCH), JSON out; a failure throws EmulatorControlError. */
export async function callControl<T>(baseUrl: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}/emulator/v1${path}`, {
    method,
    headers: body === undefined && method !== 'POST' ? {} : { 'content-type': 'application/json' },
    ...(method === 'GET' || method === 'DELETE' ? {} : { body: JSON.stringify(body ?? {}) }),
  });
  const json = (await response.json()) as unknown;
  if (!response.ok) throw new EmulatorControlError(response.status, json);
  return json as T;
}

/** Typed client for one emulator's control API. */
export class EmulatorControl {
  constructor(readonly baseUrl: string) {}

  private call<T>(method: string, path: string, body?: unknown): Promise<T> {
    return callControl(this.baseUrl, method, path, body);
  }

  /** Mints an access token (and with `offline` a refresh token) for a demo account. */
  mintToken(account: string, scopes: ReadonlyArray<string>, options: { clientId?: string; offline?: boolean } = {}): Promise<MintedToken> {
    return this.call('POST', '/tokens', { account, scopes, ...options });
  }

  /** Revokes one token, or every refresh token of an account (for one client). */
  revokeTokens(target: { token: string } | { account: string; clientId?: string }): Promise<{ revoked: number }> {
    return this.call('POST', '/tokens:revoke', target);
  }

  /** Granted scopes and refresh-token counts per account and client. */
  async grants(): Promise<ReadonlyArray<{ account: string; clientId: string; scopes: string[]; liveRefreshTokens: number; refreshTokensMinted: number }>> {
    return (await this.call<{ grants: [] }>('GET', '/grants')).grants;
  }

  /** The demo accounts. */
  async accounts(): Promise<ReadonlyArray<{ email: string; name: string; user: string }>> {
    return (await this.call<{ accounts: [] }>('GET', '/accounts')).accounts;
  }

  /** Creates a space as any account and OAuth client (e.g. one made "by another app"). */
  createSpace(options: { owner?: string; clientId?: string; config?: Record<string, unknown>; meetingCode?: string } = {}): Promise<ControlSpace> {
    return this.call('POST', '/spaces', options);
  }

  /** Every space, whoever made it, with its owner and creating OAuth client. */
  async spaces(): Promise<ReadonlyArray<ControlSpace & { readonly owner: string; readonly clientId: string }>> {
    return (await this.call<{ spaces: [] }>('GET', '/spaces')).spaces;
  }

  /** Starts a conference in a space (name, id or meeting code). */
  startConference(space: string): Promise<ControlConferenceRecord> {
    return this.call('POST', `/spaces/${encodeURIComponent(idOf(space))}:startConference`);
  }

  /**
   * Plays a named scenario in a space (starting its conference if none runs): `late-joiner` (an invited
   * member joins 5 minutes in), `no-show` (one invited member joins, another never does),
   * `waiting-in-room` (someone joins while the owner is away), `recording-in-progress` (a recording runs).
   */
  playScenario(space: string, scenario: 'late-joiner' | 'no-show' | 'waiting-in-room' | 'recording-in-progress'): Promise<{
    conference: ControlConferenceRecord;
    steps: ReadonlyArray<{ at: string; what: string }>;
  }> {
    return this.call('POST', `/spaces/${encodeURIComponent(idOf(space))}:playScenario`, { scenario });
  }

  /** A person joins now (the same identity joining again adds a session). */
  join(record: string, person: { kind: ParticipantKind; displayName?: string; account?: string }): Promise<ControlParticipant> {
    return this.call('POST', `/conferenceRecords/${idOf(record)}/participants`, person);
  }

  /** A participant leaves. */
  leave(record: string, participant: string): Promise<ControlParticipant> {
    return this.call('POST', `/conferenceRecords/${idOf(record)}/participants/${idOf(participant)}:leave`);
  }

  /** A participant who left joins again (new session). */
  rejoin(record: string, participant: string): Promise<ControlParticipant> {
    return this.call('POST', `/conferenceRecords/${idOf(record)}/participants/${idOf(participant)}:join`);
  }

  /** Ends a conference, optionally producing artifacts (at once with `generateNow`). */
  end(record: string, options: { artifacts?: ReadonlyArray<ArtifactKind>; generateNow?: boolean } = {}): Promise<ControlConferenceRecord> {
    return this.call('POST', `/conferenceRecords/${idOf(record)}:end`, options);
  }

  /** Starts a recording/transcript/smart note in a running conference (state STARTED). */
  startArtifact(record: string, collection: 'recordings' | 'transcripts' | 'smartNotes'): Promise<{ name: string; state: string }> {
    return this.call('POST', `/conferenceRecords/${idOf(record)}/${collection}`);
  }

  /** Stops a running artifact (state ENDED, file generated after the processing delay). */
  stopArtifact(artifactName: string): Promise<{ name: string; state: string }> {
    const [, record, collection, id] = artifactName.split('/');
    return this.call('POST', `/conferenceRecords/${record}/${collection}/${id}:stop`);
  }

  /** Replaces nothing: adds faults, each firing `count` times. */
  async setFaults(...faults: ReadonlyArray<FaultRequest>): Promise<void> {
    for (const fault of faults) await this.call('POST', '/faults', fault);
  }

  /** The pending faults. */
  async faults(): Promise<ReadonlyArray<ActiveFault>> {
    return (await this.call<{ faults: ActiveFault[] }>('GET', '/faults')).faults;
  }

  /** Removes every pending fault. */
  async clearFaults(): Promise<void> {
    await this.call('DELETE', '/faults');
  }

  /** The request log (Google-facing calls only), optionally after a sequence number. */
  async requests(since = 0): Promise<ReadonlyArray<LoggedRequest>> {
    return (await this.call<{ requests: LoggedRequest[] }>('GET', `/requests?since=${since}`)).requests;
  }

  /** Empties the request log. */
  async clearRequests(): Promise<void> {
    await this.call('DELETE', '/requests');
  }

  /** Moves the emulator clock forward (token expiry, artifact processing, 30-day record expiry, autopilot). */
  async advanceClock(seconds: number): Promise<string> {
    return (await this.call<{ now: string }>('POST', '/clock:advance', { seconds })).now;
  }

  /** The emulator clock. */
  async now(): Promise<string> {
    return (await this.call<{ now: string }>('GET', '/clock')).now;
  }

  /** The latency, artifact processing time and pull hold in force. */
  settings(): Promise<ControlSettings> {
    return this.call('GET', '/settings');
  }

  /** Changes latency, artifact processing time or pull hold at run time. */
  setSettings(settings: Partial<ControlSettings>): Promise<ControlSettings> {
    return this.call('PATCH', '/settings', settings);
  }

  /** Forgets every space, conference, token, topic, subscription, fault and log entry (the clock keeps its offset). */
  async reset(): Promise<void> {
    await this.call('POST', '/reset');
  }
}

/** A control client for an emulator's base URL. */
export const emulatorControl = (baseUrl: string): EmulatorControl => new EmulatorControl(baseUrl);

export * from './push-control-client';
