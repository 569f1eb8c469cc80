/**
 * The Meet REST v2 calls Quickmeet makes, in Google's JSON shapes (proto3 mapping: absent = empty).
 * The adapter validates every response and throws `AppError` with a mapped code:
 * QUOTA_EXCEEDED (+retryAfterSeconds), UNAVAILABLE, OUTCOME_UNKNOWN (a write that may have
 * happened), TIMEOUT, OFFLINE, NOT_FOUND, PERMISSION_DENIED, NEEDS_REAUTH, UNEXPECTED_RESPONSE.
 */

export type OnOff = 'ON' | 'OFF';
export type ArtifactState = 'STARTED' | 'ENDED' | 'FILE_GENERATED';

export interface SpaceConfig {
  readonly accessType?: 'OPEN' | 'TRUSTED' | 'RESTRICTED';
  readonly entryPointAccess?: 'ALL' | 'CREATOR_APP_ONLY';
  readonly moderation?: OnOff;
  readonly moderationRestrictions?: {
    readonly chatRestriction?: 'HOSTS_ONLY' | 'NO_RESTRICTION';
    readonly reactionRestriction?: 'HOSTS_ONLY' | 'NO_RESTRICTION';
    readonly presentRestriction?: 'HOSTS_ONLY' | 'NO_RESTRICTION';
    readonly defaultJoinAsViewerType?: OnOff;
  };
  readonly attendanceReportGenerationType?: 'GENERATE_REPORT' | 'DO_NOT_GENERATE';
  readonly artifactConfig?: {
    readonly recordingConfig?: { readonly autoRecordingGeneration?: OnOff };
    readonly transcriptionConfig?: { readonly autoTranscriptionGeneration?: OnOff };
    readonly smartNotesConfig?: { readonly autoSmartNotesGeneration?: OnOff };
  };
}

export interface MeetSpace {
  readonly name: string;
  readonly meetingUri: string;
  readonly meetingCode: string;
  readonly config?: SpaceConfig;
  readonly activeConference?: { readonly conferenceRecord?: string };
  readonly phoneAccess?: ReadonlyArray<{
    readonly phoneNumber?: string;
    readonly pin?: string;
    readonly regionCode?: string;
    readonly languageCode?: string;
  }>;
}

export interface MeetMember {
  readonly name: string;
  readonly email?: string;
  readonly role?: 'COHOST' | 'ROLE_UNSPECIFIED';
  /** `users/{user}`, the id participants carry; only v2beta gives it, and only for Google accounts. */
  readonly user?: string;
}

export interface ConferenceRecord {
  readonly name: string;
  readonly startTime: string;
  readonly endTime?: string;
  readonly expireTime?: string;
  readonly space: string;
}

export interface MeetParticipant {
  readonly name: string;
  readonly earliestStartTime: string;
  readonly latestEndTime?: string;
  readonly signedinUser?: { readonly user?: string; readonly displayName?: string };
  readonly anonymousUser?: { readonly displayName?: string };
  readonly phoneUser?: { readonly displayName?: string };
}

export interface ParticipantSession {
  readonly name: string;
  readonly startTime: string;
  readonly endTime?: string;
}

export interface MeetRecording {
  readonly name: string;
  readonly state: ArtifactState;
  readonly startTime?: string;
  readonly endTime?: string;
  readonly driveDestination?: { readonly file?: string; readonly exportUri?: string };
}

export interface MeetDocArtifact {
  readonly name: string;
  readonly state: ArtifactState;
  readonly startTime?: string;
  readonly endTime?: string;
  readonly docsDestination?: { readonly document?: string; readonly exportUri?: string };
}

export interface TranscriptEntry {
  readonly name: string;
  readonly participant: string;
  readonly text: string;
  readonly languageCode?: string;
  readonly startTime: string;
  readonly endTime: string;
}

export interface PageRequest {
  readonly pageSize?: number;
  readonly pageToken?: string;
  readonly filter?: string;
}

export interface Page<T> {
  readonly items: ReadonlyArray<T>;
  readonly nextPageToken?: string;
}

/** The Meet API port; one method per call the features make. */
export interface MeetApi {
  createSpace(config?: SpaceConfig): Promise<MeetSpace>;
  /** By canonical name (`spaces/x`) or meeting-code alias (`spaces/abc-mnop-xyz`). */
  getSpace(name: string): Promise<MeetSpace>;
  patchSpace(name: string, config: SpaceConfig, updateMask: string): Promise<MeetSpace>;
  endActiveConference(name: string): Promise<void>;
  createMember(space: string, member: { readonly email: string; readonly role: 'COHOST' }): Promise<MeetMember>;
  /** The space's members (co-hosts and people invited): v2beta where the project may use it (it adds `user`), else v2. */
  listMembers(space: string, request: PageRequest): Promise<Page<MeetMember>>;
  listConferenceRecords(request: PageRequest): Promise<Page<ConferenceRecord>>;
  getConferenceRecord(name: string): Promise<ConferenceRecord>;
  listParticipants(record: string, request: PageRequest): Promise<Page<MeetParticipant>>;
  getParticipant(name: string): Promise<MeetParticipant>;
  listParticipantSessions(participant: string, request: PageRequest): Promise<Page<ParticipantSession>>;
  listRecordings(record: string, request: PageRequest): Promise<Page<MeetRecording>>;
  listTranscripts(record: string, request: PageRequest): Promise<Page<MeetDocArtifact>>;
  listTranscriptEntries(transcript: string, request: PageRequest): Promise<Page<TranscriptEntry>>;
  listSmartNotes(record: string, request: PageRequest): Promise<Page<MeetDocArtifact>>;
}
