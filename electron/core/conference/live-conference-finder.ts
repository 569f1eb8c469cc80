import type { Conference } from '../../../shared/model/conference';
import type { AuthSession } from '../auth/auth-session';
import type { MeetingRegistry } from '../meetings/meeting-registry';
import type { ConferenceRecord, MeetApi } from '../ports/meet-api';
import { listAllPages } from '../paging/list-all-pages';
import { mayRead } from '../meetings/read-access';
import { compareRfc3339 } from '../../../shared/time/rfc3339';

/** Turns a conference record into what the window shows, with the meeting code when the space is known. */
export function toConference(record: ConferenceRecord, registry: MeetingRegistry): Conference {
  const meetingCode = registry.get(record.space)?.meetingCode;
  return {
    record: record.name,
    space: record.space,
    ...(meetingCode ? { meetingCode } : {}),
    startTime: record.startTime,
    ...(record.endTime ? { endTime: record.endTime } : {}),
  };
}

/**
 * Conferences running now that the user may see: one `conferenceRecords.list` with `end_time IS NULL`
 * covers every space at once (cheaper than a `spaces.get` per registry entry). Newest first.
 */
export async function findLiveConferences(meet: MeetApi, registry: MeetingRegistry, auth: AuthSession): Promise<Conference[]> {
  const records = await listAllPages((pageToken) =>
    meet.listConferenceRecords({ filter: 'end_time IS NULL', pageSize: 100, ...(pageToken ? { pageToken } : {}) }),
  );
  return records
    .filter((record) => !record.endTime && mayRead(record.space, registry, auth))
    .sort((a, b) => compareRfc3339(b.startTime, a.startTime))
    .map((record) => toConference(record, registry));
}
