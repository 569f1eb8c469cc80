import { memo } from 'react';
import type { Attendee, ParticipantKind } from '../../../shared/model/conference';
import { formatDuration, formatTime } from '../../components/format';

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
        <span title="Joined">{formatTime(attendee.earliestStartTime)}</span>
        <span title="Time in call">{formatDuration(attendee.totalSeconds)}</span>
        <span title="Sessions (rejoins count)">{sessions}</span>
        <span className="attendee-state">{attendee.present ? 'In call' : `Left ${formatTime(attendee.latestEndTime)}`}</span>
      </span>
    </li>
  );
});
