import { z } from 'zod';

/** How a new meeting's link is written to the clipboard. */
export const CopyFormat = z.enum(['uri', 'code', 'markdown', 'invite']);
export type CopyFormat = z.infer<typeof CopyFormat>;

/** A dial-in number Google attaches to a space. */
export const PhoneAccess = z.strictObject({
  phoneNumber: z.string().max(40),
  pin: z.string().max(40),
  regionCode: z.string().max(8).optional(),
  languageCode: z.string().max(20).optional(),
});

/** A space Quickmeet created or opened, as kept in the registry and shown in "recent meetings". */
export const Meeting = z.strictObject({
  /** `spaces/{space}` */
  space: z.string().max(200),
  meetingUri: z.string().max(300),
  meetingCode: z.string().max(130),
  presetId: z.string().max(100).optional(),
  createdAt: z.string(),
  /** Last time the user created, copied or opened it; drives polling and ordering. */
  lastUsedAt: z.string(),
  phoneAccess: z.array(PhoneAccess).readonly().optional(),
});
export type Meeting = z.infer<typeof Meeting>;

/** A co-host that could not be added, with why, after the space itself was created. */
export const CohostFailure = z.strictObject({ email: z.string().max(320), message: z.string().max(500) });

/** What `meetings.createInstant` answers: the meeting, what was copied and per-co-host failures. */
export const CreatedMeeting = z.strictObject({
  meeting: Meeting,
  copiedText: z.string().max(4000),
  fromSparePool: z.boolean(),
  cohostFailures: z.array(CohostFailure).readonly(),
});
export type CreatedMeeting = z.infer<typeof CreatedMeeting>;
