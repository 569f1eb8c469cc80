import type { HandlersFor } from '../../../shared/ipc/handlers';
import type { AuthService } from './auth-service';

type AuthChannel = 'auth.getState' | 'auth.signIn' | 'auth.cancelSignIn' | 'auth.signOut' | 'auth.requestCapability';

/** Handlers for the sign-in channels; each answers the state (who and what), never a token. */
export function createAuthHandlers(auth: AuthService): HandlersFor<AuthChannel> {
  return {
    'auth.getState': async () => auth.state(),
    'auth.signIn': () => auth.signIn(),
    'auth.cancelSignIn': () => auth.cancelSignIn(),
    'auth.signOut': () => auth.signOut(),
    'auth.requestCapability': ({ capability }) => auth.requestCapability(capability),
  };
}
