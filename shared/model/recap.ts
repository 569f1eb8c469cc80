import { z } from 'zod';
import { ArtifactKind, ArtifactState } from './artifact';
import { ParticipantKind } from './conference';

/** One person in a recap: time in the call, and how their attendance differed from the meeting's. */
export const RecapAttendee = z.strictObject({
  displayName: z.string().max(300),
  kind: ParticipantKind,
  firstJoin: z.string().max(40),
  lastLeave: z.string().max(40).optional(),
  totalSeconds: z.number().min(0),
  /** Seconds after the conference start the person first joined, when past the grace period. */
  lateSeconds: z.number().min(0).optional(),
  /** Seconds before the conference end the person last left, when past the grace period. */
  leftEarlySeconds: z.number().min(0).optional(),
  /** Sessions after the first: each time the person came back. */
  rejoins: z.number().int().min(0),
});
export type RecapAttendee = z.infer<typeof RecapAttendee>;

/** Talk time of one speaker, summed over their transcript entries. */
export const RecapSpeaker = z.strictObject({
  speaker: z.string().max(300),
  seconds: z.number().min(0),
  entries: z.number().int().min(0),
});
export type RecapSpeaker = z.infer<typeof RecapSpeaker>;

/** A recording, transcript or notes file of the conference, with its link once generated. */
export const RecapFile = z.strictObject({
  kind: ArtifactKind,
  name: z.string().max(400),
  state: ArtifactState,
  exportUri: z.string().max(1000).optional(),
});
export type RecapFile = z.infer<typeof RecapFile>;

/** What happened in one conference, kept in the conference history after it ends. */
export const Recap = z.strictObject({
  record: z.string().max(300),
  space: z.string().max(200),
  meetingCode: z.string().max(130).optional(),
  startTime: z.string().max(40),
  endTime: z.string().max(40),
  durationSeconds: z.number().min(0),
  attendees: z.array(RecapAttendee).max(2_000).readonly(),
  /** Absent until a transcript of the conference is generated and read. */
  talkTime: z.array(RecapSpeaker).max(2_000).readonly().optional(),
  files: z.array(RecapFile).max(50).readonly(),
});
export type Recap = z.infer<typeof Recap>;
