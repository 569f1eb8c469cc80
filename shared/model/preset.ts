import { z } from 'zod';
import { INPUT_LIMITS } from './input-limits';

const OnOff = z.enum(['ON', 'OFF']);
const Restriction = z.enum(['HOSTS_ONLY', 'NO_RESTRICTION']);

/** A named SpaceConfig plus co-hosts, applied when Quickmeet creates a space. */
export const Preset = z.strictObject({
  id: z.string().min(1).max(100),
  name: z.string().min(1).max(INPUT_LIMITS.presetName),
  accessType: z.enum(['OPEN', 'TRUSTED', 'RESTRICTED']).optional(),
  entryPointAccess: z.enum(['ALL', 'CREATOR_APP_ONLY']).optional(),
  moderation: OnOff.optional(),
  chatRestriction: Restriction.optional(),
  reactionRestriction: Restriction.optional(),
  presentRestriction: Restriction.optional(),
  defaultJoinAsViewer: OnOff.optional(),
  autoRecording: OnOff.optional(),
  autoTranscription: OnOff.optional(),
  autoSmartNotes: OnOff.optional(),
  attendanceReport: z.enum(['GENERATE_REPORT', 'DO_NOT_GENERATE']).optional(),
  cohosts: z.array(z.email().max(INPUT_LIMITS.email)).max(INPUT_LIMITS.cohosts).readonly(),
});
export type Preset = z.infer<typeof Preset>;

/** The preset every installation starts with. */
export const QUICK_CALL_PRESET: Preset = { id: 'quick-call', name: 'Quick call', cohosts: [] };
