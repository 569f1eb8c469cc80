import type { LiveMeeting } from '../../../shared/model/live-meeting';
import { LiveBadges } from './live-badges';
import { MeetingClock } from './meeting-clock';
import { MeetingExpectedForm } from './meeting-expected-form';
import { MeetingLengthForm } from './meeting-length-form';
import { MissingPeople } from './missing-people';

/** Clock and hard stop, what is recording, and who is still missing, for the followed conference. */
export function LiveMeetingStrip({ meeting, onEnd }: { readonly meeting: LiveMeeting; readonly onEnd: () => void }) {
  return (
    <div className="live-meeting" aria-label="Meeting clock and attendance" role="region">
      {meeting.personalRoom && (
        <p className="muted small-text room-line">
          Your personal room: Quickmeet rings when someone waits here while you are away.
        </p>
      )}
      <div className="live-meeting-row">
        <MeetingClock meeting={meeting} onEnd={onEnd} />
        <LiveBadges meeting={meeting} />
      </div>
      <MissingPeople meeting={meeting} />
      {meeting.owner && <MeetingLengthForm key={meeting.record} meeting={meeting} />}
      {meeting.owner && <MeetingExpectedForm key={`${meeting.record}-expected`} meeting={meeting} />}
    </div>
  );
}
