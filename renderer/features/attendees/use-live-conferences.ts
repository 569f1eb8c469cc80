import type { Conference } from '../../../shared/model/conference';
import { quickmeet } from '../../api/quickmeet';
import { useRemoteState, type RemoteState } from '../../api/use-remote-state';

/** Conferences running now in the user's spaces, kept fresh by `conference.liveChanged`. */
export const useLiveConferences = (): RemoteState<ReadonlyArray<Conference>> =>
  useRemoteState(
    () => quickmeet().conference.listLive(),
    (apply) => quickmeet().on('conference.liveChanged', apply),
  );
