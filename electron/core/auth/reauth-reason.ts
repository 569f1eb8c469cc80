import type { ReauthReason } from '../../../shared/model/auth-state';

/** A reason class from the shared model. */
export type Reason = ReauthReason;

/**
 * Sorts an `invalid_grant` description into the reason class the window explains. Google answers
 * "Token has been expired or revoked." both when access was revoked and when an External app in
 * "Testing" reaches its 7-day refresh-token expiry (also after 6 months unused, or past 100 live
 * tokens): that text is its own class, never "revoked". https://developers.google.com/identity/protocols/oauth2#expiration
 */
export function reauthReasonFor(description: string): Reason {
  if (/invalid_rapt|reauth/i.test(description)) return 'session-policy';
  const expired = /expired/i.test(description);
  const revoked = /revoked/i.test(description);
  if (expired && revoked) return 'expired-or-revoked';
  if (revoked) return 'revoked';
  if (expired) return 'expired';
  if (/scope/i.test(description)) return 'scopes-changed';
  return 'unknown';
}
