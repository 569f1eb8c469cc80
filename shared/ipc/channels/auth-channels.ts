import { z } from 'zod';
import { AuthState, Capability } from '../../model/auth-state';
import { request } from '../define';
import { noArgs } from '../limits';

/** Sign-in requests; the answers carry who is signed in, never a token. */
export const authRequests = {
  'auth.getState': request(noArgs, AuthState),
  /** Opens the system browser on the consent page and resolves once the flow ends. */
  'auth.signIn': request(noArgs, AuthState),
  'auth.cancelSignIn': request(noArgs, AuthState),
  'auth.signOut': request(noArgs, AuthState),
  /** Incremental consent for a capability the current grant lacks. */
  'auth.requestCapability': request(z.strictObject({ capability: Capability }), AuthState),
} as const;

/** Sign-in pushes. */
export const authEvents = {
  'auth.changed': AuthState,
} as const;
