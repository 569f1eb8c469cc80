import type { AuthState } from '../../../shared/model/auth-state';

type Reason = Extract<AuthState, { status: 'needsReauth' }>['reason'];

/** Why the user must sign in again, in their words. */
export const REAUTH_REASONS: { readonly [R in Reason]: string } = {
  revoked: 'Access was revoked in your Google account.',
  expired: 'Your sign-in expired.',
  'scopes-changed': 'Quickmeet needs different permissions now.',
  'keychain-cleared': 'The saved sign-in was removed from the system keychain.',
  unknown: 'Google no longer accepts the saved sign-in.',
};
