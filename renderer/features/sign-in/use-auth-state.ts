import type { AuthState } from '../../../shared/model/auth-state';
import { quickmeet } from '../../api/quickmeet';
import { useRemoteState, type RemoteState } from '../../api/use-remote-state';

/** Who is signed in, kept fresh by `auth.changed`. */
export const useAuthState = (): RemoteState<AuthState> =>
  useRemoteState(
    () => quickmeet().auth.getState(),
    (apply) => quickmeet().on('auth.changed', apply),
  );
