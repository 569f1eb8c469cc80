/** The effective settings of a new space when the creator supplies none (never `*_UNSPECIFIED`). */
import type { StoredSpaceConfig } from '../state/emulator-state';

/** Moderation restrictions that apply when moderation is turned on, and come back when it is turned off. */
export const DEFAULT_MODERATION_RESTRICTIONS: StoredSpaceConfig['moderationRestrictions'] = {
  chatRestriction: 'NO_RESTRICTION',
  reactionRestriction: 'NO_RESTRICTION',
  presentRestriction: 'NO_RESTRICTION',
  defaultJoinAsViewerType: 'OFF',
};

/** A fresh copy of the default space configuration. */
export function defaultSpaceConfig(): StoredSpaceConfig {
  return {
    accessType: 'TRUSTED',
    entryPointAccess: 'ALL',
    moderation: 'OFF',
    moderationRestrictions: { ...DEFAULT_MODERATION_RESTRICTIONS },
    attendanceReportGenerationType: 'DO_NOT_GENERATE',
    artifactConfig: {
      recordingConfig: { autoRecordingGeneration: 'OFF' },
      transcriptionConfig: { autoTranscriptionGeneration: 'OFF' },
      smartNotesConfig: { autoSmartNotesGeneration: 'OFF' },
    },
  };
}
