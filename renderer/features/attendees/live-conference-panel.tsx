import { useEffect, useState } from 'react';
import { call, quickmeet } from '../../api/quickmeet';
import { useAction } from '../../api/use-action';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorCallout } from '../../components/error-callout';
import { formatTime } from '../../components/format';
import { AttendeeList } from './attendee-list';
import { ConferencePicker } from './conference-picker';
import { useAttendees } from './use-attendees';
import type { Conference } from '../../../shared/model/conference';
import type { RemoteState } from '../../api/use-remote-state';

/** The current conference: which one (a choice when several run), who is in it, and End for everyone. */
export function LiveConferencePanel({ live }: { readonly live: RemoteState<ReadonlyArray<Conference>> }) {
  const conferences = live.value ?? [];
  const [chosen, setChosen] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const current = conferences.find((c) => c.record === chosen) ?? (conferences.length === 1 ? conferences[0] : undefined);
  const attendees = useAttendees(current?.record);
  const end = useAction((space: string) => quickmeet().conference.end({ space }));

  const currentRecord = current?.record;
  useEffect(() => {
    if (currentRecord) void call(() => quickmeet().conference.select({ record: currentRecord }));
  }, [currentRecord]);

  const confirmEnd = async () => {
    setConfirming(false);
    if (current) await end.run(current.space);
  };
  return (
    <section className="panel" aria-labelledby="live-title">
      <h2 id="live-title">Current meeting</h2>
      {live.error && <ErrorCallout error={live.error} onRetry={live.reload} />}
      {!live.error && conferences.length === 0 && (
        <p className="empty">{live.loading ? 'Looking for a running meeting…' : 'No meeting is running in your recent spaces.'}</p>
      )}
      {conferences.length > 1 && <ConferencePicker conferences={conferences} selected={current?.record} onSelect={setChosen} />}
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
