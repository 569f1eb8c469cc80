import { z } from 'zod';
import { CopyFormat, CreatedMeeting, Meeting } from '../../model/meeting';
import { request } from '../define';
import { noArgs, resourceName, text } from '../limits';

/** Instant meetings, the registry of created spaces, join by code. */
export const meetingsRequests = {
  /** Creates (or takes a warm spare) and copies the link; `startNow` also opens it. */
  'meetings.createInstant': request(
    z.strictObject({ presetId: resourceName().optional(), startNow: z.boolean().optional() }),
    CreatedMeeting,
  ),
  'meetings.listRecent': request(noArgs, z.array(Meeting).readonly()),
  'meetings.copyLink': request(
    z.strictObject({ space: resourceName(), format: CopyFormat.optional() }),
    z.strictObject({ copiedText: z.string() }),
  ),
  'meetings.open': request(z.strictObject({ space: resourceName() }), z.null()),
  /** Accepts a code, a meet.google.com URL or either inside pasted text; resolves and opens it. */
  'meetings.join': request(z.strictObject({ input: text() }), Meeting),
} as const;

/** Registry pushes. */
export const meetingsEvents = {
  'meetings.changed': z.array(Meeting).readonly(),
} as const;
