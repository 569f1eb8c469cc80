import type { LiveMeeting } from '../../../shared/model/live-meeting';
import { quickmeet } from '../../api/quickmeet';
import { useRemoteState, type RemoteState } from '../../api/use-remote-state';

/** The followed conference's clock, expected people and badges, kept fresh by `live.changed`. */
export function useLiveMeeting(): RemoteState<LiveMeeting | null> {
  return useRemoteState(
    () => quickmeet().live.get(),
    (apply) => quickmeet().on('live.changed', apply),
  );
}
