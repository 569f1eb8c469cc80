/** The Space request body (proto3 JSON: enums by name or number, unknown fields rejected). */
import { z } from 'zod';
import { protoEnum } from './proto-input';

const onOff = protoEnum(['AUTO_GENERATION_TYPE_UNSPECIFIED', 'ON', 'OFF']);
const restriction = protoEnum(['RESTRICTION_TYPE_UNSPECIFIED', 'HOSTS_ONLY', 'NO_RESTRICTION']);

/** SpaceConfig as a client may send it. */
export const spaceConfigInput = z.strictObject({
  accessType: protoEnum(['ACCESS_TYPE_UNSPECIFIED', 'OPEN', 'TRUSTED', 'RESTRICTED']).optional(),
  entryPointAccess: protoEnum(['ENTRY_POINT_ACCESS_UNSPECIFIED', 'ALL', 'CREATOR_APP_ONLY']).optional(),
  moderation: protoEnum(['MODERATION_UNSPECIFIED', 'OFF', 'ON']).optional(),
  moderationRestrictions: z
    .strictObject({
      chatRestriction: restriction.optional(),
      reactionRestriction: restriction.optional(),
      presentRestriction: restriction.optional(),
      defaultJoinAsViewerType: protoEnum(['DEFAULT_JOIN_AS_VIEWER_TYPE_UNSPECIFIED', 'ON', 'OFF']).optional(),
    })
    .optional(),
  attendanceReportGenerationType: protoEnum(['ATTENDANCE_REPORT_GENERATION_TYPE_UNSPECIFIED', 'GENERATE_REPORT', 'DO_NOT_GENERATE']).optional(),
  artifactConfig: z
    .strictObject({
      recordingConfig: z.strictObject({ autoRecordingGeneration: onOff.optional() }).optional(),
      transcriptionConfig: z.strictObject({ autoTranscriptionGeneration: onOff.optional() }).optional(),
      smartNotesConfig: z.strictObject({ autoSmartNotesGeneration: onOff.optional() }).optional(),
    })
    .optional(),
});

/** Space as a client may send it; output-only fields are accepted and ignored, as Google does. */
export const spaceInput = z.strictObject({
  name: z.string().optional(),
  meetingUri: z.string().optional(),
  meetingCode: z.string().optional(),
  config: spaceConfigInput.optional(),
  activeConference: z.strictObject({ conferenceRecord: z.string().optional() }).optional(),
  phoneAccess: z.array(z.unknown()).optional(),
  gatewaySipAccess: z.array(z.unknown()).optional(),
});

/** Top-level Space fields a mask may not name. */
export const SPACE_OUTPUT_ONLY: ReadonlySet<string> = new Set(['name', 'meetingUri', 'meetingCode', 'activeConference', 'phoneAccess', 'gatewaySipAccess']);

/** `*_UNSPECIFIED` means "no value": the default on create, "no change" in a mask-less patch. */
export const isUnspecified = (value: unknown): boolean => typeof value === 'string' && value.endsWith('_UNSPECIFIED');
