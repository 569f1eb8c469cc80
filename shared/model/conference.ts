import { z } from 'zod';

/** The three kinds of participant the Meet API reports. */
export const ParticipantKind = z.enum(['signedinUser', 'anonymousUser', 'phoneUser']);
export type ParticipantKind = z.infer<typeof ParticipantKind>;

/** The longest name shown for a participant; longer names from Google are cut to fit. */
export const MAX_DISPLAY_NAME = 300;

/** One person in a conference, keyed by the participant resource name. */
export const Attendee = z.strictObject({
  /** `conferenceRecords/{record}/participants/{participant}` */
  name: z.string().max(300),
  kind: ParticipantKind,
  displayName: z.string().max(MAX_DISPLAY_NAME),
  earliestStartTime: z.string(),
  latestEndTime: z.string().optional(),
  /** True while the person is still in (no `latestEndTime`). */
  present: z.boolean(),
  sessionCount: z.number().int().min(0),
  /** Total time in the call across sessions, in seconds, up to now for those still in. */
  totalSeconds: z.number().min(0),
});
export type Attendee = z.infer<typeof Attendee>;

/** A conference Quickmeet can show: running or ended, in a space it knows. */
export const Conference = z.strictObject({
  /** `conferenceRecords/{record}` */
  record: z.string().max(300),
  space: z.string().max(200),
  meetingCode: z.string().max(130).optional(),
  startTime: z.string(),
  endTime: z.string().optional(),
});
export type Conference = z.infer<typeof Conference>;

/** A change to the live attendee list: only the attendees that changed, plus the head-count. */
export const AttendeesDiff = z.strictObject({
  record: z.string().max(300),
  /** True when `upserted` holds the whole list (first push after selecting a conference). */
  reset: z.boolean(),
  upserted: z.array(Attendee).readonly(),
  removed: z.array(z.string().max(300)).readonly(),
  presentCount: z.number().int().min(0),
  /** True while the last poll failed and the list shows the last good data. */
  stale: z.boolean(),
});
export type AttendeesDiff = z.infer<typeof AttendeesDiff>;

/** One row of the attendance summary after a conference ends. */
export const AttendanceRow = z.strictObject({
  displayName: z.string().max(MAX_DISPLAY_NAME),
  kind: ParticipantKind,
  firstJoin: z.string(),
  lastLeave: z.string().optional(),
  totalSeconds: z.number().min(0),
  sessionCount: z.number().int().min(0),
});
export type AttendanceRow = z.infer<typeof AttendanceRow>;
