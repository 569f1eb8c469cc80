import type { Conference } from '../../../shared/model/conference';
import type { RemoteState } from '../../api/use-remote-state';
import { AttendanceSummary } from '../../features/attendees/attendance-summary';
import { RecapCard } from '../../features/recap/recap-card';
import { LiveConferencePanel } from '../../features/attendees/live-conference-panel';
import type { FollowedConference } from '../../features/attendees/use-followed-conference';

/** During and after a meeting: the live attendee list, the recap of the last one, then the attendance summary. */
export function LiveView({ live, followed }: { readonly live: RemoteState<ReadonlyArray<Conference>>; readonly followed: FollowedConference }) {
  return (
    <>
      <LiveConferencePanel live={live} followed={followed} />
      <RecapCard />
      <AttendanceSummary liveRecords={(live.value ?? []).map((c) => c.record).join(' ')} />
    </>
  );
}
