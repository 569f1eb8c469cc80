import { z } from 'zod';
import { INPUT_LIMITS } from './input-limits';
import { ExpectedEntry } from './live-meeting';
import { MAX_EXPECTED_PEOPLE, MAX_MEETING_MINUTES } from './input-limits';

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
  /** Planned length in minutes: a warning 5 minutes before, "time's up" at the end. */
  lengthMinutes: z.number().int().min(1).max(MAX_MEETING_MINUTES).optional(),
  /** At its length the meeting ends for everyone by itself; without this nothing ends unasked. */
  endAutomatically: z.boolean().optional(),
  /** People expected besides the space's members: e-mails, names, or `Name <e-mail>`. */
  expected: z.array(ExpectedEntry).max(MAX_EXPECTED_PEOPLE).readonly().optional(),
  /** A personal room: one long-lived space kept and reused, with a doorbell when someone waits in it. */
  personalRoom: z.boolean().optional(),
});
export type Preset = z.infer<typeof Preset>;

/** The preset every installation starts with. */
export const QUICK_CALL_PRESET: Preset = { id: 'quick-call', name: 'Quick call', cohosts: [] };
