/**
 * Everything the emulator remembers, as plain serialisable data (times in epoch milliseconds).
 * Resources keep Google's shapes apart from times; the meet/ modules render them as proto3 JSON.
 */

/** Space settings, always held with effective values (never `*_UNSPECIFIED`). */
export interface StoredSpaceConfig {
  accessType: 'OPEN' | 'TRUSTED' | 'RESTRICTED';
  entryPointAccess: 'ALL' | 'CREATOR_APP_ONLY';
  moderation: 'ON' | 'OFF';
  moderationRestrictions: {
    chatRestriction: 'HOSTS_ONLY' | 'NO_RESTRICTION';
    reactionRestriction: 'HOSTS_ONLY' | 'NO_RESTRICTION';
    presentRestriction: 'HOSTS_ONLY' | 'NO_RESTRICTION';
    defaultJoinAsViewerType: 'ON' | 'OFF';
  };
  attendanceReportGenerationType: 'GENERATE_REPORT' | 'DO_NOT_GENERATE';
  artifactConfig: {
    recordingConfig: { autoRecordingGeneration: 'ON' | 'OFF' };
    transcriptionConfig: { autoTranscriptionGeneration: 'ON' | 'OFF' };
    smartNotesConfig: { autoSmartNotesGeneration: 'ON' | 'OFF' };
  };
}

/** A meeting space and who made it (owner account, creating OAuth client). */
export interface StoredSpace {
  id: string;
  meetingCode: string;
  ownerEmail: string;
  creatorClientId: string;
  createdAt: number;
  config: StoredSpaceConfig;
  activeConferenceId?: string;
}

/** A member pre-assigned to a space. */
export interface StoredMember {
  id: string;
  spaceId: string;
  email: string;
  role: 'ROLE_UNSPECIFIED' | 'COHOST';
  createdAt: number;
}

/** One conference (call instance) in a space. */
export interface StoredConference {
  id: string;
  spaceId: string;
  startTime: number;
  endTime?: number;
}

/** The three participant kinds of the `user` oneof. */
export type ParticipantKind = 'signedinUser' | 'anonymousUser' | 'phoneUser';

/** One join→leave interval. */
export interface StoredSession {
  id: string;
  startTime: number;
  endTime?: number;
}

/** One person in one conference, with every session they had. */
export interface StoredParticipant {
  id: string;
  conferenceId: string;
  kind: ParticipantKind;
  displayName: string;
  /** `users/{id}` for signed-in users. */
  user?: string;
  /** Demo account email when the person is one of the demo accounts (never rendered). */
  accountEmail?: string;
  joinSeq: number;
  sessions: StoredSession[];
}

/** The artifact collections of a conference record. */
export type ArtifactType = 'recording' | 'transcript' | 'smartNote';

/** A recording, transcript or smart note; its state is derived from the times and the clock. */
export interface StoredArtifact {
  id: string;
  conferenceId: string;
  type: ArtifactType;
  startTime: number;
  endTime?: number;
  /** When the Drive/Docs file becomes available (state FILE_GENERATED from then on). */
  fileReadyAt?: number;
  fileId: string;
}

/** One utterance in a transcript. */
export interface StoredTranscriptEntry {
  id: string;
  transcriptId: string;
  participantId: string;
  text: string;
  languageCode: string;
  startTime: number;
  endTime: number;
}

/** An authorization code waiting for its exchange. */
export interface StoredAuthCode {
  code: string;
  clientId: string;
  email: string;
  scopes: string[];
  redirectUri: string;
  codeChallenge?: string;
  codeChallengeMethod?: 'S256' | 'plain';
  issueRefreshToken: boolean;
  expiresAt: number;
  used: boolean;
  /** Tokens minted from this code, revoked if the code is replayed (RFC 6749 §4.1.2). */
  mintedTokens: string[];
}

/** A refresh token (one grant of scopes to a client by an account). */
export interface StoredRefreshToken {
  /** SHA-256 digest of the token (see `tokenDigest`); the token itself is never kept. */
  token: string;
  clientId: string;
  email: string;
  scopes: string[];
  createdAt: number;
  seq: number;
  revoked: boolean;
}

/** An access token. */
export interface StoredAccessToken {
  /** SHA-256 digest of the token. */
  token: string;
  clientId: string;
  email: string;
  scopes: string[];
  expiresAt: number;
  revoked: boolean;
  refreshToken?: string;
}

/** The whole persisted state. */
export interface EmulatorState {
  version: 1;
  clockOffsetMs: number;
  seq: number;
  spaces: StoredSpace[];
  members: StoredMember[];
  conferences: StoredConference[];
  participants: StoredParticipant[];
  artifacts: StoredArtifact[];
  transcriptEntries: StoredTranscriptEntry[];
  authCodes: StoredAuthCode[];
  refreshTokens: StoredRefreshToken[];
  accessTokens: StoredAccessToken[];
  /** Scopes each account has granted each client, for `include_granted_scopes`. */
  grants: { email: string; clientId: string; scopes: string[]; refreshTokensMinted: number }[];
}

/** A fresh, empty state. */
export function emptyState(): EmulatorState {
  return {
    version: 1,
    clockOffsetMs: 0,
    seq: 0,
    spaces: [],
    members: [],
    conferences: [],
    participants: [],
    artifacts: [],
    transcriptEntries: [],
    authCodes: [],
    refreshTokens: [],
    accessTokens: [],
    grants: [],
  };
}
