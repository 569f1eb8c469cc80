import type { Meeting } from '../../../shared/model/meeting';
import type { Settings } from '../../../shared/model/settings';
import type { RemoteState } from '../../api/use-remote-state';
import { NewMeetingPanel } from '../../features/instant-meeting/new-meeting-panel';
import { RecentMeetings } from '../../features/instant-meeting/recent-meetings';
import { JoinBox } from '../../features/join/join-box';

export interface MeetViewProps {
  readonly settings: Settings | undefined;
  readonly recent: RemoteState<ReadonlyArray<Meeting>>;
}

/** The first view: New meeting, join by code, recent meetings. */
export function MeetView({ settings, recent }: MeetViewProps) {
  return (
    <>
      <NewMeetingPanel settings={settings} latest={recent.value?.[0]} />
      <JoinBox />
      <RecentMeetings recent={recent} />
    </>
  );
}
