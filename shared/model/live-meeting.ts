import { z } from 'zod';

/** What is running in the current conference: a recording, a transcript, or Gemini's notes. */
export const LiveBadge = z.enum(['REC', 'TXT', 'NOTES']);
export type LiveBadge = z.infer<typeof LiveBadge>;

/** Where the meeting stands against its planned length. */
export const MeetingPhase = z.enum(['open', 'running', 'ending-soon', 'over']);
export type MeetingPhase = z.infer<typeof MeetingPhase>;

/** One expected person found in the call; `byName` when only the display name matched (not the account). */
export const ArrivedPerson = z.strictObject({ label: z.string().max(320), byName: z.boolean() });

/** Expected people (space members plus the saved list) against who is in the call. */
export const ExpectedPeople = z.strictObject({
  total: z.number().int().min(0),
  here: z.array(ArrivedPerson).max(500).readonly(),
  missing: z.array(z.string().max(320)).max(500).readonly(),
});
export type ExpectedPeople = z.infer<typeof ExpectedPeople>;

/** The followed conference as the clock, the expected list and the badges see it. */
export const LiveMeeting = z.strictObject({
  record: z.string().max(300),
  space: z.string().max(200),
  meetingCode: z.string().max(130).optional(),
  startTime: z.string().max(64),
  /** Whole minutes since the conference started (changes once a minute; the window counts seconds itself). */
  elapsedMinutes: z.number().int().min(0),
  /** Planned length, from the meeting itself or its preset. */
  lengthMinutes: z.number().int().min(1).max(1440).optional(),
  /** When the planned length runs out. */
  endsAt: z.string().max(64).optional(),
  phase: MeetingPhase,
  /** The preset ends the meeting for everyone by itself at its length. */
  endAutomatically: z.boolean(),
  /** Quickmeet created this meeting for the signed-in account, so it may offer End for everyone. */
  owner: z.boolean(),
  /** The meeting is one of the user's personal rooms (its doorbell rings while the user is away). */
  personalRoom: z.boolean(),
  badges: z.array(LiveBadge).max(3).readonly(),
  expected: ExpectedPeople.optional(),
  /** This meeting's own list of expected people (besides members and its preset's list), as typed. */
  meetingExpected: z.array(z.string().max(400)).max(100).readonly().optional(),
});
export type LiveMeeting = z.infer<typeof LiveMeeting>;


/** One expected person as typed: an e-mail, a name, or `Name <e-mail>`. */
export const ExpectedEntry = z.string().trim().min(1).max(400);

