import { memo } from 'react';
import type { Attendee, ParticipantKind } from '../../../shared/model/conference';
import { formatDuration, formatTime } from '../../components/format';
import { useNow } from '../../components/use-now';
import { secondsInCallAt } from './attendees-store';

const KIND_LABEL: { readonly [K in ParticipantKind]: string } = {
  signedinUser: 'Signed in',
  anonymousUser: 'Guest',
  phoneUser: 'Phone',
};

/** One attendee; memoised on the attendee object, which only changes when a diff touches it. */
export const AttendeeRow = memo(function AttendeeRow({ attendee }: { readonly attendee: Attendee }) {
  const sessions = attendee.sessionCount === 1 ? '1 session' : `${attendee.sessionCount} sessions`;
  return (
    <li className={`attendee kind-${attendee.kind}${attendee.present ? '' : ' left'}`} data-participant={attendee.name}>
      <span className="attendee-name">
        <span className={`kind-mark kind-${attendee.kind}`} aria-hidden="true" />
        <span className="attendee-display">{attendee.displayName || KIND_LABEL[attendee.kind]}</span>
        {attendee.kind !== 'signedinUser' && <span className="badge">{KIND_LABEL[attendee.kind]}</span>}
      </span>
      <span className="attendee-meta">
        <span>
          <span className="visually-hidden">Joined </span>
          {formatTime(attendee.earliestStartTime)}
        </span>
        {attendee.present ? <RunningTime attendee={attendee} /> : <TimeInCall seconds={attendee.totalSeconds} />}
        <span>{sessions}</span>
        <span className="attendee-state">{attendee.present ? 'In call' : `Left ${formatTime(attendee.latestEndTime)}`}</span>
      </span>
    </li>
  );
});

/** Time in the call, with its meaning in words for screen readers (not only in a tooltip). */
function TimeInCall({ seconds }: { readonly seconds: number }) {
  return (
    <span data-testid="time-in-call">
      <span className="visually-hidden">In the call for </span>
      {formatDuration(seconds)}
    </span>
  );
}

/** Time in the call of someone still in, ticking every second between polls. */
function RunningTime({ attendee }: { readonly attendee: Attendee }) {
  return <TimeInCall seconds={secondsInCallAt(attendee, useNow())} />;
}
