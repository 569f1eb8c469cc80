import type { AttendanceRow } from '../../../shared/model/conference';
import { displayNameOf, kindOf } from '../attendees/attendee-model';
import { firstStart, lastEnd, secondsInCall } from '../attendees/session-time';
import type { MeetApi, MeetParticipant, ParticipantSession } from '../ports/meet-api';
import { listAllPages } from '../paging/list-all-pages';
import { inBatches, listAllSessions } from '../paging/participant-sessions';
import { compareRfc3339 } from '../../../shared/time/rfc3339';

/** One participant with all of their sessions. */
export interface ParticipantHistory {
  readonly participant: MeetParticipant;
  readonly sessions: ReadonlyArray<ParticipantSession>;
}

/** Reads every participant of a record and every session of each (one list per participant). */
export async function readParticipantHistory(meet: MeetApi, record: string): Promise<ParticipantHistory[]> {
  const participants = await listAllPages((pageToken) =>
    meet.listParticipants(record, { pageSize: 250, ...(pageToken ? { pageToken } : {}) }),
  );
  return inBatches(participants, 5, async (participant) => ({ participant, sessions: await listAllSessions(meet, participant.name) }));
}

/**
 * Each person's first join, last leave and total time across sessions (overlaps merged), ordered by
 * first join. People still in the call have no last leave and count time up to `now`.
 */
export function summarizeAttendance(histories: ReadonlyArray<ParticipantHistory>, now: number): AttendanceRow[] {
  return histories
    .map(({ participant, sessions }) => {
      const lastLeave = sessions.length > 0 ? lastEnd(sessions) : participant.latestEndTime;
      return {
        displayName: displayNameOf(participant),
        kind: kindOf(participant),
        firstJoin: firstStart(sessions) ?? participant.earliestStartTime,
        ...(lastLeave ? { lastLeave } : {}),
        totalSeconds: secondsInCall(sessions, now),
        sessionCount: sessions.length,
      };
    })
    .sort((a, b) => compareRfc3339(a.firstJoin, b.firstJoin) || a.displayName.localeCompare(b.displayName));
}
