import type { Meeting } from '../../../shared/model/meeting';
import { quickmeet } from '../../api/quickmeet';
import { useRemoteState, type RemoteState } from '../../api/use-remote-state';

/** The registry of created and opened meetings, newest first, kept fresh by `meetings.changed`. */
export const useRecentMeetings = (): RemoteState<ReadonlyArray<Meeting>> =>
  useRemoteState(
    () => quickmeet().meetings.listRecent(),
    (apply) => quickmeet().on('meetings.changed', apply),
  );
