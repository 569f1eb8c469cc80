import { z } from 'zod';
import { AttendanceRow, AttendeesDiff, Conference } from '../../model/conference';
import { request } from '../define';
import { noArgs, resourceName } from '../limits';

/** The current conference, its live attendee list, ending it, attendance afterwards. */
export const conferenceRequests = {
  /** Conferences running now in the user's recent spaces. */
  'conference.listLive': request(noArgs, z.array(Conference).readonly()),
  /** Makes one conference current; its attendee list then arrives through `attendees.changed`. */
  'conference.select': request(z.strictObject({ record: resourceName() }), z.null()),
  'conference.end': request(z.strictObject({ space: resourceName() }), z.null()),
  'conference.history': request(noArgs, z.array(Conference).readonly()),
  'attendance.summary': request(z.strictObject({ record: resourceName() }), z.array(AttendanceRow).readonly()),
  'attendance.export': request(
    z.strictObject({ record: resourceName(), format: z.enum(['markdown', 'csv']) }),
    z.strictObject({ copiedText: z.string().optional(), filePath: z.string().optional() }),
  ),
} as const;

/** Live pushes. */
export const conferenceEvents = {
  'conference.liveChanged': z.array(Conference).readonly(),
  'attendees.changed': AttendeesDiff,
} as const;
