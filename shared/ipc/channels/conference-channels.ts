import { z } from 'zod';
import { AttendanceRow, AttendeesDiff, Conference } from '../../model/conference';
import { request } from '../define';
import { noArgs, resourceName } from '../limits';

/** `conferenceRecords/<id>`: anything else cannot name a conference, so it is refused before any handler runs. */
export const conferenceRecordName = () =>
  resourceName().regex(/^conferenceRecords\/[A-Za-z0-9_-]+$/, 'expected a conference record name (conferenceRecords/<id>)');

/** `spaces/<id>` (the id may be a meeting code). */
export const spaceName = () => resourceName().regex(/^spaces\/[A-Za-z0-9_-]+$/, 'expected a space name (spaces/<id>)');

/** The current conference, its live attendee list, ending it, attendance afterwards. */
export const conferenceRequests = {
  /** Conferences running now in the user's recent spaces. */
  'conference.listLive': request(noArgs, z.array(Conference).readonly()),
  /** Makes one conference current; its attendee list then arrives through `attendees.changed`. */
  'conference.select': request(z.strictObject({ record: conferenceRecordName() }), z.null()),
  'conference.end': request(z.strictObject({ space: spaceName() }), z.null()),
  'conference.history': request(noArgs, z.array(Conference).readonly()),
  'attendance.summary': request(z.strictObject({ record: conferenceRecordName() }), z.array(AttendanceRow).readonly()),
  'attendance.export': request(
    z.strictObject({ record: conferenceRecordName(), format: z.enum(['markdown', 'csv']) }),
    z.strictObject({ copiedText: z.string().optional(), filePath: z.string().optional() }),
  ),
} as const;

/** Live pushes. */
export const conferenceEvents = {
  'conference.liveChanged': z.array(Conference).readonly(),
  'attendees.changed': AttendeesDiff,
} as const;
