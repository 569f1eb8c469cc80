import type { ReauthReason } from './auth-state';

/**
 * Why the user must sign in again, in their words. Where Google's text is ambiguous, both causes are
 * named. Quickmeet cannot see how the OAuth client's consent screen is set up, so the 7-day expiry of
 * External apps in "Testing" is stated as a condition, with the README note that explains it.
 */
export const REAUTH_REASON_TEXT: { readonly [R in ReauthReason]: string } = {
  revoked: 'Access was removed in your Google account.',
  expired: 'Your sign-in expired.',
  'expired-or-revoked':
    'Google ended the saved sign-in without saying why: access may have been removed (in your Google account, or by an administrator), ' +
    'or, if this app’s OAuth client is an External app still in “Testing”, Google ends its sign-ins after 7 days ' +
    '(see the README’s note on apps left in “Testing”).',
  'session-policy': 'Your Google Workspace administrator requires you to sign in again from time to time.',
  'scopes-changed': 'Quickmeet needs different permissions now.',
  'keychain-cleared': 'The saved sign-in was removed from the system keychain.',
  unknown: 'Google no longer accepts the saved sign-in.',
};
