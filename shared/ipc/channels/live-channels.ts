import { z } from 'zod';
import { ExpectedEntry, LiveMeeting } from '../../model/live-meeting';
import { MAX_EXPECTED_PEOPLE, MAX_MEETING_MINUTES } from '../../model/input-limits';
import { request } from '../define';
import { noArgs } from '../limits';
import { spaceName } from './conference-channels';

/** The meeting as it runs: clock and hard stop, who is still missing, what is being recorded. */
export const liveRequests = {
  'live.get': request(noArgs, LiveMeeting.nullable()),
  /** Plans one meeting: its length (null: the preset's) and the people expected besides its members. */
  'live.plan': request(
    z.strictObject({
      space: spaceName(),
      lengthMinutes: z.number().int().min(1).max(MAX_MEETING_MINUTES).nullable().optional(),
      expected: z.array(ExpectedEntry).max(MAX_EXPECTED_PEOPLE).readonly().optional(),
    }),
    z.null(),
  ),
  /** Copies "Still waiting for …" or "This meeting is being recorded" for the followed conference. */
  'live.copy': request(
    z.strictObject({ what: z.enum(['missing', 'recording']) }),
    z.strictObject({ copiedText: z.string().max(4000) }),
  ),
} as const;

/** Live pushes: a new snapshot when anything in it changes, and once a minute for the clock. */
export const liveEvents = {
  'live.changed': LiveMeeting.nullable(),
} as const;
