import { z } from 'zod';
import { isMeetingCode } from '../../shared/model/meeting-code';

// Google's JSON for the Meet v2 resources Quickmeet reads. Unknown fields are dropped (Google adds
// fields over time); missing required fields, wrong types and unknown enum values fail the parse.

const OnOff = z.enum(['ON', 'OFF']);
const Restriction = z.enum(['HOSTS_ONLY', 'NO_RESTRICTION']);
const ArtifactState = z.enum(['STARTED', 'ENDED', 'FILE_GENERATED']);
const Timestamp = z.string().min(1).max(64);

/** SpaceConfig as Google returns it. */
export const SpaceConfigJson = z.object({
  accessType: z.enum(['OPEN', 'TRUSTED', 'RESTRICTED']).optional(),
  entryPointAccess: z.enum(['ALL', 'CREATOR_APP_ONLY']).optional(),
  moderation: OnOff.optional(),
  moderationRestrictions: z
    .object({
      chatRestriction: Restriction.optional(),
      reactionRestriction: Restriction.optional(),
      presentRestriction: Restriction.optional(),
      defaultJoinAsViewerType: OnOff.optional(),
    })
    .optional(),
  attendanceReportGenerationType: z.enum(['GENERATE_REPORT', 'DO_NOT_GENERATE']).optional(),
  artifactConfig: z
    .object({
      recordingConfig: z.object({ autoRecordingGeneration: OnOff.optional() }).optional(),
      transcriptionConfig: z.object({ autoTranscriptionGeneration: OnOff.optional() }).optional(),
      smartNotesConfig: z.object({ autoSmartNotesGeneration: OnOff.optional() }).optional(),
    })
    .optional(),
});

/** A Space; the URI must be an https meet.google.com link with the code (any documented shape) as its path. */
export const SpaceJson = z
  .object({
    name: z.string().regex(/^spaces\/[A-Za-z0-9_-]{1,128}$/),
    meetingUri: z.string().max(200).regex(/^https:\/\/meet\.google\.com\/[a-z-]+$/),
    meetingCode: z.string().refine(isMeetingCode, 'not a meeting code (letter groups joined by hyphens, at most 128 characters)'),
    config: SpaceConfigJson.optional(),
    activeConference: z.object({ conferenceRecord: z.string().max(200).optional() }).optional(),
    phoneAccess: z
      .array(
        z.object({
          phoneNumber: z.string().max(40).optional(),
          pin: z.string().max(40).optional(),
          regionCode: z.string().max(8).optional(),
          languageCode: z.string().max(20).optional(),
        }),
      )
      .optional(),
  })
  .refine((space) => space.meetingUri === `https://meet.google.com/${space.meetingCode}`, 'meetingUri does not carry meetingCode');

/** A space member. */
export const MemberJson = z.object({
  name: z.string().min(1).max(300),
  email: z.string().max(320).optional(),
  role: z.enum(['COHOST', 'ROLE_UNSPECIFIED']).optional(),
  user: z.string().max(200).optional(),
});

/** A conference record. */
export const ConferenceRecordJson = z.object({
  name: z.string().min(1).max(200),
  startTime: Timestamp,
  endTime: Timestamp.optional(),
  expireTime: Timestamp.optional(),
  space: z.string().min(1).max(200),
});

const DisplayName = z.object({ displayName: z.string().max(500).optional() });

/** A participant; exactly one of the three kinds is normally present. */
export const ParticipantJson = z.object({
  name: z.string().min(1).max(300),
  earliestStartTime: Timestamp,
  latestEndTime: Timestamp.optional(),
  signedinUser: DisplayName.extend({ user: z.string().max(200).optional() }).optional(),
  anonymousUser: DisplayName.optional(),
  phoneUser: DisplayName.optional(),
});

/** A participant session. */
export const ParticipantSessionJson = z.object({ name: z.string().min(1).max(400), startTime: Timestamp, endTime: Timestamp.optional() });

/** A recording. */
export const RecordingJson = z.object({
  name: z.string().min(1).max(300),
  state: ArtifactState,
  startTime: Timestamp.optional(),
  endTime: Timestamp.optional(),
  driveDestination: z.object({ file: z.string().max(300).optional(), exportUri: z.string().max(1000).optional() }).optional(),
});

/** A transcript or smart note: both land in Google Docs. */
export const DocArtifactJson = z.object({
  name: z.string().min(1).max(300),
  state: ArtifactState,
  startTime: Timestamp.optional(),
  endTime: Timestamp.optional(),
  docsDestination: z.object({ document: z.string().max(300).optional(), exportUri: z.string().max(1000).optional() }).optional(),
});

/** A transcript entry. */
export const TranscriptEntryJson = z.object({
  name: z.string().min(1).max(400),
  participant: z.string().max(300),
  text: z.string().max(100_000),
  languageCode: z.string().max(20).optional(),
  startTime: Timestamp,
  endTime: Timestamp,
});

/** endActiveConference answers `{}` (or nothing). */
export const EmptyJson = z.union([z.object({}), z.literal('')]);

/** A list envelope whose items sit under `key`; absent means empty (proto3 JSON). */
export const listJson = <T extends z.ZodType>(key: string, item: T) =>
  z.object({ [key]: z.array(item).optional(), nextPageToken: z.string().max(2000).optional() });
