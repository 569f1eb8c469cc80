import { MAX_DISPLAY_NAME, type Attendee, type ParticipantKind } from '../../../shared/model/conference';
import type { MeetParticipant, ParticipantSession } from '../ports/meet-api';
import { secondsInCall } from './session-time';

/** Which of the three participant kinds Google reported (exactly one is set). */
export function kindOf(participant: MeetParticipant): ParticipantKind {
  if (participant.phoneUser) return 'phoneUser';
  if (participant.anonymousUser) return 'anonymousUser';
  return 'signedinUser';
}

/** The name to show: the account name, the name a guest typed, or the masked phone number Google gives. */
export function displayNameOf(participant: MeetParticipant): string {
  const name =
    participant.signedinUser?.displayName ?? participant.anonymousUser?.displayName ?? participant.phoneUser?.displayName;
  if (name && name.trim() !== '') return name.trim().slice(0, MAX_DISPLAY_NAME);
  const kind = kindOf(participant);
  return kind === 'phoneUser' ? 'Phone caller' : kind === 'anonymousUser' ? 'Guest' : 'Signed-in user';
}

/**
 * One attendee row. Without sessions yet (large conferences fetch them over several polls) the row
 * counts one session spanning first join to last leave.
 */
export function toAttendee(
  participant: MeetParticipant,
  sessions: ReadonlyArray<ParticipantSession> | undefined,
  now: number,
): Attendee {
  const present = !participant.latestEndTime;
  const known = sessions && sessions.length > 0 ? sessions : undefined;
  const span: ParticipantSession[] = [
    { name: '', startTime: participant.earliestStartTime, ...(participant.latestEndTime ? { endTime: participant.latestEndTime } : {}) },
  ];
  return {
    name: participant.name,
    kind: kindOf(participant),
    displayName: displayNameOf(participant),
    earliestStartTime: participant.earliestStartTime,
    ...(participant.latestEndTime ? { latestEndTime: participant.latestEndTime } : {}),
    present,
    sessionCount: known ? known.length : 1,
    totalSeconds: secondsInCall(known ?? span, now),
  };
}

/**
 * True when two rows differ in a way the user would see. For people still in the call the running
 * time is left out: it grows every second, and the renderer adds the time since it received the row.
 */
export function attendeeChanged(before: Attendee, after: Attendee): boolean {
  return (
    before.kind !== after.kind ||
    before.displayName !== after.displayName ||
    before.earliestStartTime !== after.earliestStartTime ||
    before.latestEndTime !== after.latestEndTime ||
    before.present !== after.present ||
    before.sessionCount !== after.sessionCount ||
    (!after.present && before.totalSeconds !== after.totalSeconds)
  );
}
