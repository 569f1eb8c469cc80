/** The Space request body (proto3 JSON: enums by name or number, unknown fields rejected). */
import { z } from 'zod';
import { MEET_ENUMS as E } from './meet-enums';
import { protoEnum } from './proto-input';

/** SpaceConfig as a client may send it. */
export const spaceConfigInput = z.strictObject({
  accessType: protoEnum(E.accessType).optional(),
  entryPointAccess: protoEnum(E.entryPointAccess).optional(),
  moderation: protoEnum(E.moderation).optional(),
  moderationRestrictions: z
    .strictObject({
      chatRestriction: protoEnum(E.chatRestriction).optional(),
      reactionRestriction: protoEnum(E.reactionRestriction).optional(),
      presentRestriction: protoEnum(E.presentRestriction).optional(),
      defaultJoinAsViewerType: protoEnum(E.defaultJoinAsViewerType).optional(),
    })
    .optional(),
  attendanceReportGenerationType: protoEnum(E.attendanceReportGenerationType).optional(),
  artifactConfig: z
    .strictObject({
      recordingConfig: z.strictObject({ autoRecordingGeneration: protoEnum(E.autoRecordingGeneration).optional() }).optional(),
      transcriptionConfig: z.strictObject({ autoTranscriptionGeneration: protoEnum(E.autoTranscriptionGeneration).optional() }).optional(),
      smartNotesConfig: z.strictObject({ autoSmartNotesGeneration: protoEnum(E.autoSmartNotesGeneration).optional() }).optional(),
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
