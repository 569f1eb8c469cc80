import type { Conference } from '../../../shared/model/conference';
import type { RemoteState } from '../../api/use-remote-state';
import { AttendanceSummary } from '../../features/attendees/attendance-summary';
import { LiveConferencePanel } from '../../features/attendees/live-conference-panel';

/** During and after a meeting: the live attendee list, then the attendance summary. */
export function LiveView({ live }: { readonly live: RemoteState<ReadonlyArray<Conference>> }) {
  return (
    <>
      <LiveConferencePanel live={live} />
      <AttendanceSummary liveRecords={(live.value ?? []).map((c) => c.record).join(' ')} />
    </>
  );
}
