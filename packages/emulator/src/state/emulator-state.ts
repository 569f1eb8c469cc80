/**
 * Everything the emulator remembers, as plain serialisable data (times in epoch milliseconds).
 * Resources keep Google's shapes apart from times; the meet/ modules render them as proto3 JSON.
 */
import { z } from 'zod';
import { MEET_ENUMS } from '../meet/meet-enums';
import { emptyPubsubState } from '../pubsub/pubsub-state';
import { pushStateShape } from './push-state-schema';

/**
 * The schema of the state is also the type: the state file is parsed with it on load, so what the
 * emulator reads back is exactly what it wrote (schema first, types inferred).
 */

type Values = readonly [string, ...string[]];
/** An enum as stored: its effective values, never `*_UNSPECIFIED`. */
const effective = <T extends Values>(values: T) =>
  z.enum(values.filter((v) => !v.endsWith('_UNSPECIFIED')) as unknown as readonly [Exclude<T[number], `${string}_UNSPECIFIED`>, ...Exclude<T[number], `${string}_UNSPECIFIED`>[]]);
const time = z.number();
const optionalTime = time.optional();
const id = z.string().min(1);
const scopes = z.array(z.string());

/** Space settings, always held with effective values (never `*_UNSPECIFIED`). */
const storedSpaceConfig = z.object({
  accessType: effective(MEET_ENUMS.accessType),
  entryPointAccess: effective(MEET_ENUMS.entryPointAccess),
  moderation: effective(MEET_ENUMS.moderation),
  moderationRestrictions: z.object({
    chatRestriction: effective(MEET_ENUMS.chatRestriction),
    reactionRestriction: effective(MEET_ENUMS.reactionRestriction),
    presentRestriction: effective(MEET_ENUMS.presentRestriction),
    defaultJoinAsViewerType: effective(MEET_ENUMS.defaultJoinAsViewerType),
  }),
  attendanceReportGenerationType: effective(MEET_ENUMS.attendanceReportGenerationType),
  artifactConfig: z.object({
    recordingConfig: z.object({ autoRecordingGeneration: effective(MEET_ENUMS.autoRecordingGeneration) }),
    transcriptionConfig: z.object({ autoTranscriptionGeneration: effective(MEET_ENUMS.autoTranscriptionGeneration) }),
    smartNotesConfig: z.object({ autoSmartNotesGeneration: effective(MEET_ENUMS.autoSmartNotesGeneration) }),
  }),
});
export type StoredSpaceConfig = z.infer<typeof storedSpaceConfig>;

/** A meeting space and who made it (owner account, creating OAuth client). */
const storedSpace = z.object({
  id,
  meetingCode: z.string().min(1),
  ownerEmail: z.string(),
  creatorClientId: z.string(),
  createdAt: time,
  config: storedSpaceConfig,
  activeConferenceId: id.optional(),
});
export type StoredSpace = z.infer<typeof storedSpace>;

/** A member pre-assigned to a space. */
const storedMember = z.object({ id, spaceId: id, email: z.string(), role: z.enum(MEET_ENUMS.role), createdAt: time });
export type StoredMember = z.infer<typeof storedMember>;

/** One conference (call instance) in a space. */
const storedConference = z.object({ id, spaceId: id, startTime: time, endTime: optionalTime });
export type StoredConference = z.infer<typeof storedConference>;

/** The three participant kinds of the `user` oneof. */
const participantKind = z.enum(['signedinUser', 'anonymousUser', 'phoneUser']);
export type ParticipantKind = z.infer<typeof participantKind>;

/** One join→leave interval. */
const storedSession = z.object({ id, startTime: time, endTime: optionalTime });
export type StoredSession = z.infer<typeof storedSession>;

/** One person in one conference, with every session they had. */
const storedParticipant = z.object({
  id,
  conferenceId: id,
  kind: participantKind,
  displayName: z.string(),
  /** `users/{id}` for signed-in users. */
  user: z.string().optional(),
  /** Demo account email when the person is one of the demo accounts (never rendered). */
  accountEmail: z.string().optional(),
  joinSeq: z.number(),
  sessions: z.array(storedSession),
});
export type StoredParticipant = z.infer<typeof storedParticipant>;

/** The artifact collections of a conference record. */
const artifactType = z.enum(['recording', 'transcript', 'smartNote']);
export type ArtifactType = z.infer<typeof artifactType>;

/** A recording, transcript or smart note; its state is derived from the times and the clock. */
const storedArtifact = z.object({
  id,
  conferenceId: id,
  type: artifactType,
  startTime: time,
  endTime: optionalTime,
  /** When the Drive/Docs file becomes available (state FILE_GENERATED from then on). */
  fileReadyAt: optionalTime,
  fileId: z.string(),
});
export type StoredArtifact = z.infer<typeof storedArtifact>;

/** One utterance in a transcript. */
const storedTranscriptEntry = z.object({
  id,
  transcriptId: id,
  participantId: id,
  text: z.string(),
  languageCode: z.string(),
  startTime: time,
  endTime: time,
});
export type StoredTranscriptEntry = z.infer<typeof storedTranscriptEntry>;

/** An authorization code waiting for its exchange. */
const storedAuthCode = z.object({
  code: z.string(),
  clientId: z.string(),
  email: z.string(),
  scopes,
  redirectUri: z.string(),
  codeChallenge: z.string().optional(),
  codeChallengeMethod: z.enum(['S256', 'plain']).optional(),
  issueRefreshToken: z.boolean(),
  expiresAt: time,
  used: z.boolean(),
  /** Tokens minted from this code, revoked if the code is replayed (RFC 6749 §4.1.2). */
  mintedTokens: z.array(z.string()),
});
export type StoredAuthCode = z.infer<typeof storedAuthCode>;

/** A refresh token (one grant of scopes to a client by an account). */
const storedRefreshToken = z.object({
  /** SHA-256 digest of the token (see `tokenDigest`); the token itself is never kept. */
  token: z.string(),
  clientId: z.string(),
  email: z.string(),
  scopes,
  createdAt: time,
  seq: z.number(),
  revoked: z.boolean(),
});
export type StoredRefreshToken = z.infer<typeof storedRefreshToken>;

/** An access token. */
const storedAccessToken = z.object({
  /** SHA-256 digest of the token. */
  token: z.string(),
  clientId: z.string(),
  email: z.string(),
  scopes,
  expiresAt: time,
  revoked: z.boolean(),
  refreshToken: z.string().optional(),
});
export type StoredAccessToken = z.infer<typeof storedAccessToken>;

/** The whole persisted state; what the state file must hold to be loaded. */
export const emulatorStateSchema = z.object({
  version: z.literal(1),
  clockOffsetMs: z.number().default(0),
  seq: z.number().default(0),
  spaces: z.array(storedSpace),
  members: z.array(storedMember),
  conferences: z.array(storedConference),
  participants: z.array(storedParticipant),
  artifacts: z.array(storedArtifact),
  transcriptEntries: z.array(storedTranscriptEntry),
  authCodes: z.array(storedAuthCode),
  refreshTokens: z.array(storedRefreshToken),
  accessTokens: z.array(storedAccessToken),
  /** Scopes each account has granted each client, for `include_granted_scopes`. */
  grants: z.array(z.object({ email: z.string(), clientId: z.string(), scopes, refreshTokensMinted: z.number() })),
  ...pushStateShape,
});
export type EmulatorState = z.infer<typeof emulatorStateSchema>;

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
    projects: [],
    pubsub: emptyPubsubState(),
    workspaceSubscriptions: [],
  };
}

/**
 * Empties `state` in place, keeping the clock where it is. The object stays the same, so every module
 * that holds it (queries, token service, simulator, routes, the state saver) sees the reset at once.
 */
export function clearState(state: EmulatorState, clockOffsetMs: number): void {
  Object.assign(state, emptyState(), { clockOffsetMs });
}
