import { useState } from 'react';
import { quickmeet } from '../../api/quickmeet';
import { useAction } from '../../api/use-action';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorCallout } from '../../components/error-callout';
import { formatTime } from '../../components/format';
import { AttendeeList } from './attendee-list';
import { ConferencePicker } from './conference-picker';
import type { FollowedConference } from './use-followed-conference';
import type { Conference } from '../../../shared/model/conference';
import type { RemoteState } from '../../api/use-remote-state';
import { LiveMeetingStrip } from '../live-meeting/live-meeting-strip';
import { useLiveMeeting } from '../live-meeting/use-live-meeting';

/** The current conference: which one (a choice when several run), who is in it, and End for everyone. */
export function LiveConferencePanel({ live, followed }: { readonly live: RemoteState<ReadonlyArray<Conference>>; readonly followed: FollowedConference }) {
  const conferences = live.value ?? [];
  const { current, attendees } = followed;
  const [confirming, setConfirming] = useState(false);
  const end = useAction((space: string) => quickmeet().conference.end({ space }));
  const meeting = useLiveMeeting().value;

  const confirmEnd = async () => {
    setConfirming(false);
    if (current) await end.run(current.space);
  };
  return (
    <section className="panel" aria-labelledby="live-title">
      <h2 id="live-title">Current meeting</h2>
      {live.error && <ErrorCallout error={live.error} onRetry={live.reload} />}
      {!live.error && conferences.length === 0 && (
        <p className="empty">{live.loading ? 'Looking for a running meeting…' : 'No meeting is running. Meetings you create or join show their people here.'}</p>
      )}
      {conferences.length > 1 && <ConferencePicker conferences={conferences} selected={current?.record} onSelect={followed.choose} />}
      {current && (
        <>
          <div className="conference-head">
            <span>
              <span className="live-dot" aria-hidden="true" />
              <span className="mono">{current.meetingCode ?? current.space}</span>
              <span className="muted small-text"> since {formatTime(current.startTime)}</span>
            </span>
            <button type="button" className="danger small" onClick={() => setConfirming(true)} disabled={end.pending}>
              End for everyone
            </button>
          </div>
          {meeting && meeting.record === current.record && <LiveMeetingStrip meeting={meeting} onEnd={() => setConfirming(true)} />}
          {end.error && <ErrorCallout error={end.error} onRetry={() => void end.run(current.space)} onDismiss={end.clearError} />}
          <AttendeeList state={attendees} />
          <ConfirmDialog open={confirming} title="End the meeting for everyone?" confirmLabel="End meeting" onConfirm={() => void confirmEnd()} onCancel={() => setConfirming(false)}>
            Everyone in <span className="mono">{current.meetingCode ?? current.space}</span> will be removed from the call.
          </ConfirmDialog>
        </>
      )}
    </section>
  );
}
